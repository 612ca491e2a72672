using System.Linq;
using NewsCorpus.Generator.Tests.Infrastructure;

namespace NewsCorpus.Generator.Tests.Emit;

/// <summary>
/// Corpus text is data, never code: whatever an article contains compiles, and reads back through the
/// generated API exactly as it was written.
/// </summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> HostileText => new()
    {
        "Quote \" and backslash \\ and \\u0022 and \"\"\" raw",
        "Comment */ /* and // and #if DEBUG and #endregion",
        "Braces { } {{ }} and $\"{interpolation}\"",
        "Line\u2028separator and paragraph\u2029separator and next\u0085line",
        "Tab\tand bell\u0007 and nul\0 inside",
        "Non-ASCII: Зеленский, Łódź, 東京, emoji 🎉",
        "XML </summary> <see cref=\"x\"/> & &amp;",
    };

    [Theory]
    [MemberData(nameof(HostileText))]
    public void Hostile_text_compiles_and_round_trips(string hostile)
    {
        var run = new CorpusProject()
            .WithFile("hostile.txt", "Headline with hostile text inside " + hostile + "\n\nFirst paragraph " + hostile + ".\n")
            .Run();
        var corpus = CompiledCorpus.Load(run);

        var article = corpus.Articles[0]!;
        Assert.Equal(FirstLine("Headline with hostile text inside " + hostile), CompiledCorpus.Get(article, "Title"));
        var paragraphs = ((System.Collections.IEnumerable)CompiledCorpus.Get(article, "Paragraphs")!).Cast<object>().ToList();
        Assert.Contains(paragraphs, p => CompiledCorpus.Get(p, "Text")!.ToString()!.Contains("First paragraph", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Unpaired_surrogates_become_replacement_characters()
    {
        var run = new CorpusProject().WithFile("s.txt", "Headline with a broken \uD800 surrogate inside\n\nBody \uDC00 text.\n").Run();
        var article = CompiledCorpus.Load(run).Articles[0]!;

        Assert.Equal("Headline with a broken \uFFFD surrogate inside", CompiledCorpus.Get(article, "Title"));
    }

    [Fact]
    public void Small_chunk_size_splits_records_across_chunks_without_splitting_an_article()
    {
        var project = new CorpusProject();
        for (var i = 0; i < 20; i++)
        {
            project.WithFile($"a{i:D2}.txt", $"Headline number {i} of the chunk test\n\n" + string.Concat(Enumerable.Repeat($"Paragraph text for article {i}. ", 40)) + "\n");
        }

        project.Properties["NewsCorpusChunkSize"] = "2048";
        var run = project.Run();
        var corpus = CompiledCorpus.Load(run);

        Assert.True(run.CorpusSources.Count(s => s.HintName.Contains(".Data", System.StringComparison.Ordinal)) > 5);
        Assert.Equal(20, corpus.Articles.Count);
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal($"Headline number {i} of the chunk test", CompiledCorpus.Get(corpus.Articles[i]!, "Title"));
        }

        Assert.NotNull(corpus.FindArticle("a07"));
        Assert.Null(corpus.FindArticle("missing"));
    }

    [Fact]
    public void More_chunks_than_one_switch_group_compile_and_every_article_reads_back()
    {
        // Past 64 chunks the chunk lookup becomes a switch of switches (ChunkSwitchEmitter): 100 articles of about
        // 1.4 KB in 1 KB chunks give one chunk each, two groups, and every chunk must still be reachable.
        var project = new CorpusProject();
        for (var i = 0; i < 100; i++)
        {
            project.WithFile($"a{i:D3}.txt", $"Headline number {i} of the group test\n\n" + string.Concat(Enumerable.Repeat($"Paragraph text for article {i}. ", 40)) + "\n");
        }

        project.Properties["NewsCorpusChunkSize"] = "1024";
        var run = project.Run().ShouldCompile();
        var corpus = CompiledCorpus.Load(run);

        Assert.True(run.CorpusSources.Count(s => s.HintName.Contains(".Data", System.StringComparison.Ordinal)) > 64);
        for (var i = 0; i < 100; i++)
        {
            Assert.Equal($"Headline number {i} of the group test", CompiledCorpus.Get(corpus.Articles[i]!, "Title"));
        }
    }

    [Fact]
    public void Several_records_per_chunk_read_back_through_the_chunk_tables_with_non_ascii_text()
    {
        // Records of a few hundred bytes in 1 KB chunks: several per chunk and several chunks, and text of two, three
        // and four UTF-8 bytes per character, so a table offset counted in characters would cut the records wrongly.
        var project = new CorpusProject();
        for (var i = 0; i < 30; i++)
        {
            project.WithFile($"n{i:D2}.txt", $"Zürich talks number {i} end – “Привет” 🙂\n\nBody {i}: Ærø, Ελλάδα, 東京 and {new string('x', i * 7)} done.\n");
        }

        project.Properties["NewsCorpusChunkSize"] = "1024";
        var run = project.Run().ShouldCompile();
        var corpus = CompiledCorpus.Load(run);

        var chunks = run.CorpusSources.Count(s => s.HintName.Contains(".Data", System.StringComparison.Ordinal));
        Assert.InRange(chunks, 3, 15);
        Assert.Equal(30, corpus.Articles.Count);
        for (var i = 0; i < 30; i++)
        {
            Assert.Equal($"Zürich talks number {i} end – “Привет” 🙂", CompiledCorpus.Get(corpus.Articles[i]!, "Title"));
            Assert.Equal($"Body {i}: Ærø, Ελλάδα, 東京 and {new string('x', i * 7)} done.", CompiledCorpus.Get(corpus.Articles[i]!, "Body"));
        }
    }

    // The line splitter treats U+2028, U+2029 and U+0085 as line breaks, so a title keeps only its first line.
    private static string FirstLine(string text) => text.Split('\u2028', '\u2029', '\u0085')[0].Trim();
}
