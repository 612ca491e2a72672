using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Text;
using NewsCorpus.Cli.Data;
using NewsCorpus.Cli.Output;

namespace NewsCorpus.Cli.Commands;

/// <summary>
/// <c>newscorpus search QUERY [--max N]</c>: ranked full-text search. Over the compiled dataset it uses the index
/// the generator built; over a folder (--corpus) it builds the same index in memory with the same code first.
/// </summary>
internal static class SearchCommand
{
    private const int DefaultMax = 10;

    public static Command Create(CliContext context)
    {
        var query = new Argument<string>("query")
        {
            Description = "The words to find (any case or accents). Words in double quotes must appear together: '\"NATO expansion\"'.",
        };
        var max = new Option<int>("--max", "-n")
        {
            Description = "The most hits to show.",
            DefaultValueFactory = _ => DefaultMax,
            HelpName = "count",
        };
        max.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--max must be at least 1.");
            }
        });

        var command = new Command(
            "search",
            "Ranked full-text search over headlines and paragraphs (BM25). Piped: one hit per line, tab-separated: article id, paragraph (0 for the headline), score, text with matches in [brackets].");
        command.Arguments.Add(query);
        command.Options.Add(max);
        command.SetAction(context.Action(result => Run(context, result, result.GetValue(query)!, result.GetValue(max))));
        return command;
    }

    private static int Run(CliContext context, ParseResult result, string query, int max)
    {
        var folder = result.GetValue(context.CorpusOption);
        IReadOnlyList<SearchHit> hits;
        string name;
        if (folder is null)
        {
            hits = Corpus.Search(query, max);
            name = CorpusSource.EmbeddedName;
        }
        else
        {
            var loaded = context.Load(folder);
            hits = InMemoryCorpus.Build(loaded.Specs).SearchIndex.Search(query, max);
            name = loaded.Name;
        }

        if (hits.Count == 0)
        {
            return context.Fail(Program.NotFound, $"nothing in {name} matches '{query}'.");
        }

        var output = context.Console.Out;
        for (var i = 0; i < hits.Count; i++)
        {
            Write(output, i + 1, hits[i], context.TerminalWidth);
        }

        return Program.Success;
    }

    private static void Write(TextWriter output, int rank, SearchHit hit, int? wrapTo)
    {
        var paragraph = (hit.ParagraphIndex + 1).ToString(CultureInfo.InvariantCulture);
        var score = hit.Score.ToString("0.000", CultureInfo.InvariantCulture);
        var marked = Mark(hit);
        if (wrapTo is not int width)
        {
            output.WriteLine(string.Join("\t", hit.Article.Id, paragraph, score, TextLayout.OneLine(marked)));
            return;
        }

        var where = hit.IsHeadline ? "headline" : "paragraph " + paragraph;
        output.WriteLine($"{rank.ToString(CultureInfo.InvariantCulture)}. {hit.Article.Id}, {where} (score {score}): {hit.Article.Title}");
        foreach (var line in TextLayout.Wrap(TextLayout.Shorten(TextLayout.OneLine(marked), 3 * width), width, "   "))
        {
            output.WriteLine(line);
        }

        output.WriteLine();
    }

    /// <summary>The hit's text with each highlight in [brackets].</summary>
    private static string Mark(SearchHit hit)
    {
        var text = hit.Text;
        var builder = new StringBuilder(text.Length + (4 * hit.Highlights.Count));
        var position = 0;
        foreach (var highlight in hit.Highlights)
        {
            builder.Append(text, position, highlight.Start - position).Append('[').Append(text, highlight.Start, highlight.Length).Append(']');
            position = highlight.End;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }
}
