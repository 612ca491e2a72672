using NewsCorpus.Generator.Model;
using static NewsCorpus.Generator.Tests.Parsing.Structure.StructureKit;

namespace NewsCorpus.Generator.Tests.Parsing.Structure;

public sealed class HeadlineTests
{
    [Fact]
    public void The_headline_comes_after_navigation_labels_and_page_dates()
    {
        var article = Parse(SampleArticles.PortalWithNavigation);

        Assert.Equal("Parliament approves new budget after marathon session", article.Title);
        Assert.Equal("Politics", article.Section);
        Assert.Equal(RemovalReason.SiteChrome, RemovedLine(article, "Skip to content").Reason);
        Assert.Equal(RemovalReason.SiteChrome, RemovedLine(article, "Home | World | Business | Sport | Culture").Reason);
        Assert.Equal(RemovalReason.Section, RemovedLine(article, "Politics").Reason);
    }

    [Theory]
    [InlineData("International\n\nMoscow: We are ready for dialogue with all sides\n\nThe ministry said on Monday that talks could resume within weeks if both sides agreed.\n", "International")]
    [InlineData("Government Bodies\nAll news\nMinistry publishes its annual report on regional development\n\nThe report was presented on Tuesday by the deputy minister to members of the press in the capital.\n", "Government Bodies")]
    [InlineData("Science and Technology\n\nTelescope captures the most distant galaxy seen so far\n\nAstronomers said on Friday that the galaxy formed less than 300 million years after the Big Bang.\n", "Science and Technology")]
    public void A_short_label_above_the_headline_is_the_section(string text, string section)
    {
        var article = Parse(text);

        Assert.Equal(section, article.Section);
        Assert.NotEqual(section, article.Title);
        Assert.Equal(RemovalReason.Section, RemovedLine(article, section).Reason);
    }

    [Fact]
    public void A_breadcrumb_gives_the_section_when_there_is_no_label()
    {
        var article = Parse("Home \u203A News \u203A Economy\n\nCentral bank holds interest rates steady for a third month\n\nThe bank said inflation was falling but remained above its target of two percent.\n");

        Assert.Equal("Economy", article.Section);
        Assert.Equal("Central bank holds interest rates steady for a third month", article.Title);
    }

    [Fact]
    public void A_short_headline_on_the_first_line_is_the_headline_not_a_section()
    {
        var article = Parse(SampleArticles.ShortHeadline);

        Assert.Equal("Markets Rally", article.Title);
        Assert.Null(article.Section);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void A_headline_repeated_on_the_next_line_appears_once()
    {
        var text = "Moscow ready for dialogue with Washington\n\nMoscow ready for dialogue with Washington\n\nThe deputy minister said contacts continued through the embassies.\n";
        var article = Parse(text);

        Assert.Equal("Moscow ready for dialogue with Washington", article.Title);
        Assert.Equal(new[] { "The deputy minister said contacts continued through the embassies." }, Paragraphs(article));
        var duplicate = Assert.Single(article.Removed);
        Assert.Equal(RemovalReason.Duplicate, duplicate.Reason);
        Assert.Equal(2, duplicate.Line);
    }

    [Fact]
    public void A_headline_repeated_in_bold_or_as_a_heading_is_still_a_duplicate()
    {
        var article = Parse("# Moscow ready for dialogue with Washington\n\n**Moscow ready for dialogue with Washington**\n\nThe deputy minister said contacts continued through the embassies.\n");

        Assert.Equal("Moscow ready for dialogue with Washington", article.Title);
        Assert.Equal(RemovalReason.Duplicate, RemovedLine(article, "**Moscow ready for dialogue with Washington**").Reason);
        Assert.Empty(article.Subheadings);
    }

    [Fact]
    public void A_lead_that_opens_with_the_headline_keeps_all_its_words()
    {
        var article = Parse(SampleArticles.HeadlineAsLead);

        Assert.Equal("Council backs plan to reopen the old railway line", article.Title);
        Assert.Equal("Council backs plan to reopen the old railway line, ending months of debate over the cost of the project.", article.Paragraphs[0].Text);
    }

    [Fact]
    public void A_markdown_headline_loses_its_marker()
    {
        var article = Parse(SampleArticles.MarkdownFeature);

        Assert.Equal("How cities are adapting to hotter summers", article.Title);
    }

    [Fact]
    public void A_byline_or_caption_before_the_headline_is_not_taken_for_it()
    {
        var article = Parse("By Jane Doe\nPhoto: Ministry of Defence\n\nArmy to recruit ten thousand reservists this year\n\nThe defence ministry said on Monday the new reservists would serve in logistics units.\n");

        Assert.Equal("Army to recruit ten thousand reservists this year", article.Title);
        Assert.Equal(new[] { "Jane Doe" }, article.Authors);
    }

    [Fact]
    public void A_weekday_alone_above_the_headline_is_chrome_not_a_section()
    {
        var article = Parse("Thursday\n\nRail workers announce strike for next week\n\nThe union said the strike would last three days and affect most regional lines.\n");

        Assert.Equal("Rail workers announce strike for next week", article.Title);
        Assert.Null(article.Section);
        Assert.Equal(RemovalReason.SiteChrome, RemovedLine(article, "Thursday").Reason);
    }
}
