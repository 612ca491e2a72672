using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Storage;
using NewsCorpus.Generator.Tests.Entities;
using NewsCorpus.Generator.Tests.Infrastructure;

namespace NewsCorpus.Generator.Tests.Storage;

/// <summary>
/// The build task's index (obj/newscorpus.index), handed to the compiler in place of the corpus files: from it the
/// generator emits exactly what it emits by parsing them; one it cannot use is an error (NC0032), never an exception;
/// a compilation that has the corpus files parses them instead.
/// </summary>
public sealed class ResourceIndexTests
{
    private static readonly string[] s_parseSteps = { TrackingNames.EncodedArticles, TrackingNames.SearchTerms, TrackingNames.SearchQuotes, TrackingNames.EntitySummaries };

    [Fact]
    public void With_a_matching_index_no_file_is_parsed_and_the_output_is_what_parsing_gives()
    {
        var indexed = StorageModes.Build(Project(), StorageModes.Resource);
        var parsed = StorageModes.Build(Project(), StorageModes.Resource, index: StorageModes.NoIndex);

        AssertNothingParsed(indexed.Run.Driver);
        AssertParsed(parsed.Run.Driver, 5);
        Assert.Equal(Sources(parsed.Run), Sources(indexed.Run));
        Assert.Equal(Diagnostics(parsed.Run), Diagnostics(indexed.Run));
        Assert.DoesNotContain(indexed.Run.GeneratorDiagnostics, d => d.Id is "NC0031" or "NC0032");
        Assert.Equal(ResourceStorageTests.Describe(parsed.Load()), ResourceStorageTests.Describe(indexed.Load()));
        Assert.Equal(
            (string)StorageModes.CallProbe(parsed.Load(), "DescribeEntities")!,
            (string)StorageModes.CallProbe(indexed.Load(), "DescribeEntities")!);
    }

