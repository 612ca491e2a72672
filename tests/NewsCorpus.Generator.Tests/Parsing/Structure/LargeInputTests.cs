using System.Text;
using static NewsCorpus.Generator.Tests.Parsing.Structure.StructureKit;

namespace NewsCorpus.Generator.Tests.Parsing.Structure;

/// <summary>
/// Inputs far larger than any article. These assert the result only; the rules are linear by construction
/// (timings are measured in docs/parsing.md, not asserted here).
/// </summary>
public sealed class LargeInputTests
{
    [Fact]
    public void A_twenty_megabyte_single_line_is_the_title_and_nothing_is_lost()
    {
        var text = new StringBuilder().Insert(0, "word ", 4_000_000).ToString().TrimEnd();

        var article = Parse(text);

        Assert.Equal(text.Length, article.Title.Length);
        Assert.Empty(article.Paragraphs);
    }

    [Fact]
    public void A_twenty_megabyte_body_line_is_one_paragraph()
    {
        var line = new StringBuilder().Insert(0, "The talks went on. ", 1_000_000).ToString();

        var article = Parse("A headline above a very long paragraph\n\n" + line);

        Assert.Equal(line.Trim(), Assert.Single(article.Paragraphs).Text);
    }

    [Fact]
    public void A_hundred_thousand_short_lines_are_all_kept()
    {
        var builder = new StringBuilder("A headline above many short lines\n\n");
        for (var i = 0; i < 100_000; i++)
        {
            builder.Append("Line number ").Append(i).Append(" of the list.\n");
        }

        var article = Parse(builder.ToString());

        Assert.Equal(100_000, article.Paragraphs.Count);
        Assert.Equal("Line number 99999 of the list.", article.Paragraphs[^1].Text);
    }

    [Fact]
    public void A_hundred_thousand_label_shaped_lines_do_not_stall_the_headline_search()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 100_000; i++)
        {
            builder.Append("World News\n");
        }

        var article = Parse(builder.ToString());

        Assert.Equal("World News", article.Title);
        Assert.Equal(99_999, article.Removed.Count);
    }
}
