using NewsCorpus.Generator.Model;
using static NewsCorpus.Generator.Tests.Parsing.Structure.StructureKit;

namespace NewsCorpus.Generator.Tests.Parsing.Structure;

public sealed class PublicationDateTests
{
    private const string Body = "\n\nThe committee said on Monday that the new rules would take effect next year after a consultation.\n";

    [Fact]
    public void The_dated_line_with_a_time_beats_the_page_date()
    {
        var article = Parse(SampleArticles.PortalWithNavigation);

        Assert.Equal("2024-03-12T18:45:00", article.PublishedAt);
        Assert.Equal(RemovalReason.PublicationDate, RemovedLine(article, "12.03.2024 18:45").Reason);
        Assert.Equal(RemovalReason.SiteChrome, RemovedLine(article, "Wednesday, 24 April 2024").Reason);
    }

    [Fact]
    public void A_page_date_cut_off_from_the_headline_by_navigation_is_never_the_publication_date()
    {
        var article = Parse("Flag Wednesday, 24 April 2024\nAll news\n\nCommittee approves new fishing quotas for the coming season" + Body);

        Assert.Null(article.PublishedAt);
        Assert.Equal(RemovalReason.SiteChrome, RemovedLine(article, "Flag Wednesday, 24 April 2024").Reason);
    }

    [Fact]
    public void A_date_under_the_headline_is_the_publication_date()
    {
        var article = Parse("Wednesday, 24 April 2024\nAll news\n\nCommittee approves new fishing quotas for the coming season\nJanuary 18, 2024" + Body);

        Assert.Equal("2024-01-18", article.PublishedAt);
    }

    [Fact]
    public void A_date_below_the_standfirst_and_byline_is_the_publication_date()
    {
        var article = Parse(
            "Committee approves new fishing quotas for the coming season\n\n" +
            "The decision ends a year of talks between the government and the fishing industry.\n\n" +
            "By Ola Nordmann\n" +
            "18 January 2024\n\n" +
            "The committee said the new rules would take effect next year after a consultation.\n\n" +
            "Published 20 January 2024\n\n" +
            "Fishing groups welcomed the decision but said the quotas were still too low.\n");

        Assert.Equal("2024-01-18", article.PublishedAt);
        Assert.Equal(new[] { "Ola Nordmann" }, article.Authors);
        Assert.Equal(RemovalReason.SiteChrome, RemovedLine(article, "Published 20 January 2024").Reason);
    }

    [Fact]
    public void The_dateline_picks_the_date_that_agrees_with_it()
    {
        var article = Parse(
            "Committee approves new fishing quotas for the coming season\n" +
            "Published 17 January 2024\n" +
            "Updated 19 January 2024 08:00\n\n" +
            "OSLO, 17 January (NTB) - The committee said the new rules would take effect next year after a consultation.\n");

        Assert.Equal("2024-01-17", article.PublishedAt);
        Assert.Equal("OSLO", article.Dateline);
    }

    [Fact]
    public void A_header_date_the_dateline_contradicts_is_not_used()
    {
        var article = Parse(
            "Committee approves new fishing quotas for the coming season\n" +
            "24 April 2024\n\n" +
            "OSLO, 17 January (NTB) - The committee said the new rules would take effect next year after a consultation.\n");

        Assert.Null(article.PublishedAt);
    }

    [Fact]
    public void Relative_days_and_dates_in_the_story_never_become_the_publication_date()
    {
        var article = Parse(SampleArticles.RelativeDaysOnly);

        Assert.Null(article.PublishedAt);
        Assert.Empty(article.Removed);
    }

    [Theory]
    [InlineData(SampleArticles.WireWithByline, "2024-01-05T10:15:00")]
    [InlineData(SampleArticles.ApStory, "2024-02-16T15:42:00")]
    [InlineData(SampleArticles.BlogWithComments, "2023-03-03")]
    public void Dates_from_several_outlets_are_read(string text, string iso)
    {
        Assert.Equal(iso, Parse(text).PublishedAt);
    }
}
