using System.Linq;
using System.Text;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing.Input;
using NewsCorpus.Generator.Tests.Infrastructure;

namespace NewsCorpus.Generator.Tests.Robustness;

/// <summary>
/// Quotation marks as real text has them: unbalanced, nested, mixed styles, the wrong way round, never closed, and
/// absurdly many. None may throw, and every quote found must be a real range of its paragraph.
/// </summary>
public sealed class QuoteMarksTests
{
    public static TheoryData<string> Paragraphs => new()
    {
        "He said \"one \"two\" three and then stopped.",
        "She said \u201Cthe \u2018inner\u2019 words\u201D and left.",
        "Mixed \u201Cstyles\" of \u00ABmarks\u201D are \u201Eeverywhere\u201C here.",
        "Wrong way \u201Dround\u201C and \u00BBback\u00AB again.",
        "A quote that \u201Cnever closes and runs on to the end",
        "\"\"\"\" \u201C\u201C\u201C \u201D\u201D \u00AB\u00AB\u00BB \"",
        "\u201C",
        "\"",
        "Apostrophes\u2019 and 'single' marks ' everywhere '",
    };

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void Odd_quotation_marks_never_throw_and_quotes_are_ranges_of_their_paragraph(string paragraph)
    {
        var parsed = Parse("A headline for the quotation mark test\n\n" + paragraph + "\n");

        AssertWellFormed(parsed);
    }

    [Fact]
    public void A_quote_that_never_closes_is_reported_and_runs_to_the_end_of_its_paragraph()
    {
        var parsed = Parse("A headline for the unclosed quote test\n\nHe said \u201Cthis goes on and on\n\nNext paragraph.\n");

        AssertWellFormed(parsed);
        Assert.Contains(parsed.Diagnostics, d => d.DescriptorId == DiagnosticIds.UnclosedQuote && d.Span.StartLine == 2);
        Assert.Contains(parsed.Article!.Quotes, q => q.Text.EndsWith("on and on", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\u201C")]
    [InlineData("\u201C\u201D")]
    [InlineData("\u00AB\u00BB")]
    [InlineData("\u201D")]
    public void Ten_thousand_quotation_marks_in_one_paragraph_parse_and_compile(string marks)
    {
        var paragraph = new StringBuilder("It began");
        for (var i = 0; paragraph.Length < 200_000 && i < 10_000 / marks.Length; i++)
        {
            paragraph.Append(' ').Append(marks[0]).Append("word ").Append(i).Append(marks.Length > 1 ? marks[1] : ' ');
        }

        var text = "A headline for ten thousand quotation marks\n\n" + paragraph + ".\n";
        AssertWellFormed(Parse(text));
        new CorpusProject().WithFile("marks.txt", text).Run().ShouldCompile();
    }

    private static ParsedArticle Parse(string text) => InputGate.Parse(new CorpusFileSpec("/corpus/q.txt", "q", text));

    private static void AssertWellFormed(ParsedArticle parsed)
    {
        Assert.DoesNotContain(parsed.Diagnostics, d => d.DescriptorId == DiagnosticIds.ParserFailure);
        var article = parsed.Article!;
        foreach (var quote in article.Quotes)
        {
            Assert.InRange(quote.Paragraph, 0, article.Paragraphs.Count - 1);
            var text = article.Paragraphs[quote.Paragraph].Text;
            Assert.InRange(quote.Start, 0, quote.End);
            Assert.InRange(quote.End, quote.Start, text.Length);
            Assert.Equal(quote.Text, text.Substring(quote.Start, quote.End - quote.Start));
        }
    }
}
