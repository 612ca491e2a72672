using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Storage;
using NewsCorpus.Generator.Tests.Infrastructure;

namespace NewsCorpus.Generator.Tests.Search;

/// <summary>
/// The search index is built shard by shard (SearchIndexBuilder): shards are cut by article ids, an edit rebuilds one,
/// and a query reads every shard's dictionary and finds each posting in the right article.
/// </summary>
public sealed class SearchShardTests
{
    private const int ArticleCount = 900;

    [Fact]
    public void Shards_are_cut_by_ids_so_an_edit_changes_one_shard_and_a_removal_at_most_two()
    {
        var articles = Enumerable.Range(0, 3000).Select(i => Terms(i, "harbour")).ToList();
        var shards = SearchIndexBuilder.Shards(articles);

        Assert.InRange(shards.Count, 3000 / SearchIndexBuilder.SpanFor(3000) / 2, 3000 / SearchIndexBuilder.SpanFor(3000) * 2);
        Assert.Equal(3000, shards.Sum(s => s.Articles.Count));

        var edited = articles.ToList();
        edited[1234] = Terms(1234, "timber");
        var afterEdit = SearchIndexBuilder.Shards(edited);
        Assert.Equal(shards.Count, afterEdit.Count);
        Assert.Equal(1, shards.Zip(afterEdit).Count(pair => !pair.First.Equals(pair.Second)));

        var removed = articles.Where((_, i) => i != 2000).ToList();
        var afterRemoval = SearchIndexBuilder.Shards(removed);
        Assert.True(Differing(shards, afterRemoval) <= 2, "a removal changed more than two shards");
    }

    [Fact]
    public void The_span_doubles_with_the_corpus_so_the_shard_count_stays_small_and_larger_cuts_are_a_subset()
    {
        Assert.Equal(SearchIndexBuilder.ShardSpan, SearchIndexBuilder.SpanFor(2000));
        Assert.Equal(16 * SearchIndexBuilder.ShardSpan, SearchIndexBuilder.SpanFor(20000));

        var small = SearchIndexBuilder.Shards(Enumerable.Range(0, 2000).Select(i => Terms(i, "harbour")).ToList());
        var large = SearchIndexBuilder.Shards(Enumerable.Range(0, 20000).Select(i => Terms(i, "harbour")).ToList());
        Assert.InRange(large.Count, SearchIndexBuilder.MaxShards / 2, SearchIndexBuilder.MaxShards * 2);

        // After an article of both where the large span cuts, the small span cuts too.
        var smallEnds = LastIds(small);
        var common = new HashSet<string>(small.SelectMany(s => s.Articles).Select(a => a.Id));
        var largeEnds = LastIds(large).Where(common.Contains).ToList();
        Assert.NotEmpty(largeEnds);
        Assert.All(largeEnds, id => Assert.Contains(id, smallEnds));
    }

    [Fact]
    public void A_query_finds_every_posting_in_every_shard_in_its_own_article()
    {
        var run = ManyArticles().Run().ShouldCompile();
        var search = run.CorpusSources.Single(s => s.HintName == "Corpus.Search.g.cs").SourceText.ToString();
        Assert.Contains("s_shardStarts", search, System.StringComparison.Ordinal);

        var corpus = SearchCorpus.Load(run);
        var rare = corpus.Search("zebra");
        Assert.Equal(new[] { "a0003", "a0450", "a0897" }, rare.Select(h => h.ArticleId).OrderBy(id => id, System.StringComparer.Ordinal));
        Assert.All(rare, hit => Assert.Contains("zebra", hit.Text, System.StringComparison.Ordinal));

        // Every article's own paragraph, once: the article each posting names is the one whose text has the marker.
        var common = corpus.Search("district", max: 2 * ArticleCount);
        Assert.Equal(ArticleCount, common.Count);
        Assert.Equal(ArticleCount, common.Select(h => h.ArticleId).Distinct().Count());
        Assert.All(common, hit => Assert.Contains("district " + hit.ArticleId.Substring(1), hit.Text, System.StringComparison.Ordinal));
    }

