using System;
using System.Linq;

namespace NewsCorpus.Tests;

/// <summary>The article structure of the compiled seed dataset, through the public API a user sees.</summary>
public sealed class StructureTests
{
    private static Article Seed(string id) => Corpus.FindArticle(id) ?? throw new InvalidOperationException("missing seed " + id);

    [Fact]
    public void Seed_002_has_its_section_headline_date_dateline_and_agency()
    {
        var article = Seed("002_c550625fe29d2797");

        Assert.Equal("Government Bodies", article.Section);
        Assert.Equal("Lavrov: U.S. policy of unrestrained NATO expansion provoked conflict in Ukraine", article.Title);
        Assert.Equal(new DateTime(2024, 1, 18, 14, 32, 0), article.PublishedAt);
        Assert.Equal("MINSK", article.Dateline);
        Assert.Equal("BelTA", article.Agency);
        Assert.StartsWith("The U.S. policy of", article.Paragraphs[0].Text);
    }

    [Fact]
    public void Seed_002_has_no_caption_or_prompt_among_its_paragraphs_and_explains_their_removal()
    {
        var article = Seed("002_c550625fe29d2797");

        Assert.DoesNotContain(article.Paragraphs, p => p.Text.Contains("Image credit", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Paragraphs, p => p.Text == "Subscribe to us");
        Assert.Contains(article.Removed, r => r.Reason == RemovalReason.Caption && r.Text.Contains("Image credit", StringComparison.Ordinal));
        Assert.Contains(article.Removed, r => r.Reason == RemovalReason.Prompt && r.Text == "Subscribe to us");
        Assert.Contains(article.Removed, r => r.Reason == RemovalReason.Section && r.Text == "Government Bodies");
    }

    [Fact]
    public void Seed_004_has_its_headline_once_and_two_subheadings_that_paragraphs_sit_under()
    {
        var article = Seed("004_e6b917c242a3da36");

        Assert.Equal("International", article.Section);
        Assert.DoesNotContain(article.Paragraphs, p => p.Text == article.Title);
        Assert.Equal(new[] { "Warnings to the West", "NATO Expansion and Red Lines" }, article.Subheadings);
        Assert.Null(article.Paragraphs[0].Subheading);
        Assert.Equal("NATO Expansion and Red Lines", article.Paragraphs[^1].Subheading);
        Assert.Contains(article.Removed, r => r.Reason == RemovalReason.Duplicate && r.Text == article.Title);
    }

    [Fact]
    public void Seed_001_has_its_author_and_credit_and_no_bio_in_its_body()
    {
        var article = Seed("001_55f9021611d1d6db");

        Assert.Equal(new[] { "Jack Phillips" }, article.Authors);
        Assert.Equal(new[] { "Reuters contributed to this report." }, article.Credits);
        Assert.DoesNotContain(article.Paragraphs, p => p.Text.Contains("Phillips", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(article.Removed, r => r.Reason == RemovalReason.AuthorBio);
    }

    [Fact]
    public void Articles_without_a_printed_date_have_none()
    {
        Assert.All(
            new[] { "000_26f454d97304e2b8", "001_55f9021611d1d6db", "003_fdf5a3c8ae985b17", "004_e6b917c242a3da36" },
            id => Assert.Null(Seed(id).PublishedAt));
    }

    [Fact]
    public void Word_count_counts_the_body_only()
    {
        var article = Seed("002_c550625fe29d2797");
        var words = article.Paragraphs.Sum(p => p.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);

        // The two counts differ only in how they split "U.S." or "anti-Russian"; the caption and prompts add nothing.
        Assert.InRange(article.WordCount, words - 20, words + 20);
        Assert.DoesNotContain("Subscribe", article.Body, StringComparison.Ordinal);
    }
}
