using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace NewsCorpus.Cli;

/// <summary>A human-readable description of a corpus: each article with its title and quotes, and who said them.</summary>
internal static class ReportWriter
{
    public static void Write(TextWriter output, IReadOnlyList<ArticleView> articles, string sourceName)
    {
        var quotes = articles.Sum(a => a.Quotes.Count);
        var attributed = articles.Sum(a => a.Quotes.Count(q => q.Speaker is not null));
        output.WriteLine($"{sourceName}: {articles.Count} articles, {quotes} quotes ({attributed} with a speaker)");
        foreach (var article in articles)
        {
            output.WriteLine();
            output.WriteLine($"{article.Id}  {article.Title}");
            var facts = new List<string>();
            if (article.Section is not null) facts.Add("section: " + article.Section);
            if (article.Published is not null) facts.Add("published: " + article.Published);
            if (article.Dateline is not null) facts.Add("dateline: " + article.Dateline);
            if (article.Agency is not null) facts.Add("agency: " + article.Agency);
            if (article.Authors.Count > 0) facts.Add("by " + string.Join(", ", article.Authors));
            facts.Add($"{article.Paragraphs.Count} paragraphs, {article.Quotes.Count} quotes");
            output.WriteLine("  " + string.Join(" | ", facts));
            foreach (var quote in article.Quotes)
            {
                var who = quote.Speaker ?? (quote.Kind == QuoteKind.Mention ? "(mention)" : "(unattributed)");
                output.WriteLine($"    - {who}: \u201C{Shorten(quote.Text, 110)}\u201D");
            }
        }
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text.Substring(0, max - 1) + "\u2026";
}
