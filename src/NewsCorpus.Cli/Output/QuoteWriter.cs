using System.Globalization;
using System.IO;
using NewsCorpus.Cli.Data;

namespace NewsCorpus.Cli.Output;

/// <summary>
/// Quotations for <c>quotes</c>. Piped, each quote is one tab-separated line, "article id, paragraph (1-based),
/// speaker (empty when unknown), kind, text", ready for cut, sort and awk; in a terminal, a readable block per quote.
/// </summary>
internal static class QuoteWriter
{
    public static void Write(TextWriter output, ArticleView article, QuoteView quote, int? wrapTo)
    {
        var paragraph = (quote.Paragraph + 1).ToString(CultureInfo.InvariantCulture);
        if (wrapTo is not int width)
        {
            output.WriteLine(string.Join(
                "\t",
                article.Id,
                paragraph,
                TextLayout.OneLine(quote.Speaker ?? string.Empty),
                KindName(quote.Kind),
                TextLayout.OneLine(quote.Text)));
            return;
        }

        var cue = quote.Cue is null ? string.Empty : $" ({quote.Cue})";
        output.WriteLine($"{ArticleFacts.Who(quote)}{cue}, {article.Id} paragraph {paragraph}:");
        foreach (var line in TextLayout.Wrap($"\u201C{TextLayout.OneLine(quote.Text)}\u201D", width, "  "))
        {
            output.WriteLine(line);
        }

        output.WriteLine();
    }

    /// <summary>The lower-case kind name that JSON Lines and CSV also use.</summary>
    public static string KindName(QuoteKind kind) => kind.ToString().ToLowerInvariant();
}
