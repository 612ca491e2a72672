namespace NewsCorpus.Generator.Tests.Quotes;

/// <summary>
/// A definite description that says what someone is, not their office ("the father of five", "the Spaniard",
/// "the 34-year-old", "the veteran"), speaking as the subject of a reporting verb, is the person just spoken of.
/// </summary>
public sealed class DescriptionSubjectTests
{
    [Fact]
    public void The_father_of_five_is_the_man_named_in_the_sentence_before()
    {
        var article = QuoteParsing.Parse(
            "Omar Saleh, 41, said he had lost his shop in the fire. \u201CWe have nothing left,\u201D the father of five said.");

        Assert.Equal("Omar Saleh", article.Quote("We have nothing left,").Speaker?.Name);
    }

    [Fact]
    public void A_nationality_noun_is_the_person_of_the_previous_paragraph()
    {
        var article = QuoteParsing.Parse(
            "Rafael Ortega won the title on Sunday with a straight-sets victory.",
            "\"It means everything to me,\" the Spaniard said on court.");

        Assert.Equal("Rafael Ortega", article.Quote("It means everything to me,").Speaker?.Name);
    }

    [Fact]
    public void A_nationality_adjective_before_a_noun_is_not_a_person()
    {
        // "the Russian diplomat" is a title to fit to a role, not "the Russian" standing for whoever came last.
        var article = QuoteParsing.Parse(
            "Russian Deputy Foreign Minister Sergey Ryabkov spoke after talks with John Miller.",
            "\u00ABThere is no basis for dialogue,\u00BB the Russian diplomat stressed.");

        Assert.Equal("Sergey Ryabkov", article.Quote("There is no basis for dialogue,").Speaker?.Name);
    }

    [Fact]
    public void A_hyphenated_compound_with_a_person_noun_is_a_person_and_tells_the_gender()
    {
        var article = QuoteParsing.Parse(
            "Susan Clark found the winning ticket in her coat pocket, her neighbour Tom Reed said.",
            "\"I nearly threw it away,\" the mum-of-three said.");

        Assert.Equal("Susan Clark", article.Quote("I nearly threw it away,").Speaker?.Name);
    }

    [Fact]
    public void An_age_given_with_a_name_picks_that_person_over_a_later_one()
    {
        var article = QuoteParsing.Parse(
            "Karen Webb, 52, from Leeds, won the prize. Her husband Gary was stunned. \"I thought she was joking,\" he admitted.",
            "The 52-year-old added: \"I am keeping my job.\"");

        Assert.Equal("Gary", article.Quote("I thought she was joking,").Speaker?.Name);
        Assert.Equal("Karen Webb", article.Quote("I am keeping my job.").Speaker?.Name);
    }

    [Fact]
    public void The_veteran_without_anyone_as_subject_goes_to_the_latest_person_named()
    {
        var article = QuoteParsing.Parse(
            "A late goal from Marco Silva sealed the win.",
            "\"We never stopped believing,\" the veteran said.");

        Assert.Equal("Marco Silva", article.Quote("We never stopped believing,").Speaker?.Name);
    }

    [Fact]
    public void An_organization_description_still_resolves_to_the_organization()
    {
        var article = QuoteParsing.Parse(
            "The Health Ministry said on Monday that Anna Berg would lead the review.",
            "\"The review will be independent,\" the ministry said.");

        Assert.Equal("Health Ministry", article.Quote("The review will be independent,").Speaker?.Name);
    }
}
