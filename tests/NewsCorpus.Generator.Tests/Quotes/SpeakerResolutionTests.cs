using System.Linq;

namespace NewsCorpus.Generator.Tests.Quotes;

/// <summary>Pronouns, descriptions, surnames, spellings and organizations resolve to one canonical speaker.</summary>
public sealed class SpeakerResolutionTests
{
    [Fact]
    public void He_said_resolves_to_the_subject_of_an_earlier_sentence_not_to_a_person_only_mentioned()
    {
        var article = QuoteParsing.Parse(
            "\u201CThere is no reason for optimism,\u201D said Kremlin spokesman Dmitry Peskov.",
            "President Vladimir Putin will study the response over the weekend, he added.",
            "\u201CDialogue is always necessary,\u201D he said.");

        Assert.Equal("Dmitry Peskov", article.Quote("Dialogue is always necessary,").Speaker?.Name);
    }

    [Fact]
    public void A_pronoun_can_reach_back_over_paragraphs_without_quotations()
    {
        var article = QuoteParsing.Parse(
            "The head of the central bank, Anna Lindqvist, on Tuesday rejected calls for an emergency rate cut.",
            "Inflation has fallen for four months in a row, according to official figures.",
            "\u201CWe will not be rushed into a decision,\u201D she told reporters.");

        Assert.Equal("Anna Lindqvist", article.Quote("We will not be rushed into a decision,").Speaker?.Name);
    }

    [Fact]
    public void She_skips_a_man_named_in_between()
    {
        var article = QuoteParsing.Parse(
            "Prosecutor Helen Ward told the court on Monday that the defendant, businessman John Carter, had misled investors.",
            "\u201CHe lied to them again and again,\u201D she said.");

        Assert.Equal("Helen Ward", article.Quote("He lied to them again and again,").Speaker?.Name);
    }

    [Fact]
    public void The_minister_resolves_to_the_person_with_that_role()
    {
        var article = QuoteParsing.Parse(
            "Foreign Minister Sergei Lavrov met his Turkish counterpart in Ankara on Thursday.",
            "The minister said the talks had been \u201Cuseful and frank\u201D.");

        var speaker = article.Quote("useful and frank").Speaker;
        Assert.Equal("Sergei Lavrov", speaker?.Name);
        Assert.Equal("Foreign Minister", speaker?.Role);
    }

    [Fact]
    public void The_ministry_resolves_to_the_organization_named_before()
    {
        var article = QuoteParsing.Parse(
            "The Foreign Ministry summoned the ambassador on Friday over the remarks.",
            "\u201CSuch statements are unacceptable,\u201D the ministry said in a statement.");

        var speaker = article.Quote("Such statements are unacceptable,").Speaker;
        Assert.Equal("Foreign Ministry", speaker?.Name);
        Assert.Equal("Organization", speaker?.Kind.ToString());
    }

    [Fact]
    public void A_statement_from_a_body_is_the_body_speaking()
    {
        var article = QuoteParsing.Parse("\u201CThe strike was proportionate,\u201D said a statement from the Defence Ministry.");

        Assert.Equal("Defence Ministry", Assert.Single(article.Quotes).Speaker?.Name);
    }

    [Fact]
    public void Titles_become_the_role_and_the_name_stays_canonical()
    {
        var article = QuoteParsing.Parse("\u201CThe talks are over for now,\u201D Kremlin spokesman Dmitry Peskov said.");

        var speaker = Assert.Single(article.Quotes).Speaker!;
        Assert.Equal("Dmitry Peskov", speaker.Name);
        Assert.Equal("Kremlin spokesman", speaker.Role);
        Assert.Equal("Person", speaker.Kind.ToString());
    }

    [Theory]
    [InlineData("Mr Ermakov")]
    [InlineData("Ermakov")]
    public void A_surname_resolves_to_the_full_name_of_the_article(string reference)
    {
        var article = QuoteParsing.Parse(
            "A senior Foreign Ministry official, Vladimir Ermakov, spoke to reporters in Moscow.",
            "\u201CThere will be no deal this year,\u201D " + reference + " said.");

        var speaker = Assert.Single(article.Quotes).Speaker!;
        Assert.Equal("Vladimir Ermakov", speaker.Name);
        Assert.Contains("Ermakov", speaker.Aliases);
    }

    [Fact]
    public void A_surname_used_before_the_full_name_resolves_to_it()
    {
        var article = QuoteParsing.Parse(
            "\u201CThe vote will go ahead,\u201D Okafor said on Monday.",
            "Council leader Grace Okafor later confirmed the date of the vote.");

        Assert.Equal("Grace Okafor", article.Quote("The vote will go ahead,").Speaker?.Name);
    }

    [Fact]
    public void Spelling_variants_in_one_article_are_one_speaker()
    {
        var article = QuoteParsing.Parse(
            "\u201CWe will not attack anyone,\u201D said Alexei Zaitsev, a deputy spokesman of the ministry.",
            "\u201CThe idea of war is unacceptable,\u201D Zaytsev added.");

        Assert.All(article.Quotes, q => Assert.Equal("Alexei Zaitsev", q.Speaker?.Name));
        Assert.Contains("Zaytsev", article.Quotes[1].Speaker!.Aliases);
    }

    [Fact]
    public void A_family_name_written_first_resolves_too()
    {
        var article = QuoteParsing.Parse(
            "\u201CWe urge restraint,\u201D said Wang Wenbin, a spokesperson for the Chinese Foreign Ministry.",
            "Wang said China was committed to dialogue. \u201CWe hope for calm,\u201D he said.");

        Assert.All(article.Quotes, q => Assert.Equal("Wang Wenbin", q.Speaker?.Name));
    }

    [Fact]
    public void Organizations_and_places_speak()
    {
        var article = QuoteParsing.Parse(
            "The Kremlin said it saw \u201Clittle ground for optimism\u201D after the talks.",
            "Moscow also added that \u201Cthe policy has led to a profound degradation of relations.\u201D");

        Assert.Equal("Kremlin", article.Quote("little ground for optimism").Speaker?.Name);
        Assert.Equal("Moscow", article.Quote("the policy has led to a profound degradation of relations.").Speaker?.Name);
        Assert.All(article.Quotes, q => Assert.Equal("Organization", q.Speaker?.Kind.ToString()));
    }

    [Fact]
    public void The_same_speaker_is_one_record_in_an_article()
    {
        var article = QuoteParsing.Parse(
            "\u201CWe are ready,\u201D said Mayor Joan Price.",
            "\u201CWe have the money,\u201D Price added.");

        var speakers = article.Quotes.Select(q => q.Speaker).ToList();
        Assert.Same(speakers[0], speakers[1]);
    }
}
