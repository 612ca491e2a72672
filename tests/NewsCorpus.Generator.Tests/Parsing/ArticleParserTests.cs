using System.Linq;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing;

namespace NewsCorpus.Generator.Tests.Parsing;

public sealed class ArticleParserTests
{
    private static ArticleSpec Parse(string text, string id = "test") =>
        ArticleParser.Parse(new CorpusFileSpec("/corpus/" + id + ".txt", id, text)).Article!;

    [Fact]
    public void Site_chrome_before_the_headline_is_set_aside()
    {
        var article = Parse("All news\nA headline that reads as a headline\n\nThe body paragraph.\n");

        Assert.Equal("A headline that reads as a headline", article.Title);
        Assert.Equal(new[] { "The body paragraph." }, article.Paragraphs.Select(p => p.Text));
        Assert.Contains(article.Removed, r => r.Text == "All news" && r.Reason == global::NewsCorpus.RemovalReason.SiteChrome);
    }

    [Theory]
    [InlineData("Line one of the headline here\nBody.\n")]
    [InlineData("Line one of the headline here\r\nBody.\r\n")]
    [InlineData("Line one of the headline here\rBody.\r")]
    [InlineData("Line one of the headline here\r\nBody.\n")]
    public void Every_line_ending_gives_the_same_article(string text)
    {
        var article = Parse(text);

        Assert.Equal("Line one of the headline here", article.Title);
        Assert.Equal("Body.", Assert.Single(article.Paragraphs).Text);
    }

    [Fact]
    public void A_repeated_headline_appears_once()
    {
        var article = Parse("A headline that is repeated below\n\nA headline that is repeated below\n\nBody text.\n");

        Assert.Single(article.Paragraphs);
        Assert.Contains(article.Removed, r => r.Reason == global::NewsCorpus.RemovalReason.Duplicate);
    }

    [Fact]
    public void Quote_offsets_point_at_the_quoted_words()
    {
        var article = Parse("Headline for the quote offsets test\n\n\u201CWe will win,\u201D said Jane Doe.\n");

        var quote = Assert.Single(article.Quotes);
        var paragraph = article.Paragraphs[quote.Paragraph].Text;
        Assert.Equal("We will win,", quote.Text);
        Assert.Equal(quote.Text, paragraph.Substring(quote.Start, quote.End - quote.Start));
        Assert.Equal("Jane Doe", quote.Speaker?.Name);
        Assert.Equal("said", quote.Cue);
    }

    [Fact]
    public void Apostrophes_are_not_quotation_marks()
    {
        var article = Parse("Headline for the apostrophe test\n\nRussia\u2019s view isn\u2019t new and it's old.\n");

        Assert.Empty(article.Quotes);
    }

    [Fact]
    public void Whitespace_only_file_gives_no_article_and_a_diagnostic()
    {
        var result = ArticleParser.Parse(new CorpusFileSpec("/corpus/blank.txt", "blank", " \n\t\n"));

        Assert.Null(result.Article);
        Assert.Equal(DiagnosticIds.EmptyFile, Assert.Single(result.Diagnostics).DescriptorId);
    }
}
