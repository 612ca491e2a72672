using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsCorpus.Cli.Data;

namespace NewsCorpus.Cli.Output;

/// <summary>A human-readable description of a corpus: each article with its title and quotes, and who said them.</summary>
internal static class ReportWriter
{
    /// <param name="shortenTo">Quotes longer than this are cut to fit a terminal line; null prints them whole.</param>
    public static void Write(TextWriter output, IReadOnlyList<ArticleView> articles, string sourceName, int? shortenTo)
    {
        var quotes = articles.Sum(a => a.Quotes.Count);
        var attributed = articles.Sum(a => a.Quotes.Count(q => q.Speaker is not null));
        output.WriteLine($"{sourceName}: {articles.Count} articles, {quotes} quotes ({attributed} with a speaker)");
        foreach (var article in articles)
        {
            output.WriteLine();
            output.WriteLine($"{article.Id}  {article.Title}");
            output.WriteLine("  " + ArticleFacts.Summary(article));
            foreach (var quote in article.Quotes)
            {
                var prefix = $"    - {ArticleFacts.Who(quote)}: ";
                var text = TextLayout.OneLine(quote.Text);
                if (shortenTo is int width)
                {
                    text = TextLayout.Shorten(text, width - prefix.Length - 2);
                }

                output.WriteLine($"{prefix}\u201C{text}\u201D");
            }
        }
    }
}
