using System.Linq;
using Microsoft.CodeAnalysis;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing.Input;
using NewsCorpus.Generator.Storage;
using NewsCorpus.Generator.Tests.Infrastructure;

namespace NewsCorpus.Generator.Tests.Search;

/// <summary>
/// The search index is built in shards (issue 6): an edit rebuilds its own shard's part and the merge, and the merged
/// bytes are exactly those of one build over every article, whatever the shards are.
/// </summary>
public sealed class SearchShardTests
{
    private const int ArticleCount = 300;

    [Fact]
    public void Merged_shards_give_the_bytes_of_one_build_over_all_articles()
    {
        var articles = Enumerable.Range(0, ArticleCount).Select(i => SearchTermCounter.Count(Article(i, "said"))).ToList();
        var ordered = SearchArticleOrder.Arrange(articles, static a => a.Id, static a => a.SourcePath);

        var shards = SearchIndexBuilder.Shards(articles);
        Assert.True(shards.Count > 2, "the test corpus must span several shards");
        Assert.Equal(ArticleCount, shards.Sum(s => s.Articles.Count));

        // One shard holding everything numbers articles from the corpus's first: the unsharded build.
        var whole = SearchIndexBuilder.Merge(new[] { SearchIndexBuilder.BuildShard(new SearchShardSpec(ordered.ToEquatableArray())) }, 4096);
        var sharded = SearchIndexBuilder.Merge(shards.Select(SearchIndexBuilder.BuildShard).ToList(), 4096);

        Assert.Equal(whole.PassageCount, sharded.PassageCount);
        Assert.Equal(whole.TokenCount, sharded.TokenCount);
        Assert.Equal(whole.TermCount, sharded.TermCount);
        Assert.Equal(whole.Chunks, sharded.Chunks);
    }

    [Fact]
    public void Editing_one_article_rebuilds_only_its_shard()
    {
        var project = new CorpusProject();
        for (var i = 0; i < ArticleCount; i++)
        {
            project.WithFile(Name(i), Text(i, "said"));
        }

        var texts = project.AdditionalTexts();
        var driver = project.CreateDriver(texts).RunGenerators(project.Compilation());
        var shardCount = IncrementalAssert.Reasons(driver, TrackingNames.SearchShardIndex).Count;
        Assert.True(shardCount > 2, "the test corpus must span several shards");

        var edited = texts.Single(t => t.Path.EndsWith(Name(150), System.StringComparison.Ordinal));
        var editedText = Text(150, "stated");
        driver = driver.ReplaceAdditionalText(edited, new InMemoryAdditionalText(edited.Path, editedText));
        driver = driver.RunGenerators(project.Compilation());

        var reasons = IncrementalAssert.Reasons(driver, TrackingNames.SearchShardIndex);
        Assert.Equal(shardCount, reasons.Count);
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(shardCount - 1, reasons.Count(r => r == IncrementalStepRunReason.Cached));

        // "said" and "stated" are the only terms whose postings changed: their ranges ('s') re-merge, no other.
        var ranges = IncrementalAssert.Reasons(driver, TrackingNames.SearchRangeIndex);
        Assert.Equal(SearchIndexBuilder.RangeCount, ranges.Count);
        Assert.Equal(1, ranges.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(SearchIndexBuilder.RangeCount - 1, ranges.Count(r => r == IncrementalStepRunReason.Cached));

        // And the rerun's search files are those of a fresh build over the edited corpus.
        project.WithFile(Name(150), editedText);
        var fresh = project.CreateDriver().RunGenerators(project.Compilation());
        Assert.Equal(SearchSources(fresh), SearchSources(driver));
    }

    private static string[] SearchSources(GeneratorDriver driver) => driver.GetRunResult().Results.Single().GeneratedSources
        .Where(s => s.HintName.StartsWith("Corpus.Search", System.StringComparison.Ordinal))
        .OrderBy(s => s.HintName, System.StringComparer.Ordinal)
        .Select(s => s.HintName + "\n" + s.SourceText)
        .ToArray();

    private static string Name(int i) => $"news/story{i:D4}.txt";

    private static string Text(int i, string verb) =>
        $"Story {i} about harbour number {i % 17}\n\n\"The cranes at pier {i % 5} are old but they still work,\" the harbour master {verb}.\n\nThe harbour handles grain{(i % 3 == 0 ? " and steel" : string.Empty)} and timber {i}.\n";

    private static ArticleSpec Article(int i, string verb) =>
        InputGate.Parse(new CorpusFileSpec(CorpusProject.CorpusPath(Name(i)), "story" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), Text(i, verb))).Article!;
}
