using System;
using System.IO;
using System.Linq;
using NewsCorpus.Generator.Model;
using static NewsCorpus.Generator.Tests.Parsing.Structure.StructureKit;

namespace NewsCorpus.Generator.Tests.Parsing.Structure;

/// <summary>The structure of the five seed articles, parsed from their files.</summary>
public sealed class SeedStructureTests
{
    private static ArticleSpec Seed(string id) =>
        Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", id + ".txt")), id);

    [Fact]
    public void Seed_002_has_section_headline_date_dateline_and_no_caption_or_prompt_in_its_body()
    {
        var article = Seed("002_c550625fe29d2797");

        Assert.Equal("Government Bodies", article.Section);
        Assert.Equal("Lavrov: U.S. policy of unrestrained NATO expansion provoked conflict in Ukraine", article.Title);
        Assert.Equal("2024-01-18T14:32:00", article.PublishedAt);
        Assert.Equal("MINSK", article.Dateline);
        Assert.Equal("BelTA", article.Agency);
        Assert.StartsWith("The U.S. policy of", article.Paragraphs[0].Text);
        Assert.DoesNotContain(article.Paragraphs, p => p.Text.Contains("Image credit", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Paragraphs, p => p.Text.Contains("Subscribe to us", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Paragraphs, p => p.Text.Contains("Recent news from", StringComparison.Ordinal));
        Assert.Equal(RemovalReason.SiteChrome, RemovedLine(article, "Flag Wednesday, 24 April 2024").Reason);
        Assert.Equal(RemovalReason.PublicationDate, RemovedLine(article, "18 January 2024, 14:32").Reason);
    }

    [Fact]
    public void Seed_004_has_its_headline_once_and_two_subheadings()
    {
        var article = Seed("004_e6b917c242a3da36");

        Assert.Equal("International", article.Section);
        Assert.Equal("Moscow: We Do Not Want to Cut Ties with Washington and Are Ready for Dialogue", article.Title);
        Assert.DoesNotContain(article.Paragraphs, p => p.Text == article.Title);
        Assert.Equal(RemovalReason.Duplicate, RemovedLine(article, article.Title).Reason);
        Assert.Equal(new[] { "Warnings to the West", "NATO Expansion and Red Lines" }, article.Subheadings);
        Assert.Equal(RemovalReason.Prompt, RemovedLine(article, "Our readers are reading too").Reason);
    }

    [Fact]
    public void Seed_001_has_its_author_and_credit_and_no_bio_in_its_body()
    {
        var article = Seed("001_55f9021611d1d6db");

        Assert.Equal(new[] { "Jack Phillips" }, article.Authors);
        Assert.Equal(new[] { "Reuters contributed to this report." }, article.Credits);
        Assert.DoesNotContain(article.Paragraphs, p => p.Text.Contains("Phillips", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(article.Paragraphs, p => p.Text.Contains("contributed to this report", StringComparison.Ordinal));
        Assert.Contains(article.Removed, r => r.Reason == RemovalReason.AuthorBio);
    }

    [Fact]
    public void Seed_000_reads_its_short_line_as_a_subheading()
    {
        var article = Seed("000_26f454d97304e2b8");

        Assert.Equal("US and NATO have no interest in a fair resolution to the Ukraine crisis, says Moscow", article.Title);
        Assert.Equal(new[] { "More than 600,000 people are in the combat zone" }, article.Subheadings);
        Assert.Equal(0, article.Paragraphs[^1].Subheading);
        Assert.Null(article.PublishedAt);
    }

    [Fact]
    public void Seed_003_keeps_its_lead_whole_and_drops_the_comment_form()
    {
        var article = Seed("003_fdf5a3c8ae985b17");

        Assert.Equal("Uncategorized", article.Section);
        Assert.StartsWith("Russia\u2019s foreign minister claims that NATO wants to pull Ukraine into the alliance, amid", article.Paragraphs[0].Text);
        Assert.Equal(RemovalReason.Prompt, RemovedLine(article, "Leave a Reply").Reason);
        Assert.Equal(RemovalReason.Prompt, RemovedLine(article, "Your email address will not be published.").Reason);
    }

    [Fact]
    public void Every_seed_with_a_headline_on_its_first_line_gets_that_headline()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt"))
        {
            var text = File.ReadAllText(path);
            var article = Parse(text);
            var first = text.Split('\n')[0].Trim();
            if (first.Split(' ').Length >= 4)
            {
                Assert.Equal(first, article.Title);
            }
        }
    }
}
