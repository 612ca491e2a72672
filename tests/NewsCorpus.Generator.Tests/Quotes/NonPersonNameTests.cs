namespace NewsCorpus.Generator.Tests.Quotes;

/// <summary>
/// Capitalized pairs that look like a given name and a surname but name a competition, a broadcaster, a city or an
/// event are never people, so "the 29-year-old" or "he" does not land on them; a dateline's place is not a
/// speaker unless a reporting verb makes it one.
/// </summary>
public sealed class NonPersonNameTests
{
    [Fact]
    public void An_age_description_skips_a_league_named_after_the_player()
    {
        var article = QuoteParsing.Parse(
            "Marco Bellini’s late goal gave Rovigo a 1-0 win and lifted them to the top of the Premier League.",
            "\u201CThese are the nights you remember,\u201D the 29-year-old said.");

        Assert.Equal("Marco Bellini", article.Quote("These are the nights you remember,").Speaker?.Name);
    }

    [Theory]
    [InlineData("Al Jazeera")]
    [InlineData("Gaza City")]
    [InlineData("Champions League")]
    [InlineData("Oxford Street")]
    public void A_body_or_place_named_after_the_speaker_is_not_taken_for_a_person(string name)
    {
        var article = QuoteParsing.Parse(
            "Leila Haddad has covered the story for years. She spoke this week about " + name + ".",
            "\u201CNothing about this is normal,\u201D the 38-year-old said.");

        Assert.Equal("Leila Haddad", article.Quote("Nothing about this is normal,").Speaker?.Name);
    }

    [Fact]
    public void A_one_word_event_is_not_a_person()
    {
        var article = QuoteParsing.Parse(
            "Tomas Berg reached the final on Sunday. Wimbledon has been good to him.",
            "\u201CI love this place,\u201D the 24-year-old said.");

        Assert.Equal("Tomas Berg", article.Quote("I love this place,").Speaker?.Name);
    }

    [Fact]
    public void A_dateline_place_in_capitals_gives_way_to_the_speaker_of_the_sentence()
    {
        var article = QuoteParsing.Parse(
            "MOSCOW, March 3 (TASS) - Foreign Ministry Spokeswoman Irina Volkova spoke at a briefing on Wednesday.",
            "\u00ABWe regard this as interference,\u00BB she said, adding that Moscow would respond \u00ABin a measured way\u00BB.");

        Assert.Equal("Irina Volkova", article.Quote("in a measured way").Speaker?.Name);
    }

    [Fact]
    public void A_place_still_speaks_through_a_reporting_verb()
    {
        var article = QuoteParsing.Parse(
            "KYIV, May 2 (Reuters) - Talks resumed on Tuesday.",
            "Moscow said the proposal was \u201Cunacceptable\u201D.");

        Assert.Equal("Moscow", article.Quote("unacceptable").Speaker?.Name);
    }
}
