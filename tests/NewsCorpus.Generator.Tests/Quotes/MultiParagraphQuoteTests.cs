using System.Linq;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Tests.Quotes;

/// <summary>One quotation over several paragraphs: each paragraph leaves it open and the next reopens it.</summary>
public sealed class MultiParagraphQuoteTests
{
    private static readonly string[] s_threeParagraphs =
    {
        "\u201CWe are evacuating three villages as a precaution,\u201D civil protection chief Ana Ferreira told AFP. \u201CThe situation could change quickly.",
        "\u201CFor now there is no danger to the airport, and flights continue as planned.",
        "\u201CWe will review the alert level tomorrow morning.\u201D",
    };

    [Fact]
    public void Each_paragraph_piece_is_a_quote_and_later_pieces_continue_the_previous_one()
    {
        var article = QuoteParsing.Parse(s_threeParagraphs);

        Assert.Equal(
            new[] { "We are evacuating three villages as a precaution,", "The situation could change quickly.", "For now there is no danger to the airport, and flights continue as planned.", "We will review the alert level tomorrow morning." },
            article.Texts());
        Assert.Equal(new[] { false, false, true, true }, article.Quotes.Select(q => q.ContinuesPrevious));
        article.AssertOffsets();
    }

    [Fact]
    public void Every_piece_has_the_speaker_of_the_quotation()
    {
        var article = QuoteParsing.Parse(s_threeParagraphs);

        Assert.All(article.Quotes, q => Assert.Equal("Ana Ferreira", q.Speaker?.Name));
    }

    [Fact]
    public void The_convention_is_not_reported_as_an_unclosed_quote()
    {
        var result = QuoteParsing.ParseResult(s_threeParagraphs);

        Assert.DoesNotContain(result.Diagnostics, d => d.DescriptorId == DiagnosticIds.UnclosedQuote);
    }

    [Fact]
    public void An_attribution_at_the_end_of_the_last_piece_attributes_the_whole_quotation()
    {
        var article = QuoteParsing.Parse(
            "\u201CThe first part of what I have to say about the budget is simple.",
            "\u201CThe second part is harder, and it will take the whole year,\u201D the finance minister, Ruth Adler, said on Monday.");

        Assert.All(article.Quotes, q => Assert.Equal("Ruth Adler", q.Speaker?.Name));
        Assert.True(article.Quotes[1].ContinuesPrevious);
    }

    [Fact]
    public void A_quotation_left_open_before_a_paragraph_that_does_not_reopen_it_is_NC0006()
    {
        var result = QuoteParsing.ParseResult(
            "The minister said \u201Cthe reforms will continue whatever happens in the vote.",
            "The opposition said it would vote against the bill in its current form.");

        var quote = Assert.Single(result.Article!.Quotes);
        Assert.False(quote.ContinuesPrevious);
        Assert.Equal("the reforms will continue whatever happens in the vote.", quote.Text);
        Assert.Single(result.Diagnostics, d => d.DescriptorId == DiagnosticIds.UnclosedQuote);
    }

    [Fact]
    public void An_unclosed_quotation_ending_in_an_attribution_is_cut_before_it()
    {
        var result = QuoteParsing.ParseResult("\u201CWe will not give up on this town, the mayor said on Friday.");

        var quote = Assert.Single(result.Article!.Quotes);
        Assert.Equal("We will not give up on this town,", quote.Text);
        Assert.Single(result.Diagnostics, d => d.DescriptorId == DiagnosticIds.UnclosedQuote);
        result.Article.AssertOffsets();
    }
}
