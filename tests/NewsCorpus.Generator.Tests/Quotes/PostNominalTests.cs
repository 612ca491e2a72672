namespace NewsCorpus.Generator.Tests.Quotes;

/// <summary>
/// Letters after a name (KC, QC, MP, OBE, PhD) are honours, degrees and offices, not part of the name: "Judge Alan
/// Pryce KC" is Alan Pryce, a judge, so "the judge" later finds him. A generational suffix (Jr, Sr, III) does belong
/// to the name, since it tells a son from his father, but the surname alone still finds its bearer.
/// </summary>
public sealed class PostNominalTests
{
    [Theory]
    [InlineData("Judge Alan Pryce KC", "Alan Pryce")]
    [InlineData("Dame Ruth Evans DBE", "Ruth Evans")]
    [InlineData("Anna Kell MP", "Anna Kell")]
    [InlineData("Ian Marsh PhD", "Ian Marsh")]
    [InlineData("Sir Tom Baird QC MP", "Tom Baird")]
    [InlineData("Local historian Mary Dunn MBE", "Mary Dunn")]
    public void Letters_after_a_name_are_not_part_of_it(string named, string expected)
    {
        var article = QuoteParsing.Parse(named + " said the ruling was \u201Ca turning point\u201D.");

        Assert.Equal(expected, article.Quote("a turning point").Speaker?.Name);
    }

    [Fact]
    public void The_judge_is_the_judge_named_with_letters_after_the_name()
    {
        var article = QuoteParsing.Parse(
            "Sentencing him on Monday, Judge Alan Pryce KC said the defendant had \u201Cshown no remorse\u201D. \u201CYou lied to everyone,\u201D the judge told him.");

        var speaker = article.Quote("You lied to everyone,").Speaker;
        Assert.Equal("Alan Pryce", speaker?.Name);
        Assert.Equal("Judge", speaker?.Role);
    }

    [Fact]
    public void An_office_after_the_name_is_the_role_when_no_title_comes_before()
    {
        var article = QuoteParsing.Parse(
            "Anna Kell MP has campaigned against the closure for a year.",
            "\u201CThis town deserves better,\u201D the MP said.");

        var speaker = article.Quote("This town deserves better,").Speaker;
        Assert.Equal("Anna Kell", speaker?.Name);
        Assert.Equal("MP", speaker?.Role);
    }

    [Fact]
    public void A_generational_suffix_stays_in_the_name_and_the_surname_still_finds_it()
    {
        var article = QuoteParsing.Parse(
            "Hank Rowe Jr. took over the family plant in 1990.",
            "\u201CIt was never a question,\u201D Rowe said.");

        Assert.Equal("Hank Rowe Jr.", article.Quote("It was never a question,").Speaker?.Name);
    }
}
