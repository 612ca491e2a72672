using System.Linq;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing.Quotes;

namespace NewsCorpus.Generator.Tests.Quotes;

/// <summary>Which marks delimit quotations, including in damaged text, and which characters are never marks.</summary>
public sealed class QuoteScannerTests
{
    private static string[] Spans(string paragraph) =>
        QuoteScanner.Scan(paragraph).Quotes.Select(q => paragraph.Substring(q.Start, q.End - q.Start)).ToArray();

    [Theory]
    [InlineData("He said \"we will win\" today.")]
    [InlineData("He said \u201Cwe will win\u201D today.")]
    [InlineData("He said \u201Ewe will win\u201C today.")]
    [InlineData("He said \u201Ewe will win\u201D today.")]
    [InlineData("He said \u00ABwe will win\u00BB today.")]
    [InlineData("He said \u00AB we will win \u00BB today.")]
    [InlineData("He said \u00BBwe will win\u00AB today.")]
    [InlineData("He said ''we will win'' today.")]
    [InlineData("He said ``we will win'' today.")]
    [InlineData("He said \u201Cwe will win\" today.")]
    public void Every_style_of_double_marks_delimits_the_same_words(string paragraph) =>
        Assert.Equal(new[] { "we will win" }, Spans(paragraph));

    [Fact]
    public void Single_marks_inside_double_ones_are_part_of_the_quotation()
    {
        var paragraph = "\u201CThey told us, \u2018Enough is enough,\u2019 and we listened,\u201D she said.";

        Assert.Equal(new[] { "They told us, \u2018Enough is enough,\u2019 and we listened," }, Spans(paragraph));
    }

    [Theory]
    [InlineData("Russia\u2019s view isn\u2019t new, and it's the same in the \u201990s.")]
    [InlineData("The workers' rights and the soldiers\u2019 families aren't quotations.")]
    [InlineData("Rock 'n' roll and 'til dawn are elisions, as is 'em.")]
    [InlineData("He is 5'10\" tall and owns a 12\" record.")]
    public void Apostrophes_and_primes_are_never_quotation_marks(string paragraph) =>
        Assert.Empty(Spans(paragraph));

    [Theory]
    [InlineData("He appeared on 'Meet the Press' on Sunday.", "Meet the Press")]
    [InlineData("He appeared on \u2018Meet the Press\u2019 on Sunday.", "Meet the Press")]
    [InlineData("'We want the workers' rights respected,' she said.", "We want the workers' rights respected,")]
    public void Top_level_single_marks_quote_when_they_pair(string paragraph, string expected) =>
        Assert.Equal(new[] { expected }, Spans(paragraph));

    [Fact]
    public void A_closing_mark_facing_the_wrong_way_at_the_end_still_closes()
    {
        var (quotes, issues) = QuoteScanner.Scan("\u201CWe believe it is unacceptable. It seems that he intends to comply. \u201C");

        var quote = Assert.Single(quotes);
        Assert.Equal(QuoteEnding.Closed, quote.Ending);
        Assert.Empty(issues);
    }

    [Fact]
    public void A_quotation_that_never_closes_runs_to_the_end_of_the_paragraph()
    {
        var paragraph = "He said \u201Cthis never ends.";
        var quote = Assert.Single(QuoteScanner.Scan(paragraph).Quotes);

        Assert.Equal(QuoteEnding.Unclosed, quote.Ending);
        Assert.Equal("this never ends.", paragraph.Substring(quote.Start, quote.End - quote.Start));
        Assert.Equal(8, quote.OpenMark);
    }

    [Fact]
    public void A_lost_closer_before_an_attribution_ends_the_quotation_there()
    {
        var (quotes, issues) = QuoteScanner.Scan("\u201CWe are ready, he said. \u201CWe will fight.\u201D");

        Assert.Equal(new[] { QuoteEnding.Inferred, QuoteEnding.Closed }, quotes.Select(q => q.Ending));
        Assert.Equal(new[] { "We are ready,", "We will fight." }, Spans("\u201CWe are ready, he said. \u201CWe will fight.\u201D"));
        Assert.Empty(issues);
    }

    [Fact]
    public void A_lost_closer_without_an_attribution_is_reported_as_NC0007()
    {
        var paragraph = "\u201CWe are ready. \u201CWe will fight,\u201D he said.";
        var (quotes, issues) = QuoteScanner.Scan(paragraph);

        Assert.Equal(new[] { "We are ready.", "We will fight," }, Spans(paragraph));
        Assert.Equal(QuoteEnding.Inferred, quotes[0].Ending);
        var issue = Assert.Single(issues);
        Assert.Equal(DiagnosticIds.QuoteClosedByInference, issue.DiagnosticId);
        Assert.Equal(0, issue.Position);
    }

    [Fact]
    public void A_closing_mark_with_nothing_open_is_ignored_and_reported_as_NC0008()
    {
        var paragraph = "The talks ended\u201D without a deal, officials said.";
        var (quotes, issues) = QuoteScanner.Scan(paragraph);

        Assert.Empty(quotes);
        Assert.Equal(DiagnosticIds.StrayQuoteMark, Assert.Single(issues).DiagnosticId);
        Assert.Equal(paragraph.IndexOf('\u201D'), issues[0].Position);
    }

    [Fact]
    public void Straight_quotes_nested_in_curly_ones_do_not_end_them()
    {
        var paragraph = "\u201CThey call it \"the plan\" and nothing more,\u201D he said.";

        Assert.Equal(new[] { "They call it \"the plan\" and nothing more," }, Spans(paragraph));
    }

    [Fact]
    public void Empty_and_punctuation_only_quotations_are_dropped()
    {
        Assert.Empty(Spans("He said \"\" and then \u201C...\u201D and left."));
    }
}
