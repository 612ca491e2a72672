using System.Linq;
using Microsoft.CodeAnalysis;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Tests.Infrastructure;

namespace NewsCorpus.Generator.Tests.Pipeline;

/// <summary>Proves the pipeline's caching: an edit to one article re-parses only that article.</summary>
public sealed class IncrementalTests
{
    [Fact]
    public void Editing_one_file_reparses_only_that_file()
    {
        var project = new CorpusProject().WithSeeds().WithFile("extra.txt", "A headline about something else\n\n\"Quoted words here,\" she said.\n");
        var texts = project.AdditionalTexts();
        var driver = project.CreateDriver(texts).RunGenerators(project.Compilation());

        var edited = texts.Single(t => t.Path.EndsWith("extra.txt", System.StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(edited, new InMemoryAdditionalText(edited.Path, "A headline about something else\n\n\"Different words,\" she said.\n"));
        driver = driver.RunGenerators(project.Compilation());

        var parseReasons = IncrementalAssert.Reasons(driver, TrackingNames.ParsedArticles);
        Assert.Equal(6, parseReasons.Count);
        Assert.Equal(1, parseReasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(5, parseReasons.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void Editing_one_file_re_emits_only_the_chunk_that_holds_it()
    {
        // Small chunks, so the seeds span several: the edit changes one record, so one chunk is emitted again.
        var project = new CorpusProject().WithSeeds().WithFile("zz-extra.txt", "A headline about something else\n\n\"Quoted words here,\" she said.\n");
        project.Properties["NewsCorpusChunkSize"] = "1024";
        var texts = project.AdditionalTexts();
        var driver = project.CreateDriver(texts).RunGenerators(project.Compilation());

        var edited = texts.Single(t => t.Path.EndsWith("zz-extra.txt", System.StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(edited, new InMemoryAdditionalText(edited.Path, "A headline about something else\n\n\"Other words here,\" she said.\n"));
        driver = driver.RunGenerators(project.Compilation());

        // A chunk's output is compared by value: only a Modified one reaches the source output that joins and emits it.
        var chunks = IncrementalAssert.Reasons(driver, TrackingNames.ChunkRecords);
        Assert.True(chunks.Count > 2, "the seeds must span several chunks");
        Assert.Equal(1, chunks.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(chunks.Count - 1, chunks.Count(r => r == IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void Editing_one_file_leaves_the_corpus_class_alone_when_every_article_keeps_its_chunk()
    {
        // The edited article sorts first, so every record after it moves in the chunk: the byte offsets live in the
        // chunk's own table, and the corpus class, which names only chunk and place, is not emitted again.
        var project = new CorpusProject().WithSeeds().WithFile("0-early.txt", "A headline about something else\n\n\"Quoted words here,\" she said.\n");
        var texts = project.AdditionalTexts();
        var driver = project.CreateDriver(texts).RunGenerators(project.Compilation());

        var edited = texts.Single(t => t.Path.EndsWith("0-early.txt", System.StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(edited, new InMemoryAdditionalText(edited.Path, "A headline about something else\n\n\"Quite different and longer words,\" she said.\n"));
        driver = driver.RunGenerators(project.Compilation());

        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, IncrementalAssert.Reasons(driver, TrackingNames.ChunkRecords));
        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged }, IncrementalAssert.Reasons(driver, TrackingNames.CorpusClass));
    }

    [Fact]
    public void Editing_csharp_code_reparses_nothing()
    {
        var project = new CorpusProject().WithSeeds();
        var driver = project.CreateDriver().RunGenerators(project.Compilation());

        project.Sources.Add("class Unrelated { }");
        driver = driver.RunGenerators(project.Compilation());

        var parseReasons = IncrementalAssert.Reasons(driver, TrackingNames.ParsedArticles);
        Assert.Equal(5, parseReasons.Count);
        Assert.All(parseReasons, r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(IncrementalAssert.Reasons(driver, TrackingNames.ChunkRecords), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void No_step_output_holds_a_parsed_article()
    {
        // The driver keeps every step's output until its next run (an IDE, while the project is open), and a parsed
        // article is several times its file: the per-file step keeps only what later steps derive from it.
        var run = new CorpusProject().WithSeeds().Run();
        var outputs = run.Driver.GetRunResult().Results.Single().TrackedSteps
            .SelectMany(pair => pair.Value).SelectMany(step => step.Outputs).Select(output => output.Value).ToList();

        Assert.Contains(outputs, value => value is ProcessedArticle { Record: not null });
        Assert.DoesNotContain(outputs, value => Holds(value, v => v is ParsedArticle or ArticleSpec or ParagraphSpec));
    }

    // A value or, for a Combine's tuple, any of its items.
    private static bool Holds(object? value, System.Func<object?, bool> test) =>
        test(value) || (value is System.Runtime.CompilerServices.ITuple tuple && Enumerable.Range(0, tuple.Length).Any(i => Holds(tuple[i], test)));

    [Fact]
    public void Identical_rerun_is_fully_cached()
    {
        var project = new CorpusProject().WithSeeds();
        var run = project.Run();
        IncrementalAssert.CachedOnRerun(project, run.Driver);
    }

    [Fact]
    public void Additional_files_not_marked_as_corpus_are_ignored()
    {
        var project = new CorpusProject().WithFile("real.txt", "A real headline for the article\n\nBody text here.\n");
        project.OtherFiles["notes/readme.txt"] = "Not an article at all, just notes\n\nMore notes.";
        var corpus = CompiledCorpus.Load(project.Run());

        Assert.Single(corpus.Articles);
        Assert.Equal("real", CompiledCorpus.Get(corpus.Articles[0]!, "Id"));
    }
}
