namespace NewsCorpus.Generator.Tests.Quotes;

/// <summary>
/// Honorifics carry gender (Mr, Mrs, Ms, Miss), and a relative named by a given name right after a full name
/// ("Margaret Hill's son, David,") likely shares that family name.
/// </summary>
public sealed class HonorificAndFamilyTests
{
    [Fact]
    public void Mr_with_a_surname_goes_to_the_son_not_the_mother()
    {
        var article = QuoteParsing.Parse(
            "Joan Baker's son, Robert, said the family was \"appalled\" by her treatment.",
            "\"She was left alone for hours,\" Mr Baker told the BBC.");

        Assert.Equal("Robert Baker", article.Quote("appalled").Speaker?.Name);
        Assert.Equal("Robert Baker", article.Quote("She was left alone for hours,").Speaker?.Name);
    }

    [Fact]
    public void A_relative_after_whose_takes_the_family_name_and_honorifics_tell_them_apart()
    {
        var article = QuoteParsing.Parse(
            "Alice Morgan, whose husband, Peter, works in the city, said they had cut back. \u201CWe pay more every year,\u201D Mrs Morgan said.",
            "Mr Morgan now works from home. \u201CIt is not worth it,\u201D he said.");

        Assert.Equal("Alice Morgan", article.Quote("We pay more every year,").Speaker?.Name);
        Assert.Equal("Peter Morgan", article.Quote("It is not worth it,").Speaker?.Name);
    }

    [Fact]
    public void Mr_with_no_fitting_person_is_not_given_to_a_woman_of_that_name()
    {
        var article = QuoteParsing.Parse(
            "Sarah Cole opened the bakery in 1998.",
            "\"Business has never been harder,\" Mr Cole said.");

        Assert.NotEqual("Sarah Cole", article.Quote("Business has never been harder,").Speaker?.Name);
    }

    [Fact]
    public void A_relative_after_a_pronoun_keeps_the_given_name_only()
    {
        var article = QuoteParsing.Parse(
            "Walter Grimes has run the forge for 43 years.",
            "His daughter, Karen, worries about him. \"He's 71,\" she says.");

        Assert.Equal("Karen", article.Quote("He's 71,").Speaker?.Name);
    }

    [Fact]
    public void A_particle_joined_by_a_hyphen_is_part_of_the_name()
    {
        var article = QuoteParsing.Parse("Mahmoud al-Hissi, 34, said he had lost two boats. \u201CI will go out again,\u201D the father of five said.");

        Assert.Equal("Mahmoud al-Hissi", article.Quote("I will go out again,").Speaker?.Name);
    }
}
