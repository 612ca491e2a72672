using NewsCorpus.Generator.Parsing.Structure;
using static NewsCorpus.Generator.Tests.Parsing.Structure.StructureKit;

namespace NewsCorpus.Generator.Tests.Parsing.Structure;

public sealed class DatelineTests
{
    [Theory]
    [InlineData("MINSK, 18 January (BelTA) - The minister said.", "MINSK", "BelTA", 18, 1, "The minister said.")]
    [InlineData("WASHINGTON (AP) \u2014 The Senate passed the bill.", "WASHINGTON", "AP", 0, 0, "The Senate passed the bill.")]
    [InlineData("LONDON, Jan 5 (Reuters) - Shares fell.", "LONDON", "Reuters", 5, 1, "Shares fell.")]
    [InlineData("KYIV, Ukraine (AP) \u2014 Drones struck overnight.", "KYIV, Ukraine", "AP", 0, 0, "Drones struck overnight.")]
    [InlineData("WASHINGTON, Jan. 18, 2024 (Reuters) - Talks resumed.", "WASHINGTON", "Reuters", 18, 1, "Talks resumed.")]
    [InlineData("Moscow, Jan 18 (Reuters) - Talks resumed.", "Moscow", "Reuters", 18, 1, "Talks resumed.")]
    [InlineData("NEW YORK (CNN)\u2014Stocks rose.", "NEW YORK", "CNN", 0, 0, "Stocks rose.")]
    [InlineData("ST. LOUIS \u2014 Flood waters receded.", "ST. LOUIS", null, 0, 0, "Flood waters receded.")]
    [InlineData("MOSCOW/KYIV (Reuters) - Both sides said.", "MOSCOW/KYIV", "Reuters", 0, 0, "Both sides said.")]
    [InlineData("(Reuters) - Oil prices rose.", null, "Reuters", 0, 0, "Oil prices rose.")]
    [InlineData("BERLIN, March 3 (dpa) -- Trains stopped.", "BERLIN", "dpa", 3, 3, "Trains stopped.")]
    public void Datelines_give_place_agency_and_day(string text, string? place, string? agency, int day, int month, string body)
    {
        Assert.True(DatelineParser.TryParse(text, out var dateline));
        Assert.Equal(place, dateline.Place);
        Assert.Equal(agency, dateline.Agency);
        Assert.Equal((day, month), (dateline.Day, dateline.Month));
        Assert.Equal(body, text.Substring(dateline.BodyStart));
    }

    [Theory]
    [InlineData("NATO said on Monday it would send more ships.")]
    [InlineData("THE Kremlin rejected the proposal.")]
    [InlineData("US \u2014 Russia talks stalled again.")]
    [InlineData("Moscow \u2014 the capital \u2014 was quiet.")]
    [InlineData("NATO \u2014 the alliance said \u2014 would respond.")]
    [InlineData("MOSCOW, which hosted the talks, said nothing.")]
    [InlineData("Russian officials said (local time) - nothing.")]
    [InlineData("\"We will win,\" he said.")]
    public void Story_openings_are_not_datelines(string text)
    {
        Assert.False(DatelineParser.TryParse(text, out _));
    }

    [Fact]
    public void The_dateline_is_taken_off_the_paragraph_and_stored()
    {
        var article = Parse(SampleArticles.WireWithByline);

        Assert.Equal("LONDON", article.Dateline);
        Assert.Equal("Reuters", article.Agency);
        Assert.StartsWith("Britain's economy has held up better than expected", article.Paragraphs[0].Text);
    }

    [Fact]
    public void A_dateline_after_a_standfirst_is_still_found()
    {
        var article = Parse(
            "Flooding closes roads across the north\n\n" +
            "Heavy rain is expected to continue until Sunday\n\n" +
            "LEEDS (PA) - Dozens of roads were closed on Friday after rivers burst their banks across northern England.\n");

        Assert.Equal("LEEDS", article.Dateline);
        Assert.Equal("PA", article.Agency);
        Assert.Equal("Heavy rain is expected to continue until Sunday", article.Paragraphs[0].Text);
        Assert.StartsWith("Dozens of roads", article.Paragraphs[1].Text);
    }

    [Fact]
    public void A_dateline_further_into_the_story_is_story_text()
    {
        var article = Parse(
            "Flooding closes roads across the north\n\n" +
            "Dozens of roads were closed on Friday after rivers burst their banks.\n\n" +
            "Police urged drivers to stay at home.\n\n" +
            "LEEDS (PA) - More rain is forecast for the weekend.\n");

        Assert.Null(article.Dateline);
        Assert.Equal("LEEDS (PA) - More rain is forecast for the weekend.", article.Paragraphs[2].Text);
    }
}
