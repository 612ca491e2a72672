using System.Linq;
using NewsCorpus.Generator.Tests.Infrastructure;

namespace NewsCorpus.Generator.Tests.Pipeline;

/// <summary>The generated source, pinned. Each test also proves that an identical rerun is fully cached.</summary>
public sealed class SnapshotTests
{
    [Fact]
    public void Seed_corpus()
    {
        var project = new CorpusProject().WithSeeds();
        var run = project.Run().ShouldCompile();

        foreach (var source in run.CorpusSources)
        {
            Snapshot.Match(source.SourceText.ToString(), source.HintName);
        }

        IncrementalAssert.CachedOnRerun(project, run.Driver);
    }

    [Fact]
    public void Custom_namespace_and_class_name()
    {
        var project = new CorpusProject()
            .WithFile("world/briefing.txt", "Leaders meet in Geneva for talks\n\n\"We are hopeful,\" said Jane Doe.\n");
        project.Properties["NewsCorpusNamespace"] = "My.News";
        project.Properties["NewsCorpusClassName"] = "Briefings";
        var run = project.Run().ShouldCompile();

        Assert.Equal(new[] { "Briefings.Data0000.g.cs", "Briefings.Entities.g.cs", "Briefings.EntityData0000.g.cs", "Briefings.g.cs", "Briefings.QuoteClusters.g.cs", "Briefings.Search.g.cs", "Briefings.SearchData0000.g.cs" }, run.CorpusSources.Select(s => s.HintName).OrderBy(n => n));
        Snapshot.Match(run.Source("Briefings.g.cs"), "Briefings.g.cs");
        IncrementalAssert.CachedOnRerun(project, run.Driver);
    }

    [Fact]
    public void Empty_corpus_still_has_the_api()
    {
        var project = new CorpusProject();
        project.Sources.Add("class Use { int Count() => TestApp.Corpus.Articles.Count + TestApp.Corpus.Quotes.Count; }");
        var run = project.Run().ShouldCompile();

        Snapshot.Match(run.Source("Corpus.g.cs"), "Corpus.g.cs");
        Assert.Empty(CompiledCorpus.Load(run).Articles);
    }
}
