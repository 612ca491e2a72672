namespace NewsCorpus.Generator.Tests.Quotes;

/// <summary>
/// Titles that do not repeat the role an article gave ("the union leader" for a general secretary, "the head of
/// state" for a president, "the head coach" for someone named with no role), and descriptions of bodies ("the
/// company", "the bank", "the lender") that go to the body of that kind named before.
/// </summary>
public sealed class TitleAndBodyTests
{
    [Fact]
    public void The_union_leader_is_the_general_secretary()
    {
        var article = QuoteParsing.Parse(
            "Dan Carver, the general secretary of the TSSA union, called the offer \u201Can insult\u201D. The union leader said: \u201CWe will ballot our members.\u201D");

        Assert.Equal("Dan Carver", article.Quote("We will ballot our members.").Speaker?.Name);
    }

    [Fact]
    public void The_head_of_state_is_the_president()
    {
        var article = QuoteParsing.Parse(
            "GOMEL, 12 August (BelTA) - Belarusian President Viktor Marchenko visited a farm in the region.",
            "\"Every day counts,\" the head of state said during the visit.");

        Assert.Equal("Viktor Marchenko", article.Quote("Every day counts,").Speaker?.Name);
    }

    [Fact]
    public void A_title_nobody_was_given_goes_to_the_person_just_spoken_of()
    {
        var article = QuoteParsing.Parse(
            "Erik Lund praised his side\u2019s character. \u201CIt was a complete performance,\u201D the Rovers head coach told reporters.");

        Assert.Equal("Erik Lund", article.Quote("It was a complete performance,").Speaker?.Name);
    }

    [Fact]
    public void A_title_does_not_go_to_someone_whose_stated_role_rules_it_out()
    {
        var article = QuoteParsing.Parse(
            "Defence lawyer Ruth Kemp asked for leniency. \u201CThe law is clear,\u201D the prosecutor said.");

        Assert.Null(article.Quote("The law is clear,").Speaker);
    }

    [Fact]
    public void The_company_is_a_brand_named_by_one_word()
    {
        var article = QuoteParsing.Parse(
            "A judge blocked the state ban on Thursday. TikTok welcomed the decision. A spokesperson for the company said it was \"pleased with the ruling.\"");

        Assert.Equal("TikTok", article.Quote("pleased with the ruling.").Speaker?.Name);
    }

    [Fact]
    public void The_lender_is_the_bank_named_before()
    {
        var article = QuoteParsing.Parse(
            "Harbour Bank said on Wednesday it would close 40 branches.",
            "The lender said the closures were \u201Cregrettable but necessary\u201D.");

        Assert.Equal("Harbour Bank", article.Quote("regrettable but necessary").Speaker?.Name);
    }

    [Fact]
    public void A_surname_with_an_inner_capital_is_still_a_person()
    {
        var article = QuoteParsing.Parse(
            "\u201CWe did our job,\u201D said Sean McAllister.",
            "\u201CNow we rest,\u201D McAllister said.");

        Assert.Equal("Sean McAllister", article.Quote("Now we rest,").Speaker?.Name);
    }
}
