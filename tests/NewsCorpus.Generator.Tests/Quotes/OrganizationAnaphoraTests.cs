namespace NewsCorpus.Generator.Tests.Quotes;

/// <summary>
/// "The company said", "the organisation said", "a council spokesman said": a body spoken of by its kind is the body
/// of that kind the story is about, named before, even when it was named by a single word that could have been a
/// surname ("Andarra on Tuesday cut its forecast"); a body that is the subject of a verb framing a quotation ("The
/// GMB union called the plan «…»") is its speaker.
/// </summary>
public sealed class OrganizationAnaphoraTests
{
    [Fact]
    public void The_company_is_the_one_word_name_that_was_the_subject_of_the_lead()
    {
        var article = QuoteParsing.Parse(
            "SANTIAGO, May 14 (Reuters) - Chile\u2019s state-owned lithium miner Andarra on Tuesday cut its production forecast for the year.",
            "\"We expect output to recover from July,\" the company said in a statement.");

        Assert.Equal("Andarra", article.Quote("We expect output to recover from July,").Speaker?.Name);
    }

    [Fact]
    public void A_one_word_name_that_spoke_becomes_the_company_when_the_article_calls_it_so()
    {
        var article = QuoteParsing.Parse(
            "Andarra said on Tuesday it would cut output by a tenth.",
            "\"Safety comes first,\" the company said.");

        var speaker = article.Quote("Safety comes first,").Speaker;
        Assert.Equal("Andarra", speaker?.Name);
        Assert.Equal(global::NewsCorpus.SpeakerKind.Organization, speaker?.Kind);
    }

    [Fact]
    public void The_company_does_not_take_a_person_named_in_full()
    {
        var article = QuoteParsing.Parse(
            "Maria Costa on Tuesday opened a bakery in the old town.",
            "\"Business is slow,\" the company said.");

        Assert.Null(article.Quote("Business is slow,").Speaker);
    }

    [Fact]
    public void A_capitalized_word_opening_a_sentence_is_not_taken_for_the_company()
    {
        var article = QuoteParsing.Parse(
            "Shares fell 4 per cent in early trading.",
            "\"We are disappointed,\" the company said.");

        Assert.Null(article.Quote("We are disappointed,").Speaker);
    }

    [Theory]
    [InlineData("organisation")]
    [InlineData("organization")]
    [InlineData("charity")]
    [InlineData("group")]
    public void The_organisation_is_the_body_named_before(string noun)
    {
        var article = QuoteParsing.Parse(
            "The Uganda Red Cross said its teams had reached 300 families.",
            "\"Our volunteers have not slept,\" the " + noun + " said on X.");

        Assert.Equal("Uganda Red Cross", article.Quote("Our volunteers have not slept,").Speaker?.Name);
    }

    [Fact]
    public void A_council_spokesman_speaks_for_the_council_named_before()
    {
        var article = QuoteParsing.Parse(
            "Eastmoor Borough Council says the pool costs too much to run.",
            "The council will decide in June. A council spokesman said residents would \u201Chave their say\u201D first.");

        Assert.Equal("Eastmoor Borough Council", article.Quote("have their say").Speaker?.Name);
    }

    [Theory]
    [InlineData("company spokeswoman", "Harbour Bank")]
    [InlineData("bank official", "Harbour Bank")]
    public void A_body_noun_before_a_title_names_the_body_of_that_kind(string title, string expected)
    {
        var article = QuoteParsing.Parse(
            "Harbour Bank said on Wednesday it would close 40 branches.",
            "A " + title + " said the closures were \u201Cregrettable\u201D.");

        Assert.Equal(expected, article.Quote("regrettable").Speaker?.Name);
    }

    [Fact]
    public void A_union_that_calls_something_a_quotation_is_its_speaker()
    {
        var article = QuoteParsing.Parse(
            "Harbour Bank said it would cut 900 jobs.",
            "The GMB union called the cuts \u201Ca kick in the teeth\u201D and said it would ballot members.");

        Assert.Equal("GMB", article.Quote("a kick in the teeth").Speaker?.Name);
    }
}
