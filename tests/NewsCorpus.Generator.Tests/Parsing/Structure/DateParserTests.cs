using System.Linq;
using NewsCorpus.Generator.Parsing.Structure;

namespace NewsCorpus.Generator.Tests.Parsing.Structure;

public sealed class DateParserTests
{
    [Theory]
    [InlineData("18 January 2024, 14:32", "2024-01-18T14:32:00")]
    [InlineData("January 18, 2024", "2024-01-18")]
    [InlineData("Jan. 18, 2024", "2024-01-18")]
    [InlineData("Sept. 5, 2023", "2023-09-05")]
    [InlineData("2024-01-18", "2024-01-18")]
    [InlineData("2024-01-18T14:32:05Z", "2024-01-18T14:32:05")]
    [InlineData("18.01.2024", "2024-01-18")]
    [InlineData("18.01.2024 14:32", "2024-01-18T14:32:00")]
    [InlineData("Wednesday, 24 April 2024", "2024-04-24")]
    [InlineData("Thu 18 January 2024 at 09:05", "2024-01-18T09:05:00")]
    [InlineData("18th of January, 2024", "2024-01-18")]
    [InlineData("January 5, 2024 10:15 AM GMT", "2024-01-05T10:15:00")]
    [InlineData("Published 3:42 PM EST, February 16, 2024", "2024-02-16T15:42:00")]
    [InlineData("Updated 12:05 a.m. ET, March 1, 2024", "2024-03-01T00:05:00")]
    [InlineData("14:32 | 18/01/2024", "2024-01-18T14:32:00")]
    [InlineData("1/18/2024", "2024-01-18")]
    [InlineData("29 February 2024", "2024-02-29")]
    public void Absolute_dates_in_the_common_news_forms_are_read(string text, string iso)
    {
        var date = Assert.Single(DateParser.Find(text));

        Assert.Equal(iso, date.ToIso());
    }

    [Theory]
    [InlineData("on Thursday")]
    [InlineData("Negotiators will meet again on Thursday, officials said.")]
    [InlineData("18 January")]
    [InlineData("January 2024")]
    [InlineData("03/04/2024")]
    [InlineData("31 February 2024")]
    [InlineData("29 February 2023")]
    [InlineData("2024-13-01")]
    [InlineData("version 1.2.2024.5")]
    [InlineData("The 600,000 troops arrived in 2014.")]
    public void Relative_partial_ambiguous_or_impossible_dates_are_not_dates(string text)
    {
        Assert.Empty(DateParser.Find(text));
    }

    [Fact]
    public void An_updated_date_is_marked_as_an_update()
    {
        var dates = DateParser.Find("Published 18 January 2024 | Updated 19 January 2024 10:00");

        Assert.Equal(new[] { false, true }, dates.Select(d => d.IsUpdate));
        Assert.Equal(new[] { "2024-01-18", "2024-01-19T10:00:00" }, dates.Select(d => d.ToIso()));
    }

    [Theory]
    [InlineData("Flag Wednesday, 24 April 2024", true)]
    [InlineData("18 January 2024, 14:32", true)]
    [InlineData("Posted on March 3, 2023 by admin", true)]
    [InlineData("Updated: 18.01.2024 14:32 GMT", true)]
    [InlineData("Summit set for 18 January 2024 in Geneva", false)]
    [InlineData("Parliament approves new budget after marathon session", false)]
    public void A_date_line_holds_a_date_and_at_most_two_other_words(string text, bool isDateLine)
    {
        Assert.Equal(isDateLine, DateParser.IsDateLine(text, DateParser.Find(text)));
    }

    [Theory]
    [InlineData("18 January", 18, 1)]
    [InlineData("Jan 5", 5, 1)]
    [InlineData("Jan. 5", 5, 1)]
    [InlineData("December 31st", 31, 12)]
    public void A_dateline_day_and_month_are_read_without_a_year(string text, int day, int month)
    {
        Assert.True(DateParser.TryParseDayMonth(text, out var d, out var m));
        Assert.Equal((day, month), (d, m));
    }

    [Theory]
    [InlineData("Ukraine")]
    [InlineData("30 February")]
    [InlineData("Jan 5 2024 extra")]
    public void Other_dateline_segments_are_not_a_day_and_month(string text)
    {
        Assert.False(DateParser.TryParseDayMonth(text, out _, out _));
    }
}
