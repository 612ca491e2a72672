using global::NewsCorpus;

namespace NewsCorpus.Generator.Tests.Quotes;

/// <summary>Whole statements, partial quotes inside the reporter's sentence, and quoted names that are not speech.</summary>
public sealed class QuoteKindTests
{
    [Theory]
    [InlineData("\u201CWe have made a fair offer to the union,\u201D the health secretary, Steve Barclay, said.", "We have made a fair offer to the union,", "Statement")]
    [InlineData("Barclay said: \u201CThe offer stands and we will not improve it.\u201D", "The offer stands and we will not improve it.", "Statement")]
    [InlineData("Moscow doesn't see \"the slightest interest of the West in a fair resolution,\" Lavrov said.", "the slightest interest of the West in a fair resolution,", "Partial")]
    [InlineData("The union called the offer \u201Can insult to every nurse\u201D in a statement.", "an insult to every nurse", "Partial")]
    [InlineData("She appeared on NBC's \u201CMeet the Press\u201D on Sunday morning.", "Meet the Press", "Mention")]
    [InlineData("Colleagues nicknamed him \u201Cthe Professor\u201D years ago.", "the Professor", "Mention")]
    [InlineData("His book, titled \u201CInside the Room\u201D, sold well this year.", "Inside the Room", "Mention")]
    public void Each_quotation_gets_its_kind(string paragraph, string text, string kind)
    {
        var article = QuoteParsing.Parse(paragraph);

        // QuoteKind is internal to the generator, so the theory names it.
        Assert.Equal(kind, article.Quote(text).Kind.ToString());
    }

    [Fact]
    public void A_statement_cut_by_its_attribution_is_one_statement_in_two_quotes()
    {
        var article = QuoteParsing.Parse("\u201CWithout water there is no harvest,\u201D he added, \u201Cand without a harvest there is no income.\u201D");

        Assert.All(article.Quotes, q => Assert.Equal(QuoteKind.Statement, q.Kind));
    }

    [Fact]
    public void Mentions_have_no_speaker()
    {
        var article = QuoteParsing.Parse("Daniel Reyes told NBC's \u201CMeet the Press\u201D on Sunday that he had no regrets about the book.");

        var mention = article.Quote("Meet the Press");
        Assert.Null(mention.Speaker);
        Assert.Null(mention.Cue);
    }
}
