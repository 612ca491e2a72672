using System;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing.Structure;
using static NewsCorpus.Generator.Tests.Parsing.Structure.StructureKit;

namespace NewsCorpus.Generator.Tests.Parsing.Structure;

public sealed class BylineTests
{
    [Theory]
    [InlineData("By Jane Doe and John Roe", "Jane Doe|John Roe", null)]
    [InlineData("By Jane Doe, John Roe and Ann Poe", "Jane Doe|John Roe|Ann Poe", null)]
    [InlineData("By JANE DOE, Reuters | 18 January 2024", "Jane Doe", "Reuters")]
    [InlineData("By MARY SMITH Associated Press", "Mary Smith", "Associated Press")]
    [InlineData("BY SEAN O'BRIEN AND MARY-JANE KELLY", "Sean O'Brien|Mary-Jane Kelly", null)]
    [InlineData("By Ludwig van der Berg, Staff Writer", "Ludwig van der Berg", null)]
    [InlineData("Written by Jack phillips", "Jack Phillips", null)]
    [InlineData("Author: Anna Petrova", "Anna Petrova", null)]
    [InlineData("By Jane Doe & John Roe Updated 10:32 AM", "Jane Doe|John Roe", null)]
    [InlineData("*By Sam Lee*", "Sam Lee", null)]
    [InlineData("By Reuters", "", "Reuters")]
    public void Bylines_give_normalized_author_names(string text, string authors, string? agency)
    {
        Assert.True(BylineParser.TryParse(text, out var byline));
        Assert.Equal(authors.Split('|', StringSplitOptions.RemoveEmptyEntries), byline.Authors);
        Assert.Equal(agency, byline.Agency);
    }

    [Theory]
    [InlineData("By Thursday, the troops had left the city.")]
    [InlineData("By the numbers: how NATO grew")]
    [InlineData("By 2030, the plant will produce half the country's power.")]
    [InlineData("By March, prices had doubled.")]
    [InlineData("By Vladimir Putin's order, the troops withdrew.")]
    [InlineData("Byron Bay council rejected the plan.")]
    public void Sentences_that_open_with_by_are_not_bylines(string text)
    {
        Assert.False(BylineParser.TryParse(text, out _));
    }

    [Theory]
    [InlineData("Jack phillips", "Jack Phillips")]
    [InlineData("JANE DOE", "Jane Doe")]
    [InlineData("Maria de la Cruz", "Maria de la Cruz")]
    [InlineData("\u2014 Ian McDonald", "Ian McDonald")]
    public void A_lone_name_line_is_a_normalized_name(string text, string name)
    {
        Assert.True(BylineParser.TryParseNameLine(text, new KnownAuthors(), out var parsed));
        Assert.Equal(name, parsed);
    }

    [Theory]
    [InlineData("Subscribe to us")]
    [InlineData("Recent news from Belarus")]
    [InlineData("More than 600,000 people are in the combat zone")]
    [InlineData("Our readers are reading too")]
    [InlineData("The end.")]
    [InlineData("Thursday March")]
    public void Short_lines_that_are_not_names_are_not_taken_for_names(string text)
    {
        Assert.False(BylineParser.TryParseNameLine(text, new KnownAuthors(), out _));
    }

    [Fact]
    public void A_byline_at_the_top_is_removed_and_gives_the_authors()
    {
        var article = Parse(SampleArticles.WireWithByline);

        Assert.Equal(new[] { "Jane Doe", "John Roe" }, article.Authors);
        Assert.Equal(RemovalReason.Byline, RemovedLine(article, "By Jane Doe and John Roe, Reuters").Reason);
    }

    [Fact]
    public void A_name_and_bio_after_the_story_give_the_author_and_leave_the_body()
    {
        var article = Parse(SampleArticles.FeatureWithCaptionsAndBio);

        Assert.Equal(new[] { "Maria Gonzalez" }, article.Authors);
        Assert.Equal(RemovalReason.Byline, RemovedLine(article, "maria gonzalez").Reason);
        Assert.Equal(RemovalReason.AuthorBio, RemovedLine(article, "Maria Gonzalez is a freelance journalist based in Madrid who covers climate and energy.").Reason);
        Assert.DoesNotContain(article.Paragraphs, p => p.Text.Contains("Gonzalez", StringComparison.Ordinal));
    }

    [Fact]
    public void A_credit_line_becomes_a_credit()
    {
        var article = Parse(SampleArticles.ApStory);

        Assert.Equal(new[] { "Associated Press writer John Roe in Washington contributed to this report." }, article.Credits);
        Assert.Equal(new[] { "Mary Smith" }, article.Authors);
        Assert.DoesNotContain(article.Paragraphs, p => p.Text.Contains("contributed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_person_described_in_the_last_paragraph_of_the_story_is_not_a_bio_when_the_story_goes_on()
    {
        var article = Parse(
            "Journalist released after six months in detention\n\n" +
            "Anna Petrova is a reporter for a regional newspaper who was detained in March.\n\n" +
            "Her lawyer said she would return home on Friday and planned to keep working.\n");

        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Empty(article.Authors);
    }

    [Fact]
    public void An_about_the_author_note_is_a_bio()
    {
        var article = Parse(
            "Why cities need more trees\n\n" +
            "Trees cool streets, clean the air and make neighbourhoods quieter, research has shown for decades.\n\n" +
            "About the author: Sam Lee writes about cities and climate.\n");

        Assert.Equal(RemovalReason.AuthorBio, RemovedLine(article, "About the author: Sam Lee writes about cities and climate.").Reason);
        Assert.Single(article.Paragraphs);
    }
}
