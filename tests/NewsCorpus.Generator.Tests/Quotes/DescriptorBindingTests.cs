namespace NewsCorpus.Generator.Tests.Quotes;

/// <summary>
/// An age or a nationality introduced with a person ("The 22-year-old Spaniard saved a match point", "Rhys Cole,
/// the Welshman,") stays with that person: a later "the 22-year-old" or "the Welshman" is them, even when someone
/// else was the subject of the sentences in between, and a person known by another age or nationality is never
/// taken for it.
/// </summary>
public sealed class DescriptorBindingTests
{
    [Fact]
    public void An_age_introduced_by_a_description_picks_its_person_over_the_latest_subject()
    {
        var article = QuoteParsing.Parse(
            "Pablo Ruiz beat Tom Hale 6-4, 6-3 on Monday to reach the semi-finals.",
            "The 22-year-old Spaniard saved two break points in the second set.",
            "Ruiz will face Ivo Markov on Friday. The fourth seed beat Lars Dahl in straight sets earlier in the day.",
            "\"Ivo is playing the best tennis of his life,\" the 22-year-old said.");

        Assert.Equal("Pablo Ruiz", article.Quote("Ivo is playing the best tennis of his life,").Speaker?.Name);
    }

    [Fact]
    public void A_nationality_introduced_by_a_description_picks_its_person_over_the_latest_subject()
    {
        var article = QuoteParsing.Parse(
            "Pablo Ruiz beat Tom Hale 6-4, 6-3 on Monday. The Spaniard saved two break points in the second set.",
            "Hale, who served 20 aces, was gracious in defeat. Ruiz will face Ivo Markov next. The fourth seed beat Lars Dahl earlier.",
            "\"It will be a battle,\" the Spaniard said.");

        Assert.Equal("Pablo Ruiz", article.Quote("It will be a battle,").Speaker?.Name);
    }

    [Fact]
    public void A_nationality_in_apposition_binds_to_the_name()
    {
        var article = QuoteParsing.Parse(
            "Rhys Cole, the Welshman, finished second behind Arjun Rao.",
            "Rao led from the start. \"I felt strong all day,\" the Welshman said.");

        Assert.Equal("Rhys Cole", article.Quote("I felt strong all day,").Speaker?.Name);
    }

    [Fact]
    public void A_person_of_another_nationality_is_not_taken_for_the_nationality()
    {
        var article = QuoteParsing.Parse(
            "The 22-year-old Spaniard Pablo Ruiz beat Tom Hale in four sets.",
            "Ruiz was the better player on the day. \"He deserved it,\" the American said.");

        Assert.NotEqual("Pablo Ruiz", article.Quote("He deserved it,").Speaker?.Name);
    }

    [Fact]
    public void An_age_with_a_title_after_it_still_picks_the_person_of_that_age()
    {
        var article = QuoteParsing.Parse(
            "Jonas Weber, 31, and Milan Kovac, 24, both scored on Saturday.",
            "Kovac was substituted at half-time. \"It was a special night,\" the 31-year-old midfielder said.");

        Assert.Equal("Jonas Weber", article.Quote("It was a special night,").Speaker?.Name);
    }
}
