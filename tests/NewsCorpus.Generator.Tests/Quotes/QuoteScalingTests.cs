using System.Linq;
using System.Text;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing;
using NewsCorpus.Generator.Parsing.Quotes;
using NewsCorpus.Generator.Parsing.Structure;

namespace NewsCorpus.Generator.Tests.Quotes;

/// <summary>
/// Pathological paragraphs go through quotation extraction completely and correctly. These assert results, not
/// time: a quadratic step would make them run for hours instead of seconds. They run the structure and quotation
/// stages only, so they measure this code and not the later ones. Timings of the whole parser come from
/// <c>dotnet run -c Release --project benchmarks/NewsCorpus.Accuracy -- --stress</c> (docs/accuracy.md).
/// </summary>
public sealed class QuoteScalingTests
{
    [Fact]
    public void Ten_thousand_marks_in_one_paragraph()
    {
        var paragraph = new StringBuilder();
        for (var i = 0; i < 5_000; i++)
        {
            paragraph.Append("He said \"yes\" and ");
        }

        var article = Quotations(paragraph.ToString().TrimEnd());

        Assert.Equal(5_000, article.Quotes.Count);
        Assert.All(article.Quotes, q => Assert.Equal("yes", q.Text));
    }

    [Fact]
    public void Ten_thousand_opening_marks_that_never_close()
    {
        var article = Quotations(string.Concat(Enumerable.Repeat("\u201Cno ", 10_000)));

        Assert.Equal(10_000, article.Quotes.Count);
    }

    [Fact]
    public void A_multi_megabyte_single_line_paragraph_with_quotations()
    {
        const string Sentence = "\u201CWe will win,\u201D said Jane Doe. The minister added that \"talks\" would go on. ";
        var paragraph = new StringBuilder();
        while (paragraph.Length < 2 * 1024 * 1024)
        {
            paragraph.Append(Sentence);
        }

        var article = Quotations(paragraph.ToString().TrimEnd());

        var sentences = paragraph.Length / Sentence.Length;
        Assert.Equal(2 * sentences, article.Quotes.Count);
        Assert.Equal("Jane Doe", article.Quotes[article.Quotes.Count - 2].Speaker?.Name);
        article.AssertOffsets();
    }

    /// <summary>Structure, quotations and speakers of a one-paragraph article, without the later parsing stages.</summary>
    private static ArticleSpec Quotations(string paragraph)
    {
        var lines = LineSplitter.Split(QuoteParsing.Headline + "\n\n" + paragraph + "\n");
        var draft = new ArticleDraft("scaling", "scaling.txt", new SourceMap("/corpus/scaling.txt", lines));
        StructureParser.Parse(lines, draft);
        QuoteExtractor.Extract(draft);
        SpeakerResolver.Resolve(draft);
        return draft.ToSpec();
    }
}
