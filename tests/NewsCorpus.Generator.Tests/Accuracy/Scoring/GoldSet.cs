using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace NewsCorpus.Generator.Tests.Accuracy;

/// <summary>One annotated quotation: which article, what kind, who said it (null: nobody by name), the quoted words.</summary>
internal sealed record GoldQuote(string Article, global::NewsCorpus.QuoteKind Kind, string? Speaker, string Text);

/// <summary>An article of a gold set: its id and text.</summary>
internal sealed record GoldArticle(string Id, string Path, string Text);

/// <summary>
/// A hand-annotated set: a folder of articles and a tab-separated file of their quotations (see the comments at
/// the top of each .tsv). Shared by the scoring test and the benchmarks/NewsCorpus.Accuracy command.
/// </summary>
internal sealed class GoldSet
{
    private GoldSet(string name, List<GoldArticle> articles, List<GoldQuote> quotes)
    {
        Name = name;
        Articles = articles;
        Quotes = quotes;
    }

    public string Name { get; }

    public IReadOnlyList<GoldArticle> Articles { get; }

    public IReadOnlyList<GoldQuote> Quotes { get; }

    /// <summary>Loads <paramref name="annotations"/> over every .txt article in <paramref name="articleFolder"/>.</summary>
    public static GoldSet Load(string name, string annotations, string articleFolder)
    {
        var articles = new List<GoldArticle>();
        var files = Directory.GetFiles(articleFolder, "*.txt");
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var file in files)
        {
            articles.Add(new GoldArticle(Path.GetFileNameWithoutExtension(file), file, File.ReadAllText(file)));
        }

        var quotes = new List<GoldQuote>();
        var number = 0;
        foreach (var line in File.ReadAllLines(annotations))
        {
            number++;
            if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 4)
            {
                throw new FormatException(string.Format(CultureInfo.InvariantCulture, "{0}:{1}: expected 4 tab-separated fields", annotations, number));
            }

            var kind = fields[1] switch
            {
                "statement" => global::NewsCorpus.QuoteKind.Statement,
                "partial" => global::NewsCorpus.QuoteKind.Partial,
                "mention" => global::NewsCorpus.QuoteKind.Mention,
                _ => throw new FormatException(string.Format(CultureInfo.InvariantCulture, "{0}:{1}: unknown kind '{2}'", annotations, number, fields[1])),
            };
            quotes.Add(new GoldQuote(fields[0], kind, fields[2] == "-" ? null : fields[2], fields[3]));
        }

        return new GoldSet(name, articles, quotes);
    }

    /// <summary>The gold folder (tests/NewsCorpus.Generator.Tests/Accuracy/gold), looked for upwards from <paramref name="start"/>.</summary>
    public static string? FindGoldFolder(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "NewsCorpus.Generator.Tests", "Accuracy", "gold");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// The sets: the seed articles, the held-out-style articles the rules were developed against, the blind
    /// articles written after the rules were finished (since used to develop rules, so no longer blind), and
    /// blind2 and blind3, each written and annotated before the parser ever ran on it (blind2 has since been used
    /// to develop rules; blind3 was scored once before and once after them), blind4, the unseen set of round 3, and
    /// blind5, an unseen ordinary news day (wire, broadsheet, local, sport, business, health, courts, obituary,
    /// explainer) written and annotated before the parser ran on it.
    /// </summary>
    public static IReadOnlyList<GoldSet> LoadAll(string goldFolder)
    {
        var repository = Path.GetFullPath(Path.Combine(goldFolder, "..", "..", "..", ".."));
        return new[]
        {
            Load("seeds", Path.Combine(goldFolder, "seeds.tsv"), Path.Combine(repository, "seeds")),
            Load("heldout", Path.Combine(goldFolder, "heldout.tsv"), Path.Combine(goldFolder, "heldout")),
            Load("blind", Path.Combine(goldFolder, "blind.tsv"), Path.Combine(goldFolder, "blind")),
            Load("blind2", Path.Combine(goldFolder, "blind2.tsv"), Path.Combine(goldFolder, "blind2")),
            Load("blind3", Path.Combine(goldFolder, "blind3.tsv"), Path.Combine(goldFolder, "blind3")),
            Load("blind4", Path.Combine(goldFolder, "blind4.tsv"), Path.Combine(goldFolder, "blind4")),
            Load("blind5", Path.Combine(goldFolder, "blind5.tsv"), Path.Combine(goldFolder, "blind5")),
        };
    }
}
