using NewsCorpus.Generator.Parsing.Structure;
using static NewsCorpus.Generator.Tests.Parsing.Structure.StructureKit;

namespace NewsCorpus.Generator.Tests.Parsing.Structure;

public sealed class SubheadingTests
{
    private const string Headline = "Cities prepare for a summer of record heat\n\n";
    private const string Lead = "Cities across southern Europe are planting trees and opening cooling centres this year.\n\n";
    private const string Follow = "Planners now treat shade like roads or water pipes, something every street must have.\n";

    [Theory]
    [InlineData("## Shade as infrastructure", "Shade as infrastructure")]
    [InlineData("# Shade as infrastructure #", "Shade as infrastructure")]
    [InlineData("**Shade as infrastructure**", "Shade as infrastructure")]
    [InlineData("__Shade as infrastructure__", "Shade as infrastructure")]
    [InlineData("Shade as infrastructure", "Shade as infrastructure")]
    [InlineData("### What happens next?", "What happens next?")]
    [InlineData("5 things to know", "5 things to know")]
    public void Short_heading_lines_between_paragraphs_are_subheadings_without_markup(string line, string subheading)
    {
        var article = Parse(Headline + Lead + line + "\n\n" + Follow);

        Assert.Equal(new[] { subheading }, article.Subheadings);
        Assert.Equal(-1, article.Paragraphs[0].Subheading);
        Assert.Equal(0, article.Paragraphs[1].Subheading);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Theory]
    [InlineData("The mayor said more was needed.")]
    [InlineData("He added that the work would continue")]
    [InlineData("\u201CWe need shade\u201D")]
    [InlineData("Officials have not said how much this will cost the city and its residents")]
    [InlineData("**Editor's note: this story was updated.**")]
    public void Sentences_and_long_lines_are_paragraphs(string line)
    {
        var article = Parse(Headline + Lead + line + "\n\n" + Follow);

        Assert.Empty(article.Subheadings);
        Assert.Equal(3, article.Paragraphs.Count);
    }

    [Fact]
    public void A_short_line_with_nothing_after_it_is_not_a_subheading()
    {
        var article = Parse(Headline + Lead + "Planners now treat shade like roads or water pipes.\n\nWhat comes next\n");

        Assert.Empty(article.Subheadings);
        Assert.Equal("What comes next", article.Paragraphs[^1].Text);
    }

    [Fact]
    public void Each_paragraph_knows_the_subheading_it_sits_under()
    {
        var article = Parse(SampleArticles.MarkdownFeature);

        Assert.Equal(new[] { "Shade as infrastructure", "What comes next" }, article.Subheadings);
        Assert.Equal(new[] { -1, 0, 0, 1 }, System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(article.Paragraphs, p => p.Subheading)));
    }

    [Fact]
    public void A_heading_alone_between_blank_lines_of_wrapped_text_is_a_subheading()
    {
        var article = Parse(SampleArticles.HardWrappedNewsletter);

        Assert.Equal(new[] { "What happens next" }, article.Subheadings);
        Assert.Equal(0, article.Paragraphs[^1].Subheading);
    }

    [Theory]
    [InlineData("# Heading", true)]
    [InlineData("**Bold line**", true)]
    [InlineData("#hashtag", false)]
    [InlineData("**Bold** and plain", false)]
    [InlineData("Plain line", false)]
    public void Markup_knows_a_marked_heading(string text, bool marked)
    {
        Assert.Equal(marked, Markup.IsMarkedHeading(text));
    }
}
