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

    // Skipped: quote attribution is no longer the cost (see the next test), but the whole parse still grows
    // faster than linearly on one huge paragraph, in entity extraction (Parsing/Entities, run after attribution):
    // a line of seed text took 1.2 s at 1 MB, 2.6 s at 2 MB and 61 s at 5 MB (`NewsCorpus.Accuracy --stress
    // --sizes 1,2,5`, "MB line of seed article text"), of which structure, quotes and speakers were under 2 s.
    [Fact(Skip = "Superlinear entity extraction on one huge paragraph (Parsing/Entities); attribution itself is linear, see below")]
    public void A_single_20_MB_line_of_article_text_with_quotes_parses()
    {
        var line = "A headline for one enormous paragraph\n\n" + SeedTexts.Repeat(20 * MB, " ");

        var parsed = Parse(line);

        var article = parsed.Article!;
        Assert.DoesNotContain(parsed.Diagnostics, d => d.DescriptorId == DiagnosticIds.ParserFailure);
        Assert.NotEmpty(article.Quotes);
        Assert.All(article.Quotes, q => Assert.Equal(q.Text, article.Paragraphs[q.Paragraph].Text.Substring(q.Start, q.End - q.Start)));
    }

    // Attribution works sentence by sentence with bounded look-back windows (SpeakerResolver, CueFrames,
    // ClauseChooser, PronounResolver), so one 20 MB paragraph with tens of thousands of quotations is read in
    // linear time. The bound is generous for a shared CI machine; it is minutes if anything turns quadratic.
    [Fact]
    public void Quotes_of_a_single_20_MB_line_of_article_text_are_found_and_attributed_in_linear_time()
    {
        var text = "A headline for one enormous paragraph\n\n" + SeedTexts.Repeat(20 * MB, " ");
        var lines = NewsCorpus.Generator.Parsing.LineSplitter.Split(text);
        var draft = new NewsCorpus.Generator.Parsing.ArticleDraft("huge", "huge.txt", new NewsCorpus.Generator.Parsing.SourceMap(CorpusProject.CorpusPath("huge.txt"), lines));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        NewsCorpus.Generator.Parsing.Structure.StructureParser.Parse(lines, draft);
        NewsCorpus.Generator.Parsing.Quotes.QuoteExtractor.Extract(draft);
        NewsCorpus.Generator.Parsing.Quotes.SpeakerResolver.Resolve(draft);

        watch.Stop();
        Assert.True(draft.Quotes.Count > 10_000, draft.Quotes.Count + " quotes");
        Assert.Contains(draft.Quotes, q => q.Speaker is not null);
        Assert.True(watch.Elapsed.TotalSeconds < 30, watch.Elapsed.TotalSeconds + " s");
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
