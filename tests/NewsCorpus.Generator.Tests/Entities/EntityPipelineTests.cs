using System;
using System.Collections;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsCorpus.Generator.Tests.Infrastructure;
using static NewsCorpus.Generator.Tests.NamedAccessors.AccessorReflection;

namespace NewsCorpus.Generator.Tests.Entities;

/// <summary>Entities through the whole generator: alias files at build time, diagnostics, caching, and the compiled lookups.</summary>
public sealed class EntityPipelineTests
{
    private const string One = "Talks resume in Geneva\n\nDiplomats gathered early.\n\nForeign Minister Sergey Lavrov said on Monday that talks would go on.\n\n\u201CWe are ready,\u201D Lavrov said.\n";
    private const string Two = "Ceasefire holds for a week\n\nThe guns fell silent.\n\nLavrov said the ceasefire was holding.\n";

    private static AliasFileProject Project() =>
        new(new CorpusProject().WithFile("one.txt", One).WithFile("two.txt", Two));

    private static int Count(object? list) => ((IEnumerable)list!).Cast<object>().Count();

    [Fact]
    public void Without_an_alias_file_a_surname_alone_in_another_article_stays_its_own_entity()
    {
        var corpus = CompiledCorpus.Load(Project().Run());

        Assert.Equal("Lavrov", CompiledCorpus.Get(Call(corpus, "FindEntity", "Lavrov")!, "Name"));
        Assert.Equal(1, Count(Call(corpus, "Mentioning", "Lavrov")));
        Assert.Equal(1, Count(Call(corpus, "Mentioning", "Sergei Lavrov")));
    }

    [Fact]
    public void An_alias_file_merges_at_build_time_and_lookups_follow_it()
    {
        var run = Project().WithAliases("entity-aliases.txt", "# who is who\nSergey Lavrov, Lavrov\n").Run();
        var corpus = CompiledCorpus.Load(run);

        var lavrov = Call(corpus, "FindEntity", "lavrov")!;
        Assert.Equal("Sergey Lavrov", CompiledCorpus.Get(lavrov, "Name"));
        Assert.Equal(2, Count(CompiledCorpus.Get(lavrov, "Articles")));
        Assert.Equal(2, Count(Call(corpus, "Mentioning", "Lavrov")));
        Assert.Same(lavrov, Member(corpus, "Entities", "SergeyLavrov"));
        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Id.StartsWith("NC003", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_bad_alias_line_is_a_warning_located_on_that_line_of_the_alias_file()
    {
        var run = Project().WithAliases("entity-aliases.txt", "Sergey Lavrov, Lavrov\nJust one name\n").Run();

        var warning = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "NC0035");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(AliasFileProject.AliasPath("entity-aliases.txt"), warning.Location.GetLineSpan().Path);
        Assert.Equal(1, warning.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal("Sergey Lavrov", CompiledCorpus.Get(Call(CompiledCorpus.Load(run), "FindEntity", "Lavrov")!, "Name"));
    }

    [Fact]
    public void An_identical_rerun_with_an_alias_file_is_fully_cached()
    {
        var project = Project().WithAliases("entity-aliases.txt", "Sergey Lavrov, Lavrov\n");
        var run = project.Run();

        IncrementalAssert.CachedOnRerun(project.Project, run.Driver);
    }

    [Fact]
    public void Editing_the_alias_file_reparses_no_article()
    {
        var project = Project().WithAliases("entity-aliases.txt", "Sergey Lavrov, Lavrov\n");
        var texts = project.AdditionalTexts();
        var driver = project.CreateDriver(texts).RunGenerators(project.Project.Compilation());

        var aliases = texts.Single(t => t.Path == AliasFileProject.AliasPath("entity-aliases.txt"));
        driver = driver.ReplaceAdditionalText(aliases, new InMemoryAdditionalText(aliases.Path, "Sergey Lavrov, Lavrov, S. Lavrov\n"));
        driver = driver.RunGenerators(project.Project.Compilation());

        Assert.All(IncrementalAssert.Reasons(driver, TrackingNames.ParsedArticles), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Contains(IncrementalStepRunReason.Modified, IncrementalAssert.Reasons(driver, TrackingNames.EntityCorpus));
    }

    [Fact]
    public void An_edit_that_leaves_an_articles_entities_alone_leaves_the_entity_table_cached()
    {
        var project = Project();
        var texts = project.AdditionalTexts();
        var driver = project.CreateDriver(texts).RunGenerators(project.Project.Compilation());

        var two = texts.Single(t => t.Path.EndsWith("two.txt", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(two, new InMemoryAdditionalText(two.Path, Two.Replace("was holding", "was still holding", StringComparison.Ordinal)));
        driver = driver.RunGenerators(project.Project.Compilation());

        Assert.Contains(IncrementalStepRunReason.Modified, IncrementalAssert.Reasons(driver, TrackingNames.ParsedArticles));
        Assert.All(IncrementalAssert.Reasons(driver, TrackingNames.EntityCorpus), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void Mentions_read_back_from_the_compiled_records_point_at_their_names()
    {
        var corpus = CompiledCorpus.Load(Project().Run());
        var article = corpus.FindArticle("one")!;

        var mentions = ((IEnumerable)CompiledCorpus.Get(article, "Mentions")!).Cast<object>().ToList();
        var lavrov = Assert.Single(mentions, m => (string)CompiledCorpus.Get(m, "Name")! == "Sergey Lavrov");
        Assert.Equal("Foreign Minister", CompiledCorpus.Get(lavrov, "Role"));
        var texts = ((IEnumerable)CompiledCorpus.Get(lavrov, "Occurrences")!).Cast<object>().Select(o => (string)CompiledCorpus.Get(o, "Text")!).ToList();
        Assert.Equal(new[] { "Sergey Lavrov", "Lavrov" }, texts);
        var said = ((IEnumerable)CompiledCorpus.Get(lavrov, "Said")!).Cast<object>().Single();
        Assert.Equal("Sergey Lavrov", CompiledCorpus.Get(CompiledCorpus.Get(said, "Speaker")!, "Name"));
        Assert.Equal("Sergey Lavrov", CompiledCorpus.Get(CompiledCorpus.Get(lavrov, "Entity")!, "Name"));
    }
}
