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

    // Attribution works sentence by sentence with bounded look-back windows (SpeakerResolver, CueFrames,
    // PronounResolver), so one paragraph with thousands of quotes costs time linear in its length.
    [Fact]
    public void A_single_20_MB_line_of_article_text_with_quotes_parses()
    {
        var line = "A headline for one enormous paragraph\n\n" + SeedTexts.Repeat(20 * MB, " ");

        var parsed = Parse(line);

        var article = parsed.Article!;
        Assert.DoesNotContain(parsed.Diagnostics, d => d.DescriptorId == DiagnosticIds.ParserFailure);
        Assert.NotEmpty(article.Quotes);
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
    public void A_50_MB_file_of_article_text_generates_and_compiles()
    {
        var text = "A headline above fifty megabytes of article text\n\n" + SeedTexts.Repeat(50 * MB, "\n\n", numbered: true);

        var run = new CorpusProject().WithFile("big.txt", text).Run().ShouldCompile();

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is DiagnosticIds.ParserFailure or DiagnosticIds.ArticleTooLarge or DiagnosticIds.CorpusTooLarge);
        Assert.Contains(run.CorpusSources, s => s.HintName.Contains(".Data", System.StringComparison.Ordinal));
    }
}
