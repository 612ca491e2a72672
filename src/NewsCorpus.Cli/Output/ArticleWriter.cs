using System.Globalization;
using System.IO;
using NewsCorpus.Cli.Data;

namespace NewsCorpus.Cli.Output;

/// <summary>One article in full, for <c>show</c>: headline, facts, the body under its subheadings, then the quotes.</summary>
internal static class ArticleWriter
{
    /// <param name="wrapTo">Terminal width to wrap paragraphs to; null writes each paragraph on one line.</param>
    public static void Write(TextWriter output, ArticleView article, int? wrapTo)
    {
        WriteText(output, article.Title, wrapTo, string.Empty);
        WriteText(output, $"{article.Id} | {ArticleFacts.Summary(article)}", wrapTo, string.Empty);
        if (article.Credits.Count > 0)
        {
            WriteText(output, "credits: " + string.Join("; ", article.Credits), wrapTo, string.Empty);
        }

        string? subheading = null;
        foreach (var paragraph in article.Paragraphs)
        {
            output.WriteLine();
            if (paragraph.Subheading is not null && paragraph.Subheading != subheading)
            {
                WriteText(output, "## " + paragraph.Subheading, wrapTo, string.Empty);
                output.WriteLine();
            }

            subheading = paragraph.Subheading;
            WriteText(output, paragraph.Text, wrapTo, string.Empty);
        }

        if (article.Quotes.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"Quotes ({article.Quotes.Count.ToString(CultureInfo.InvariantCulture)}):");
        for (var i = 0; i < article.Quotes.Count; i++)
        {
            var quote = article.Quotes[i];
            var cue = quote.Cue is null ? string.Empty : $" ({quote.Cue})";
            var where = (quote.Paragraph + 1).ToString(CultureInfo.InvariantCulture);
            WriteText(output, $"{i + 1}. {ArticleFacts.Who(quote)}{cue}, paragraph {where}: \u201C{quote.Text}\u201D", wrapTo, "  ");
        }
    }

    private static void WriteText(TextWriter output, string text, int? wrapTo, string indent)
    {
        if (wrapTo is not int width)
        {
            output.WriteLine(indent + TextLayout.OneLine(text));
            return;
        }

        foreach (var line in TextLayout.Wrap(TextLayout.OneLine(text), width, indent))
        {
            output.WriteLine(line);
        }
    }
}
