using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsCorpus.Generator.Tests.Infrastructure;
using static NewsCorpus.Generator.Tests.NamedAccessors.AccessorReflection;

namespace NewsCorpus.Generator.Tests.NamedAccessors;

/// <summary>
/// NewsCorpusNamedAccessorLimit: above it articles get no members and only the most-mentioned entities do, with
/// NC0014; kept members keep the names they have without the limit, and the lists still hold everything.
/// </summary>
public sealed class NamedAccessorLimitTests
{
    private const string Alpha = "Ministers meet in Geneva for talks\n\nThe talks opened on a cold morning.\n\nForeign Minister Anna Berg said in Geneva that the talks in Geneva would continue.\n\n\u201CWe are hopeful,\u201D Berg said.\n";
    private const string Beta = "Trade deal signed in Oslo\n\nThe deal took two years.\n\nTrade Minister Karl Olsen signed the deal in Oslo.\n";
    private const string Gamma = "Floods hit the western coast\n\nHeavy rain fell for a week.\n\nMayor Lena Dahl said the town of Bergen was ready.\n";

    private static CorpusProject Project(string? limit)
    {
        var project = new CorpusProject().WithFile("alpha.txt", Alpha).WithFile("beta.txt", Beta).WithFile("gamma.txt", Gamma);
        if (limit is not null)
        {
            project.Properties["NewsCorpusNamedAccessorLimit"] = limit;
        }

        return project;
    }

    private static Diagnostic[] Limited(GeneratorRun run) => run.GeneratorDiagnostics.Where(d => d.Id == "NC0014").ToArray();

    [Fact]
    public void Below_the_limit_every_item_is_named_and_nothing_is_reported()
    {
        var run = Project(null).Run().ShouldCompile();
        var corpus = CompiledCorpus.Load(run);

        Assert.Equal(3, Members(corpus, "Articles", "Id").Count);
        Assert.Empty(Limited(run));
    }

    [Fact]
    public void Above_the_limit_articles_get_no_members_and_only_the_most_mentioned_entities_do()
    {
        var unlimited = Members(CompiledCorpus.Load(Project("all").Run().ShouldCompile()), "Entities", "Name");
        var run = Project("2").Run().ShouldCompile();
        var corpus = CompiledCorpus.Load(run);

        Assert.Empty(Members(corpus, "Articles", "Id"));
        Assert.Equal(3, ((System.Collections.IEnumerable)StaticProperty(corpus, "Articles")).Cast<object>().Count());
        var entities = Members(corpus, "Entities", "Name");
        Assert.Equal(2, entities.Count);
        Assert.Contains("Geneva", entities.Values);
        Assert.All(entities, pair => Assert.Equal(unlimited[pair.Key], pair.Value));
        Assert.Contains("AnnaBerg", Members(corpus, "Speakers", "Name").Keys);

        var diagnostic = Assert.Single(Limited(run));
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("3 of 3 articles", message, StringComparison.Ordinal);
        Assert.Contains($"{unlimited.Count - 2} of {unlimited.Count} entities", message, StringComparison.Ordinal);
        Assert.Contains("NewsCorpusNamedAccessorLimit", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_names_no_article_or_entity_and_all_names_every_one()
    {
        var none = CompiledCorpus.Load(Project("0").Run().ShouldCompile());
        var all = Project("ALL").Run().ShouldCompile();
        var minusOne = Project("-1").Run().ShouldCompile();

        Assert.Empty(Members(none, "Articles", "Id"));
        Assert.Empty(Members(none, "Entities", "Name"));
        Assert.NotEmpty(Members(none, "Speakers", "Name"));
        Assert.Equal(3, Members(CompiledCorpus.Load(all), "Articles", "Id").Count);
        Assert.Empty(Limited(all));
        Assert.Equal(all.Source("Corpus.Entities.g.cs"), minusOne.Source("Corpus.Entities.g.cs"));
    }

    [Fact]
    public void An_invalid_limit_is_reported_and_the_default_used()
    {
        var run = Project("lots").Run().ShouldCompile();

        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "NC0005" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("NewsCorpusNamedAccessorLimit", StringComparison.Ordinal));
        Assert.Equal(3, Members(CompiledCorpus.Load(run), "Articles", "Id").Count);
    }

    [Fact]
    public void The_same_limit_on_an_identical_rerun_is_cached()
    {
        var project = Project("2");
        IncrementalAssert.CachedOnRerun(project, project.Run().Driver);
    }

    [Fact]
    public void Changing_the_limit_re_emits_the_accessors_but_does_not_merge_again()
    {
        var project = Project("2");
        var first = project.Run();
        project.Properties["NewsCorpusNamedAccessorLimit"] = "all";
        var second = first.Driver.WithUpdatedAnalyzerConfigOptions(project.OptionsProvider()).RunGenerators(project.Compilation());

        Assert.All(IncrementalAssert.Reasons(second, "EntityCorpus"), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString()));
        Assert.All(IncrementalAssert.Reasons(second, "EntitySummaries"), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        var source = second.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "Corpus.Entities.g.cs").SourceText.ToString();
        Assert.Contains("MinistersMeetInGenevaForTalks", source, StringComparison.Ordinal);
    }
}
