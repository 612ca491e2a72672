namespace NewsCorpus.Generator.Tests.Quotes;

/// <summary>A subject, any verb and a colon right before a quotation attribute it, the verb being the cue.</summary>
public sealed class ColonFrameTests
{
    [Fact]
    public void A_verb_outside_the_reporting_lexicon_introduces_the_quotation()
    {
        var article = QuoteParsing.Parse(
            "Lena Fischer reached the final on Friday.",
            "Asked about her chances, Fischer smiled: \"I am just enjoying it.\"");

        var quote = article.Quote("I am just enjoying it.");
        Assert.Equal("Lena Fischer", quote.Speaker?.Name);
        Assert.Equal("smiled", quote.Cue);
    }

    [Fact]
    public void A_pronoun_subject_with_words_after_its_verb()
    {
        var article = QuoteParsing.Parse(
            "Samuel Kariuki has ridden a motorcycle taxi for seven years.",
            "He shook his head: \u201CThe rules are easy to write in an office.\u201D");

        var quote = article.Quote("The rules are easy to write in an office.");
        Assert.Equal("Samuel Kariuki", quote.Speaker?.Name);
        Assert.Equal("shook", quote.Cue);
    }

    [Fact]
    public void A_reporting_verb_with_a_phrase_before_the_colon_keeps_its_own_cue()
    {
        var article = QuoteParsing.Parse("Coach Paul Brennan added with a laugh: \"Next year we win it all.\"");

        var quote = article.Quote("Next year we win it all.");
        Assert.Equal("Paul Brennan", quote.Speaker?.Name);
        Assert.Equal("added", quote.Cue);
    }

    [Fact]
    public void A_subject_with_is_or_has_before_the_colon_is_not_a_speaker()
    {
        var article = QuoteParsing.Parse("Lisa Grant runs the market stalls.", "Their rule was simple: \"Pay up or leave.\"");

        Assert.Null(article.Quote("Pay up or leave.").Speaker);
    }
}
