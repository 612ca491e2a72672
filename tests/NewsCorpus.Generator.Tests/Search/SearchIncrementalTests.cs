using System.Linq;
using Microsoft.CodeAnalysis;
using NewsCorpus.Generator.Tests.Infrastructure;

namespace NewsCorpus.Generator.Tests.Search;

/// <summary>The search steps cache like the rest of the pipeline: an edit re-tokenizes only the edited article.</summary>
public sealed class SearchIncrementalTests
{
    private const string Extra = "A headline about the harbour and its cranes\n\n\"The cranes are old but they still work well enough for us,\" the harbour master said.\n\nThe harbour handles grain and steel.\n";

    [Fact]
    public void Identical_rerun_reuses_every_search_step()
    {
        var project = new CorpusProject().WithSeeds();
        var run = project.Run();

        Assert.NotEmpty(IncrementalAssert.Reasons(run.Driver, TrackingNames.SearchTerms));
        Assert.NotEmpty(IncrementalAssert.Reasons(run.Driver, TrackingNames.QuoteClusters));
        IncrementalAssert.CachedOnRerun(project, run.Driver);
    }

    [Fact]
    public void Editing_one_article_retokenizes_only_that_article()
    {
        var project = new CorpusProject().WithSeeds().WithFile("extra.txt", Extra);
        var texts = project.AdditionalTexts();
        var driver = project.CreateDriver(texts).RunGenerators(project.Compilation());

        driver = Edit(driver, texts, Extra.Replace("handles grain and steel", "handles grain, steel and timber", System.StringComparison.Ordinal));
        driver = driver.RunGenerators(project.Compilation());

        foreach (var step in new[] { TrackingNames.SearchTerms, TrackingNames.SearchQuotes })
        {
            var reasons = IncrementalAssert.Reasons(driver, step);
            Assert.Equal(6, reasons.Count);
            Assert.Equal(5, reasons.Count(r => r == IncrementalStepRunReason.Cached));
        }

        Assert.Equal(IncrementalStepRunReason.Modified, IncrementalAssert.Reasons(driver, TrackingNames.SearchTerms).Single(r => r != IncrementalStepRunReason.Cached));

        // The quotations did not change, so their model compares equal and the clusters are not rebuilt.
        Assert.Equal(IncrementalStepRunReason.Unchanged, IncrementalAssert.Reasons(driver, TrackingNames.SearchQuotes).Single(r => r != IncrementalStepRunReason.Cached));
        Assert.All(IncrementalAssert.Reasons(driver, TrackingNames.QuoteClusters), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
    }

    [Fact]
    public void Editing_csharp_code_rebuilds_no_index()
    {
        var project = new CorpusProject().WithSeeds();
        var driver = project.CreateDriver().RunGenerators(project.Compilation());

        project.Sources.Add("class Unrelated { }");
        driver = driver.RunGenerators(project.Compilation());

        foreach (var step in new[] { TrackingNames.SearchTerms, TrackingNames.SearchQuotes, TrackingNames.SearchIndex, TrackingNames.SearchChunks, TrackingNames.QuoteClusters })
        {
            var reasons = IncrementalAssert.Reasons(driver, step);
            Assert.NotEmpty(reasons);
            Assert.All(reasons, r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        }
    }

    [Fact]
    public void The_search_files_are_generated_for_the_seed_corpus()
    {
        var run = new CorpusProject().WithSeeds().Run().ShouldCompile();

        Assert.Contains(run.CorpusSources, s => s.HintName == "Corpus.Search.g.cs");
        Assert.Contains(run.CorpusSources, s => s.HintName == "Corpus.SearchData0000.g.cs");
        Assert.Contains(run.CorpusSources, s => s.HintName == "Corpus.QuoteClusters.g.cs");
    }

    private static GeneratorDriver Edit(GeneratorDriver driver, System.Collections.Immutable.ImmutableArray<AdditionalText> texts, string newText)
    {
        var edited = texts.Single(t => t.Path.EndsWith("extra.txt", System.StringComparison.Ordinal));
        return driver.ReplaceAdditionalText(edited, new InMemoryAdditionalText(edited.Path, newText));
    }
}