    [Fact]
    public void With_the_corpus_files_passed_too_they_are_parsed_and_the_index_is_not_needed()
    {
        var both = StorageModes.Build(Project(), StorageModes.Resource, keepCorpusFiles: true);
        var taskLike = StorageModes.Build(Project(), StorageModes.Resource);

        Assert.Empty(Outputs(taskLike.Run.Driver, TrackingNames.CorpusFiles));
        AssertNothingParsed(taskLike.Run.Driver);
        AssertParsed(both.Run.Driver, 5);
        Assert.DoesNotContain(both.Run.GeneratorDiagnostics, d => d.Id is "NC0031" or "NC0032");
        Assert.Equal(Sources(taskLike.Run), Sources(both.Run));
        Assert.Equal(Diagnostics(taskLike.Run), Diagnostics(both.Run));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void What_reading_a_file_found_is_reported_once_from_the_index_or_from_the_files(bool keepCorpusFiles)
    {
        // A file over the article limit (NC0012): the generator reports it from its own read when it parses.
        CorpusProject Make()
        {
            var project = Project().WithFile("long.txt", "A long story has a headline\n\n" + new string('x', 40_000) + "\n");
            project.Properties["NewsCorpusMaxArticleBytes"] = "32768";
            return project;
        }

        var indexed = StorageModes.Build(Make(), StorageModes.Resource, keepCorpusFiles: keepCorpusFiles);
        var parsed = StorageModes.Build(Make(), StorageModes.Resource, index: StorageModes.NoIndex);

        if (!keepCorpusFiles)
        {
            AssertNothingParsed(indexed.Run.Driver);
        }

        var tooLarge = Assert.Single(indexed.Run.GeneratorDiagnostics, d => d.Id == "NC0012");
        Assert.EndsWith("long.txt", tooLarge.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.Equal(Diagnostics(parsed.Run), Diagnostics(indexed.Run));
        Assert.Equal(Sources(parsed.Run), Sources(indexed.Run));
    }

    [Fact]
    public void The_index_carries_the_parse_diagnostics_located_in_their_files()
    {
        // An unclosed quotation (NC0006), an empty file (NC0001), a duplicate id (NC0004, from arranging the records).
        CorpusProject Make() => Project()
            .WithFile("unclosed.txt", "Headline of the unclosed quote story\n\nHe said \"this never ends.\n")
            .WithFile("empty.txt", string.Empty)
            .WithFile("story.txt", "The first story has a headline\n\nBody one.\n")
            .WithFile("story.text", "The second story has a headline\n\nBody two.\n");
        var indexed = StorageModes.Build(Make(), StorageModes.Resource);
        var parsed = StorageModes.Build(Make(), StorageModes.Resource, index: StorageModes.NoIndex);

        AssertNothingParsed(indexed.Run.Driver);
        Assert.Equal(Diagnostics(parsed.Run), Diagnostics(indexed.Run));
        var unclosed = Assert.Single(indexed.Run.GeneratorDiagnostics, d => d.Id == "NC0006").Location.GetLineSpan();
        Assert.EndsWith("unclosed.txt", unclosed.Path, StringComparison.Ordinal);
        Assert.Equal((2, 8), (unclosed.StartLinePosition.Line, unclosed.StartLinePosition.Character));
        Assert.Single(indexed.Run.GeneratorDiagnostics, d => d.Id == "NC0001");
        Assert.Single(indexed.Run.GeneratorDiagnostics, d => d.Id == "NC0004");
        Assert.Equal(Sources(parsed.Run), Sources(indexed.Run));
    }

    [Fact]
    public void Names_come_from_the_compilation_so_another_class_name_still_uses_the_index()
    {
        var project = Project();
        project.Properties["NewsCorpusClassName"] = "News";
        project.Properties["NewsCorpusNamespace"] = "My.Data";
        project.Sources.Clear();
        var run = StorageModes.Build(project, StorageModes.Resource).Run.ShouldCompile();

        AssertNothingParsed(run.Driver);
        Assert.Contains(run.CorpusSources, s => s.HintName == "News.Entities.g.cs");
        Assert.Contains("namespace My.Data", run.Source("News.Search.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_compilation_with_the_corpus_files_follows_their_edits_and_uses_the_resource_while_they_match_it()
    {
        var project = Project();
        var built = CorpusBlobBuilder.Build(StorageModes.Sources(project));
        project.Properties["NewsCorpusStorage"] = "resource";
        project.Properties["NewsCorpusResourceDigest"] = built.Header;
        StorageModes.AddIndex(project, built);
        var compilation = project.Compilation().WithOptions(project.Compilation().Options.WithAllowUnsafe(true));
        var texts = project.AdditionalTexts();
        var driver = project.CreateDriver(texts).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        AssertParsed(driver, 5);
        Assert.DoesNotContain(new GeneratorRun(driver, output, diagnostics).CorpusSources, s => s.HintName.StartsWith("Corpus.Data", StringComparison.Ordinal));

        // An edit the task has not seen: the sections no longer match the resource (NC0031), and the articles are
        // inline, edit included.
        var original = texts.First(t => t.Path.EndsWith(".txt", StringComparison.Ordinal) && !t.Path.Contains("obj", StringComparison.Ordinal));
        var edited = new InMemoryAdditionalText(original.Path, "An edited headline\n\nA new body.\n");
        driver = driver.ReplaceAdditionalText(original, edited).RunGeneratorsAndUpdateCompilation(compilation, out output, out diagnostics);
        var run = new GeneratorRun(driver, output, diagnostics);

        Assert.Single(run.GeneratorDiagnostics, d => d.Id == "NC0031");
        Assert.Contains(run.CorpusSources, s => s.HintName.StartsWith("Corpus.Data", StringComparison.Ordinal));
        Assert.Contains(CompiledCorpus.Load(run).Articles, a => (string)CompiledCorpus.Get(a, "Title")! == "An edited headline");

        // Undoing the edit makes the sections match again: the resource is used.
        driver = driver.ReplaceAdditionalText(edited, original).RunGeneratorsAndUpdateCompilation(compilation, out output, out diagnostics);
        Assert.DoesNotContain(new GeneratorRun(driver, output, diagnostics).CorpusSources, s => s.HintName.StartsWith("Corpus.Data", StringComparison.Ordinal));
    }

    [Fact]
    public void Other_alias_files_than_the_task_saw_are_caught_by_the_resource_header()
    {
        var project = new AliasFileProject(Project()).WithAliases("entity-aliases.txt", "Sergei Ryabkov, Alexander Grushko\n");
        var built = CorpusBlobBuilder.Build(StorageModes.Sources(project.Project));
        project.Project.Properties["NewsCorpusStorage"] = "resource";
        project.Project.Properties["NewsCorpusResourceDigest"] = built.Header;
        StorageModes.AddIndex(project.Project, built);
        var run = project.Run();

        AssertParsed(run.Driver, 5);
        Assert.Single(run.GeneratorDiagnostics, d => d.Id == "NC0031");
    }

    public static TheoryData<string> Damage => new()
    {
        "truncated", "garbage", "huge count", "bad enum", "entity out of range", "other version", "trailing text", "empty",
    };

    [Theory]
    [MemberData(nameof(Damage))]
    public void A_damaged_index_is_an_error_located_by_its_path_and_never_an_exception(string damage)
    {
        string? Damaged(string text) => damage switch
        {
            "truncated" => text.Substring(0, text.Length / 2),
            "garbage" => "\0\u00ff not an index at all",
            "huge count" => text.Replace("\n1 ", "\n999999999999 ", StringComparison.Ordinal),
            "bad enum" => BreakFirstEntityKind(text),
            "entity out of range" => text.Replace(" -1 \n", " 77777 \n", StringComparison.Ordinal),
            "other version" => "newscorpus-index-999" + text.Substring(text.IndexOf('\n', StringComparison.Ordinal)),
            "trailing text" => text + "more",
            _ => string.Empty,
        };

        var built = StorageModes.Build(Project(), StorageModes.Resource, index: Damaged);

        var error = Assert.Single(built.Run.GeneratorDiagnostics, d => d.Id == "NC0032");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains(StorageModes.IndexName, error.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.DoesNotContain(built.Run.GeneratorDiagnostics, d => d.Id is "NC0009" or "NC0031");
    }

    [Fact]
    public void An_index_for_another_resource_is_an_error()
    {
        // Another corpus's index: whole and readable, but for a resource other than the one this build embedded.
        var other = ResourceIndexFormat.Write(CorpusBlobBuilder.Build(StorageModes.Sources(Project().WithFile("extra.txt", "One more story\n\nIts body.\n"))).Index);
        var built = StorageModes.Build(Project(), StorageModes.Resource, index: _ => other);

        var error = Assert.Single(built.Run.GeneratorDiagnostics, d => d.Id == "NC0032");
        Assert.Contains("describes resource", error.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_prefix_and_every_single_character_change_of_an_index_reads_without_throwing()
    {
        var text = ResourceIndexFormat.Write(CorpusBlobBuilder.Build(StorageModes.Sources(Project())).Index);
        var original = ResourceIndexFormat.Read(text, out var error);
        Assert.Null(error);
        Assert.Equal(text, ResourceIndexFormat.Write(original!));

        // Up to the final line feed, which is optional.
        for (var length = 0; length < text.Length - 1; length += Math.Max(1, text.Length / 997))
        {
            Assert.Null(ResourceIndexFormat.Read(text.Substring(0, length), out error));
            Assert.NotNull(error);
        }

        var random = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var chars = text.ToCharArray();
            chars[random.Next(chars.Length)] = "0123456789 -:\n\u00e9x"[random.Next(16)];
            var read = ResourceIndexFormat.Read(new string(chars), out error);
            Assert.True(read is null == error is not null);
        }
    }

    [Fact]
    public void The_index_round_trips_and_its_header_is_recomputed_from_its_pieces()
    {
        var built = CorpusBlobBuilder.Build(StorageModes.Sources(Project()));
        var read = ResourceIndexFormat.Read(ResourceIndexFormat.Write(built.Index), out _)!;

        Assert.Equal(built.Header, read.Blob.Header);
        Assert.Equal(built.Index.Blob, read.Blob);
        Assert.Equal(built.Index.Articles, read.Articles);
        Assert.Equal(built.Index.Entities, read.Entities);
        Assert.Equal(built.Index.ArticleDiagnostics, read.ArticleDiagnostics);
    }

    private static CorpusProject Project() => ResourceStorageTests.SeedProject();

    private static string BreakFirstEntityKind(string text)
    {
        // The entity list starts after the article list of the entity model; its first entity's kind follows the name.
        var read = ResourceIndexFormat.Read(text, out _)!;
        var entity = read.Entities.Entities[0];
        var token = entity.Name.Length.ToString(CultureInfo.InvariantCulture) + ":" + entity.Name + " " + ((int)entity.Kind).ToString(CultureInfo.InvariantCulture) + " ";
        var at = text.IndexOf(token, StringComparison.Ordinal);
        Assert.True(at >= 0);
        return text.Substring(0, at) + entity.Name.Length.ToString(CultureInfo.InvariantCulture) + ":" + entity.Name + " 99 " + text.Substring(at + token.Length);
    }

    private static void AssertNothingParsed(GeneratorDriver driver)
    {
        // Without the corpus files (as the build targets pass it) there is no parse step output at all.
        Assert.All(Outputs(driver, TrackingNames.ParsedArticles), value => Assert.Null(((ProcessedArticle)value).Record));
        foreach (var step in s_parseSteps)
        {
            Assert.Empty(Outputs(driver, step));
        }
    }

    private static void AssertParsed(GeneratorDriver driver, int articles)
    {
        Assert.Equal(articles, Outputs(driver, TrackingNames.ParsedArticles).Count(value => ((ProcessedArticle)value).Record is not null));
        Assert.Equal(articles, Outputs(driver, TrackingNames.EncodedArticles).Count);
    }

    private static List<object> Outputs(GeneratorDriver driver, string step) =>
        driver.GetRunResult().Results.Single().TrackedSteps.TryGetValue(step, out var steps)
            ? steps.SelectMany(s => s.Outputs).Where(o => o.Reason != IncrementalStepRunReason.Removed).Select(o => o.Value).ToList()
            : new List<object>();

    private static List<string> Sources(GeneratorRun run) =>
        run.CorpusSources.Select(s => s.HintName + "\n" + s.SourceText).OrderBy(s => s, StringComparer.Ordinal).ToList();

    private static List<string> Diagnostics(GeneratorRun run) =>
        run.GeneratorDiagnostics.Select(d => d.Id + " " + d.Location.GetLineSpan() + " " + d.GetMessage(CultureInfo.InvariantCulture)).OrderBy(s => s, StringComparer.Ordinal).ToList();
}