    [Fact]
    public void Every_hit_scores_bm25_with_its_own_passages_length_in_every_shard()
    {
        // Passage lengths are stored once per shard, apart from the postings: each hit's score must still be BM25 of
        // the length of the passage it names. Lengths vary by article, "grain" also sits in some headlines, and up to
        // three times in a paragraph (a frequency other than 1 is stored apart from the passage number).
        var project = new CorpusProject();
        for (var i = 0; i < ArticleCount; i++)
        {
            var filler = string.Concat(Enumerable.Repeat(" quay", i % 11)) + string.Concat(Enumerable.Repeat(" grain", i % 3));
            var headline = i % 5 == 0 ? "Grain report " : "Harbour report ";
            project.WithFile(Id(i) + ".txt", headline + i.ToString(CultureInfo.InvariantCulture) + "\n\nThe harbour" + filler + " handles grain and steel.\n\nA second paragraph" + string.Concat(Enumerable.Repeat(" berth", i % 7)) + ".\n");
        }

        var corpus = SearchCorpus.Load(project.Run().ShouldCompile());
        var stats = project.Files
            .Select(f => SearchTermCounter.Count(NewsCorpus.Generator.Parsing.ArticleParser.Parse(new CorpusFileSpec(CorpusProject.CorpusPath(f.Key), System.IO.Path.GetFileNameWithoutExtension(f.Key), f.Value)).Article!))
            .ToDictionary(a => a.Id, StringComparer.Ordinal);
        var passages = stats.Values.Sum(a => a.PassageCount);
        var average = Math.Max(1.0, (double)stats.Values.Sum(a => a.PassageLengths.Sum(length => (long)length)) / passages);
        var frequency = stats.Values.Sum(a => Enumerable.Range(0, a.PassageCount).Count(p => Count(a, p, "grain") > 0));
        var idf = Math.Log(1 + ((passages - frequency + 0.5) / (frequency + 0.5)));

        var hits = corpus.Search("grain", max: 4 * ArticleCount);
        Assert.Equal(frequency, hits.Count);
        foreach (var hit in hits)
        {
            var article = stats[hit.ArticleId];
            var tf = Count(article, hit.ParagraphIndex + 1, "grain");
            var expected = idf * (tf * 2.2 / (tf + (1.2 * (0.25 + (0.75 * article.PassageLengths[hit.ParagraphIndex + 1] / average)))));
            Assert.Equal(expected, hit.Score, 12);
        }

        Assert.True(hits.Select(h => h.Score).Distinct().Count() > 5, "the lengths should give different scores");
        Assert.Contains(hits, hit => Count(stats[hit.ArticleId], hit.ParagraphIndex + 1, "grain") == 3);
    }

    /// <summary>How often <paramref name="term"/> occurs in the passage, 0 when it does not; a passage lists each of its terms once.</summary>
    private static int Count(SearchTermsSpec article, int passage, string term) =>
        Enumerable.Range(article.TermStart(passage), article.TermEnds[passage] - article.TermStart(passage))
            .Where(t => article.Terms[t] == term)
            .Select(t => article.Counts[t])
            .SingleOrDefault();

    [Fact]
    public void In_resource_storage_the_shard_table_comes_through_the_index_and_the_hits_are_the_same()
    {
        var inline = SearchCorpus.Load(ManyArticles().Run());
        var built = Storage.StorageModes.Build(ManyArticles(), Storage.StorageModes.Resource);
        Assert.DoesNotContain(built.Run.GeneratorDiagnostics, d => d.Id is "NC0031" or "NC0032");
        var resource = SearchCorpus.Load(built.Run, resources: built.Resources);

        foreach (var query in new[] { "zebra", "district", "harbour grain" })
        {
            Assert.Equal(Describe(inline.Search(query, max: 2 * ArticleCount)), Describe(resource.Search(query, max: 2 * ArticleCount)));
        }

        var blob = CorpusBlobBuilder.Build(Storage.StorageModes.Sources(ManyArticles()));
        Assert.True(blob.Index.Search.ShardStarts.Count > 2, "the corpus should have several shards");
        Assert.Equal(blob.Index.Search, ResourceIndexFormat.Read(ResourceIndexFormat.Write(blob.Index), out _)!.Search);
    }

