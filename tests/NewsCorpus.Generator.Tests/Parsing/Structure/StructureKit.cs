using System;
using System.Linq;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing;
using NewsCorpus.Generator.Parsing.Structure;

namespace NewsCorpus.Generator.Tests.Parsing.Structure;

/// <summary>Parses a text the way the generator does and checks that every line of it is accounted for.</summary>
internal static class StructureKit
{
    public static ArticleSpec Parse(string text, string id = "sample") =>
        ArticleParser.Parse(new CorpusFileSpec("/corpus/" + id + ".txt", id, text)).Article
        ?? throw new InvalidOperationException("the parser gave no article");

    public static string[] Paragraphs(ArticleSpec article) => article.Paragraphs.Select(p => p.Text).ToArray();

    public static RemovedLineSpec RemovedLine(ArticleSpec article, string text) =>
        Assert.Single(article.Removed, r => r.Text.Trim() == text);

    /// <summary>
    /// Every non-blank line is the title, a subheading, part of a paragraph (a dateline prefix may have been
    /// taken off the line that opens one), or in Removed under its own line number and text.
    /// </summary>
    public static void AssertNothingLost(string text, ArticleSpec article)
    {
        foreach (var line in LineSplitter.Split(text))
        {
            if (line.IsBlank)
            {
                continue;
            }

            var trimmed = line.Text.Trim();
            var placed = article.Title == trimmed || article.Title == Markup.Strip(trimmed)
                || article.Subheadings.Contains(Markup.Strip(trimmed))
                || article.Removed.Any(r => r.Line == line.Number && r.Text == line.Text)
                || article.Paragraphs.Any(p => p.Text.Contains(trimmed, StringComparison.Ordinal))
                || article.Paragraphs.Any(p => p.Line == line.Number && OpensWithDateline(trimmed, p.Text, article));
            Assert.True(placed, $"line {line.Number} was lost: {trimmed}");
        }
    }

    private static bool OpensWithDateline(string line, string paragraph, ArticleSpec article)
    {
        for (var cut = 1; cut < line.Length; cut++)
        {
            var prefix = line.Substring(0, cut);
            var rest = line.Substring(cut);
            if (paragraph.StartsWith(rest, StringComparison.Ordinal)
                && ((article.Dateline is not null && prefix.Contains(article.Dateline, StringComparison.Ordinal))
                    || (article.Agency is not null && prefix.Contains(article.Agency, StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }
}
