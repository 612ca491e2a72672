using System.Collections.Generic;
using System.Linq;
using System.Text;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing;

namespace NewsCorpus.Generator.Tests.Robustness.Support;

/// <summary>
/// "Nothing lost": every non-blank input line must be somewhere in the article a reader or <c>export --explain</c>
/// sees: the headline, a subheading, a body paragraph (quotes are inside paragraphs) or a set-aside line.
/// </summary>
internal static class LineAccounting
{
    /// <summary>The non-blank lines of <paramref name="content"/> that <paramref name="article"/> does not account for.</summary>
    public static List<string> Unaccounted(string content, ArticleSpec article)
    {
        var byLine = new HashSet<int>(article.Paragraphs.Select(p => p.Line).Concat(article.Removed.Select(r => r.Line)));
        var texts = new[] { article.Title }
            .Concat(article.Subheadings)
            .Concat(article.Paragraphs.Select(p => p.Text))
            .Concat(article.Removed.Select(r => r.Text))
            .Concat(DatelineParagraphs(article))
            .Select(Letters)
            .ToList();

        var missing = new List<string>();
        foreach (var line in LineSplitter.Split(content))
        {
            if (line.IsBlank || byLine.Contains(line.Number))
            {
                continue;
            }

            // Paragraphs may join lines and headings lose their markup, so text is compared by its letters and digits.
            var letters = Letters(line.Text);
            if (letters.Length == 0 ? !ContainsTrimmed(article, line.Text) : !texts.Any(t => t.Contains(letters, System.StringComparison.Ordinal)))
            {
                missing.Add($"line {line.Number}: {Shorten(line.Text)}");
            }
        }

        return missing;
    }

    /// <summary>A paragraph that gave up its dateline, read again with it, since a dateline may end on the paragraph's second line.</summary>
    private static IEnumerable<string> DatelineParagraphs(ArticleSpec article) =>
        from removed in article.Removed
        where removed.Reason == global::NewsCorpus.RemovalReason.Dateline
        from paragraph in article.Paragraphs
        where paragraph.Line == removed.Line
        select removed.Text + " " + paragraph.Text;

    private static bool ContainsTrimmed(ArticleSpec article, string line)
    {
        var trimmed = line.Trim();
        return article.Title.Contains(trimmed, System.StringComparison.Ordinal)
            || article.Subheadings.Any(s => s.Contains(trimmed, System.StringComparison.Ordinal))
            || article.Paragraphs.Any(p => p.Text.Contains(trimmed, System.StringComparison.Ordinal));
    }

    private static string Letters(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string Shorten(string text) => text.Length > 80 ? text.Substring(0, 80) + "…" : text;
}
