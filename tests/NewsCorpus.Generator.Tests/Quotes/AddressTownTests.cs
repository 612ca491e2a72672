namespace NewsCorpus.Generator.Tests.Quotes;

/// <summary>
/// Court and local reports give addresses: "Peter Vance, 58, of Station Road, Harrowby, admitted theft". The town
/// after the street is a place, never a person who speaks, and the address belongs to the person before it, so the
/// verb after it is that person's.
/// </summary>
public sealed class AddressTownTests
{
    [Fact]
    public void A_town_after_a_street_is_not_the_subject_of_the_verb_after_it()
    {
        var article = QuoteParsing.Parse(
            "Peter Vance, 58, of Station Road, Harrowby, admitted theft at the town\u2019s crown court.",
            "\u201CI am deeply sorry,\u201D he told the court.");

        Assert.Equal("Peter Vance", article.Quote("I am deeply sorry,").Speaker?.Name);
    }

    [Fact]
    public void A_speaker_named_with_an_address_is_the_subject_of_the_reporting_verb()
    {
        var article = QuoteParsing.Parse(
            "Tom Reid of Station Road, Harrowby, said the noise was \u201Cunbearable\u201D.");

        Assert.Equal("Tom Reid", article.Quote("unbearable").Speaker?.Name);
    }

    [Fact]
    public void A_speaker_with_an_age_and_a_home_town_is_the_subject_of_the_reporting_verb()
    {
        var article = QuoteParsing.Parse(
            "Karen Webb, 52, from Harrowby, said the win was \u201Ca complete shock\u201D.");

        Assert.Equal("Karen Webb", article.Quote("a complete shock").Speaker?.Name);
    }

    [Theory]
    [InlineData("The Ministry of Agriculture", "Ministry of Agriculture")]
    [InlineData("Secretary of State Laura Finch", "Laura Finch")]
    public void Of_still_joins_a_body_or_a_title_to_what_follows(string subject, string expected)
    {
        var article = QuoteParsing.Parse(subject + " said the harvest was \u201Cpoor\u201D.");

        Assert.Equal(expected, article.Quote("poor").Speaker?.Name);
    }
}
