using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using NewsCorpus.Cli.Data;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing.Entities;

namespace NewsCorpus.Cli.Commands;

/// <summary>
/// <c>newscorpus entities [--kind KIND] [--aliases FILE]</c>: the people, organizations, places and agencies of the
/// corpus, one per real-world thing, most mentioned first. Over the compiled dataset it lists what the generator
/// merged at build time; over a folder (--corpus) it runs the generator's own merging code (Parsing/Entities).
/// </summary>
internal static class EntitiesCommand
{
    private static readonly string[] s_kinds = { "person", "organization", "place", "agency" };

    public static Command Create(CliContext context)
    {
        var kind = new Option<string?>("--kind", "-k")
        {
            Description = "Only entities of this kind.",
            HelpName = "kind",
        };
        kind.AcceptOnlyFromAmong(s_kinds);
        var aliases = new Option<FileInfo?>("--aliases", "-a")
        {
            Description = "An alias file to merge or keep apart entities (docs/entities.md); with --corpus only, as the compiled dataset has its own.",
            HelpName = "file",
        };
        var command = new Command(
            "entities",
            "List entities, most mentioned first. Piped: one per line, tab-separated: name, kind, mentions, articles, role, aliases (separated by '; ').");
        command.Options.Add(kind);
        command.Options.Add(aliases);
        command.SetAction(context.Action(result => Run(context, result, result.GetValue(kind), result.GetValue(aliases))));
        return command;
    }

    private static int Run(CliContext context, ParseResult result, string? kind, FileInfo? aliasFile)
    {
        var folder = result.GetValue(context.CorpusOption);
        if (folder is null && aliasFile is not null)
        {
            return context.Fail(Program.UsageError, "--aliases needs --corpus: the compiled dataset was merged with its own alias files at build time.");
        }

        var rows = folder is null ? FromCompiled() : FromFolder(context, folder, aliasFile);
        if (kind is not null)
        {
            rows = rows.Where(row => string.Equals(row.Kind, kind, StringComparison.Ordinal)).ToList();
        }

        rows = rows.OrderByDescending(row => row.Mentions).ThenBy(row => row.Name, StringComparer.Ordinal).ToList();
        var output = context.Console.Out;
        foreach (var row in rows)
        {
            output.WriteLine(context.TerminalWidth is null ? Tabbed(row) : Readable(row));
        }

        return Program.Success;
    }

    private static List<Row> FromCompiled() =>
        Corpus.Entities.Select(e => new Row(e.Name, Kind(e.Kind), e.MentionCount, e.Articles.Count, e.Role, e.Aliases)).ToList();

    /// <summary>A folder: the generator's summarizer and merger over the parsed articles, with the alias file if any.</summary>
    private static List<Row> FromFolder(CliContext context, DirectoryInfo folder, FileInfo? aliasFile)
    {
        var loaded = context.Load(folder);
        var rules = new List<EntityAliasRules>();
        if (aliasFile is not null)
        {
            var parsed = EntityAliasFileParser.Parse(new EntityAliasFileSpec(aliasFile.FullName, ReadText(aliasFile)));
            rules.Add(parsed);
            Report(context, parsed.Diagnostics);
        }

        var corpus = EntityCorpusMerger.Merge(loaded.Specs.Select(EntitySummarizer.Summarize), rules, EntityOutputSettings.Default);
        Report(context, corpus.Diagnostics);
        return corpus.Entities
            .Select(e => new Row(e.Name, Kind(e.Kind), e.MentionCount, e.Mentions.Select(m => m.Article).Distinct().Count(), e.Role, e.Aliases.ToList()))
            .ToList();
    }

    private static void Report(CliContext context, IEnumerable<DiagnosticSpec> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.Console.Error.WriteLine($"{diagnostic.FilePath}({diagnostic.Span.StartLine + 1},{diagnostic.Span.StartColumn + 1}): {diagnostic.DescriptorId}: {DiagnosticIds.Format(diagnostic)}");
        }
    }

    private static string ReadText(FileInfo file)
    {
        if (!file.Exists)
        {
            throw new FileNotFoundException($"The alias file '{file.FullName}' does not exist.");
        }

        using var reader = new StreamReader(file.FullName, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static string Kind(EntityKind kind) => kind.ToString().ToLowerInvariant();

    private static string Tabbed(Row row) =>
        string.Join("\t", Clean(row.Name), row.Kind, row.Mentions.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Articles.ToString(System.Globalization.CultureInfo.InvariantCulture), Clean(row.Role ?? string.Empty), Clean(string.Join("; ", row.Aliases)));

    private static string Readable(Row row)
    {
        var role = row.Role is null ? string.Empty : ", " + row.Role;
        var aliases = row.Aliases.Count == 0 ? string.Empty : "; also " + string.Join(", ", row.Aliases);
        return $"{row.Name} ({row.Kind}{role}): {row.Mentions} mention{(row.Mentions == 1 ? "" : "s")} in {row.Articles} article{(row.Articles == 1 ? "" : "s")}{aliases}";
    }

    /// <summary>Tabs and line breaks inside a value would break the columns.</summary>
    private static string Clean(string value) => value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    private sealed record Row(string Name, string Kind, int Mentions, int Articles, string? Role, IReadOnlyList<string> Aliases);
}
