using System.Linq;
using System.Text;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing.Input;
using NewsCorpus.Generator.Tests.Infrastructure;
using NewsCorpus.Generator.Tests.Robustness.Support;

namespace NewsCorpus.Generator.Tests.Robustness;

/// <summary>
/// Inputs far larger than any article: the generator must get through them in seconds and produce code that
/// compiles. Timings are not asserted here; docs/robustness.md records them with the command that measures them.
/// </summary>
public sealed class HugeInputsTests
{
    private const int MB = 1 << 20;

    private static ParsedArticle Parse(string text) =>
        InputGate.Parse(new CorpusFileSpec(CorpusProject.CorpusPath("huge.txt"), "huge", text));

    [Fact]
    public void A_single_20_MB_line_of_plain_words_becomes_the_headline()
    {
        var line = string.Concat(Enumerable.Repeat("plain words without any marks ", (20 * MB / 30) + 1));

        var parsed = Parse(line);

        Assert.Equal(line.Trim(), parsed.Article!.Title);
        Assert.Empty(parsed.Article.Paragraphs);
        Assert.DoesNotContain(parsed.Diagnostics, d => d.DescriptorId == DiagnosticIds.ParserFailure);
    }

    // One paragraph with tens of thousands of quotations: attribution works sentence by sentence with bounded
    // look-back windows and entity grouping is indexed, so this takes seconds; anything quadratic would take hours.
    // Timings live in docs/robustness.md (`NewsCorpus.Accuracy --stress`), not in an assertion here.
    [Fact]
    public void A_single_20_MB_line_of_article_text_with_quotes_parses()
    {
        var line = "A headline for one enormous paragraph\n\n" + SeedTexts.Repeat(20 * MB, " ");

        var parsed = Parse(line);

        var article = parsed.Article!;
        Assert.DoesNotContain(parsed.Diagnostics, d => d.DescriptorId == DiagnosticIds.ParserFailure);
        Assert.True(article.Quotes.Count > 10_000, article.Quotes.Count + " quotes");
        Assert.Contains(article.Quotes, q => q.Speaker is not null);
        Assert.All(article.Quotes, q => Assert.Equal(q.Text, article.Paragraphs[q.Paragraph].Text.Substring(q.Start, q.End - q.Start)));
    }

    [Fact]
    public void One_hundred_thousand_short_lines_generate_and_compile()
    {
        var text = new StringBuilder("A headline above one hundred thousand short lines\n");
        for (var i = 0; i < 100_000; i++)
        {
            text.Append("Line ").Append(i).Append(" says little.\n");
        }

        var run = new CorpusProject().WithFile("lines.txt", text.ToString()).Run();
        var corpus = CompiledCorpus.Load(run);

        var article = Assert.Single(corpus.Articles);
        var paragraphs = (System.Collections.ICollection)CompiledCorpus.Get(article, "Paragraphs")!;
        var removed = (System.Collections.ICollection)CompiledCorpus.Get(article, "Removed")!;
        Assert.Equal(100_000, paragraphs.Count + removed.Count);
    }

    [Fact]
    public void A_50_MB_file_of_article_text_generates_well_formed_source()
    {
        var text = "A headline above fifty megabytes of article text\n\n" + SeedTexts.Repeat(50 * MB, "\n\n", numbered: true);

        // Binding 50 MB of inline data costs the compiler minutes and gigabytes (the reason NewsCorpusStorage=auto
        // stores such a corpus as a resource), so this checks the generated files parse; the smaller inputs above
        // compile in full.
        var run = new CorpusProject().WithFile("big.txt", text).Run().ShouldParse();

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is DiagnosticIds.ParserFailure or DiagnosticIds.ArticleTooLarge or DiagnosticIds.CorpusTooLarge);
        Assert.Contains(run.CorpusSources, s => s.HintName.Contains(".Data", System.StringComparison.Ordinal));
    }
}
