namespace NewsCorpus.Generator.Tests.Quotes;

/// <summary>
/// A quotation that opens a sentence straight after narration, with no cue in its paragraph, is the person the
/// narration named, but only when that person is the paragraph's only candidate; and "known locally as a “…”" names
/// a word, it does not quote anyone.
/// </summary>
public sealed class NarrationQuoteTests
{
    [Fact]
    public void A_quotation_after_a_sentence_naming_one_person_is_that_persons()
    {
        var article = QuoteParsing.Parse(
            "Anil Mehta founded the company in 2015.",
            "Mehta posted a long note on LinkedIn. \u201CThis has been the privilege of my life.\u201D");

        Assert.Equal("Anil Mehta", article.Quote("This has been the privilege of my life.").Speaker?.Name);
    }

    [Fact]
    public void A_quotation_after_a_sentence_naming_two_people_stays_unattributed()
    {
        var article = QuoteParsing.Parse(
            "Anil Mehta met Priya Rao on Monday. \u201CThis has been the privilege of my life.\u201D");

        Assert.Null(article.Quote("This has been the privilege of my life.").Speaker);
    }

    [Fact]
    public void A_quotation_in_a_paragraph_with_a_reporting_verb_is_not_given_to_the_narration()
    {
        var article = QuoteParsing.Parse(
            "Anil Mehta founded the company. Officials said the deal was done. \u201CIt is over.\u201D");

        Assert.NotEqual("Anil Mehta", article.Quote("It is over.").Speaker?.Name);
    }

    [Theory]
    [InlineData("known locally as a")]
    [InlineData("better known simply as")]
    public void A_word_known_as_with_an_adverb_or_article_is_a_mention(string cue)
    {
        var article = QuoteParsing.Parse(
            "Thousands of young men work as motorcycle taxi riders, " + cue + " \"boda boda\", in the capital.");

        Assert.Equal(global::NewsCorpus.QuoteKind.Mention, article.Quote("boda boda").Kind);
    }
}
