namespace NewsCorpus.Generator.Tests.Quotes;

/// <summary>Each attribution frame on its own: who speaks, and the cue that says so.</summary>
public sealed class AttributionFrameTests
{
    [Theory]
    [InlineData("\u201CThe port will reopen on Monday,\u201D said harbour master Piet de Vries.", "Piet de Vries", "said")]
    [InlineData("\u201CThe port will reopen on Monday,\u201D harbour master Piet de Vries said.", "Piet de Vries", "said")]
    [InlineData("Harbour master Piet de Vries said: \u201CThe port will reopen on Monday.\u201D", "Piet de Vries", "said")]
    [InlineData("Harbour master Piet de Vries said that the port would reopen \u201Con Monday at the latest\u201D.", "Piet de Vries", "said")]
    [InlineData("According to harbour master Piet de Vries, the port will reopen \u201Con Monday at the latest\u201D.", "Piet de Vries", "according to")]
    [InlineData("\u201CThe port will reopen on Monday,\u201D Piet de Vries told Reuters.", "Piet de Vries", "told")]
    [InlineData("\u201CThe port will reopen on Monday,\u201D Piet de Vries, the harbour master, warned reporters.", "Piet de Vries", "warned")]
    [InlineData("\u201CThe port will reopen on Monday,\u201D said Piet de Vries, the harbour master of Rotterdam.", "Piet de Vries", "said")]
    [InlineData("Piet de Vries later insisted the port would reopen \u201Con Monday at the latest\u201D.", "Piet de Vries", "insisted")]
    [InlineData("\u201CThe port will reopen on Monday,\u201D Piet de Vries tweeted.", "Piet de Vries", "tweeted")]
    [InlineData("\u201CThe port will reopen on Monday,\u201D wrote Piet de Vries in a blog post.", "Piet de Vries", "wrote")]
    [InlineData("Piet de Vries welcomed the decision, saying the port would reopen \u201Con Monday at the latest\u201D.", "Piet de Vries", "saying")]
    [InlineData("Piet de Vries welcomed the decision but said the port would reopen \u201Conly on Monday\u201D.", "Piet de Vries", "said")]
    [InlineData("\u201CThe port will reopen on Monday,\u201D Piet de Vries was quoted as saying by the newspaper De Telegraaf.", "Piet de Vries", "quoted as saying")]
    public void The_frame_gives_the_speaker_and_the_cue(string paragraph, string speaker, string cue)
    {
        var quote = Assert.Single(QuoteParsing.Parse(paragraph).Quotes);

        Assert.Equal(speaker, quote.Speaker?.Name);
        Assert.Equal(cue, quote.Cue);
    }

    [Fact]
    public void A_cue_in_the_next_sentence_attributes_the_quotation_before_it()
    {
        var article = QuoteParsing.Parse("The government considers the proposal \u201Cunworkable\u201D. Said Karl Nilsson, the deputy finance minister, on Tuesday.");

        Assert.Equal("Karl Nilsson", article.Quote("unworkable").Speaker?.Name);
    }

    [Fact]
    public void A_second_quotation_without_a_cue_continues_the_previous_speaker()
    {
        var article = QuoteParsing.Parse("\u201CWe are ready,\u201D said Mayor Joan Price. The council met for two hours. \u201CNow we need the money.\u201D");

        Assert.Equal("Joan Price", article.Quote("Now we need the money.").Speaker?.Name);
    }

    [Fact]
    public void A_quotation_before_an_attributed_one_shares_its_speaker()
    {
        var article = QuoteParsing.Parse("\u201CNo.\u201D \u201CAbsolutely not, and I will say it again tomorrow,\u201D Senator Ellen Park said.");

        Assert.Equal("Ellen Park", article.Quote("No.").Speaker?.Name);
    }

    [Fact]
    public void A_passive_verb_does_not_make_its_subject_the_speaker()
    {
        var article = QuoteParsing.Parse("The White House said the president had been briefed and that the country \u201Cdoes not seek a wider war\u201D in the region.");

        Assert.Equal("White House", article.Quote("does not seek a wider war").Speaker?.Name);
    }

    [Fact]
    public void A_person_speaks_before_a_country_or_an_outlet_in_the_same_sentence()
    {
        var article = QuoteParsing.Parse(
            "Minister Ivo Kral spoke on Monday, saying that Hungary had warned that the deal would \u201Cfall apart sooner or later\u201D, Reuters reported.");

        Assert.Equal("Ivo Kral", article.Quote("fall apart sooner or later").Speaker?.Name);
    }

    [Fact]
    public void Unnamed_sources_speak_but_name_nobody()
    {
        var article = QuoteParsing.Parse(
            "\u201CWe are going after the networks,\u201D said a senior administration official, who was not authorized to speak publicly.",
            "Critics have called the plan \u201Ctoo little, too late\u201D in recent days.");

        Assert.Null(article.Quote("We are going after the networks,").Speaker);
        Assert.Equal("said", article.Quote("We are going after the networks,").Cue);
        Assert.Null(article.Quote("too little, too late").Speaker);
    }

    [Fact]
    public void A_quotation_with_no_attribution_anywhere_has_no_speaker()
    {
        var article = QuoteParsing.Parse("The word on every banner at the march was \u201Cenough\u201D, and the crowd was larger than last year.");

        var quote = Assert.Single(article.Quotes);
        Assert.Null(quote.Speaker);
    }
}