    [Fact]
    public void Editing_one_article_of_many_rebuilds_one_shard()
    {
        var project = ManyArticles();
        var texts = project.AdditionalTexts();
        var driver = project.CreateDriver(texts).RunGenerators(project.Compilation());
        var before = IncrementalAssert.Reasons(driver, TrackingNames.SearchShardIndex).Count;
        Assert.True(before > 1, "the corpus should have several shards");

        var edited = texts.Single(t => t.Path.EndsWith("a0450.txt", System.StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(edited, new InMemoryAdditionalText(edited.Path, Article(450).Replace("grain", "timber", System.StringComparison.Ordinal)));
        driver = driver.RunGenerators(project.Compilation());

        var reasons = IncrementalAssert.Reasons(driver, TrackingNames.SearchShardIndex);
        Assert.Equal(before, reasons.Count);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(reasons, r => r != IncrementalStepRunReason.Cached));

        // Only the edited shard's chunk is new; the others compare equal and are not emitted again.
        var chunks = IncrementalAssert.Reasons(driver, TrackingNames.SearchChunks);
        Assert.True(chunks.Count > 1, "the shards should have a chunk each");
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(chunks, r => r is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)));
    }

    private static List<string> Describe(List<SearchCorpus.Hit> hits) =>
        hits.Select(h => FormattableString.Invariant($"{h.ArticleId} {h.ParagraphIndex} {h.Score:R} {string.Join("|", h.HighlightedText)}")).ToList();

    private static CorpusProject ManyArticles()
    {
        var project = new CorpusProject();
        for (var i = 0; i < ArticleCount; i++)
        {
            project.WithFile(Id(i) + ".txt", Article(i));
        }

        return project;
    }

    private static string Id(int i) => "a" + i.ToString("D4", CultureInfo.InvariantCulture);

    private static string Article(int i)
    {
        var animal = i is 3 or 450 or 897 ? " A zebra was seen." : string.Empty;
        return "Harbour report " + i.ToString(CultureInfo.InvariantCulture) + "\n\nThe harbour of district "
            + i.ToString("D4", CultureInfo.InvariantCulture) + " handles grain and steel." + animal + "\n";
    }

    private static SearchTermsSpec Terms(int i, string term) => new(
        Id(i),
        Id(i) + ".txt",
        new EquatableArray<int>(new[] { 2 }),
        new EquatableArray<int>(new[] { 2 }),
        new EquatableArray<string>(new[] { term, Id(i) }),
        new EquatableArray<int>(new[] { 1, 1 }));

    private static HashSet<string> LastIds(IReadOnlyList<SearchShardSpec> shards) =>
        new(shards.Select(shard => shard.Articles[shard.Articles.Count - 1].Id));

    /// <summary>How many shards differ between two cuts, comparing from the front and from the back.</summary>
    private static int Differing(IReadOnlyList<SearchShardSpec> before, IReadOnlyList<SearchShardSpec> after)
    {
        var front = 0;
        while (front < before.Count && front < after.Count && before[front].Equals(after[front]))
        {
            front++;
        }

        var back = 0;
        while (back < before.Count - front && back < after.Count - front && before[before.Count - 1 - back].Equals(after[after.Count - 1 - back]))
        {
            back++;
        }

        return System.Math.Max(before.Count, after.Count) - front - back;
    }
}
