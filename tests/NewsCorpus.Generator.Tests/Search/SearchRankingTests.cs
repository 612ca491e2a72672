using System.Linq;
using NewsCorpus.Generator.Tests.Infrastructure;

namespace NewsCorpus.Generator.Tests.Search;

/// <summary>BM25 ranking, phrases, highlights and empty results, on small made-up corpora compiled by the generator.</summary>
public sealed class SearchRankingTests
{
    private static SearchCorpus Grain() => SearchCorpus.Of(new CorpusProject()
        .WithFile("a.txt", "Talks on grain exports resume in Istanbul\n\nDiplomats met on Tuesday to discuss grain shipments across the Black Sea.\n\nThe weather in the region was mild and the harbour was calm.\n")
        .WithFile("b.txt", "Wheat prices fall after a record harvest\n\nGrain, grain, grain: traders said grain prices fell as grain piled up in silos.\n")
        .WithFile("c.txt", "Parliament debates a new budget for schools\n\nLawmakers argued for hours about teachers' salaries and school buildings.\n")
        .WithFile("d.txt", "Black clouds gather over the sea coast\n\nThe sea was black with oil after the spill, and the coast guard closed the beaches.\n"));

    [Fact]
    public void A_passage_that_repeats_the_term_ranks_above_one_that_mentions_it_once()
    {
        var hits = Grain().Search("grain");

        Assert.Equal(("b", 0), (hits[0].ArticleId, hits[0].ParagraphIndex));
        Assert.Equal(new[] { "a", "b" }, hits.Select(h => h.ArticleId).Distinct().OrderBy(id => id));
        Assert.True(hits.Zip(hits.Skip(1)).All(pair => pair.First.Score >= pair.Second.Score));
    }

    [Fact]
    public void A_rare_term_weighs_more_than_a_common_one()
    {
        // "the" is in most passages, "istanbul" in one: the passage with the rare term wins.
        var hits = Grain().Search("the istanbul");

        Assert.Equal(("a", -1), (hits[0].ArticleId, hits[0].ParagraphIndex));
    }

    [Fact]
    public void Of_two_passages_with_the_same_matches_the_shorter_ranks_first()
    {
        var corpus = SearchCorpus.Of(new CorpusProject()
            .WithFile("long.txt", "A headline about something else entirely\n\nThe harbour reopened today after many long weeks of repairs to the old stone piers and the cranes.\n")
            .WithFile("short.txt", "Another headline about other matters here\n\nThe harbour reopened today.\n"));

        var hits = corpus.Search("harbour reopened");

        Assert.Equal(new[] { "short", "long" }, hits.Select(h => h.ArticleId));
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public void Equal_scores_keep_corpus_order()
    {
        var corpus = SearchCorpus.Of(new CorpusProject()
            .WithFile("z.txt", "First headline of the tie test\n\nSame paragraph about the harbour.\n")
            .WithFile("m.txt", "Second headline of the tie test\n\nSame paragraph about the harbour.\n"));

        var hits = corpus.Search("harbour");

        Assert.Equal(new[] { "m", "z" }, hits.Select(h => h.ArticleId));
        Assert.Equal(hits[0].Score, hits[1].Score);
    }

    [Fact]
    public void Words_in_quotes_must_appear_as_a_phrase()
    {
        var corpus = Grain();

        var phrase = corpus.Search("\"black sea\"");
        var words = corpus.Search("black sea");

        Assert.Equal(new[] { ("a", 0) }, phrase.Select(h => (h.ArticleId, h.ParagraphIndex)));
        Assert.Equal(new[] { "Black Sea" }, phrase[0].HighlightedText);
        Assert.Contains(words, h => h.ArticleId == "d");
        Assert.Single(corpus.Search("“Black Sea” diplomats"), h => h.ArticleId == "a");
        Assert.Empty(corpus.Search("\"sea black\""));
    }

    [Fact]
    public void Highlights_point_at_the_matching_words_and_join_neighbours()
    {
        var hits = Grain().Search("GRAIN prices");

        foreach (var hit in hits)
        {
            Assert.NotEmpty(hit.Highlights);
            foreach (var highlighted in hit.HighlightedText)
            {
                Assert.All(Tokenizer.Terms(highlighted), term => Assert.Contains(term, new[] { "grain", "prices" }));
            }
        }

        var paragraph = hits.Single(h => h.ArticleId == "b" && h.ParagraphIndex == 0);
        Assert.Equal(new[] { "Grain", "grain", "grain", "grain prices", "grain" }, paragraph.HighlightedText);
    }

    [Fact]
    public void A_headline_hit_has_paragraph_index_minus_one_and_the_headline_as_text()
    {
        var hit = Grain().Search("parliament").Single();

        Assert.Equal(("c", -1), (hit.ArticleId, hit.ParagraphIndex));
        Assert.Equal("Parliament debates a new budget for schools", hit.Text);
        Assert.Equal(new[] { "Parliament" }, hit.HighlightedText);
    }

    [Fact]
    public void Case_accents_and_apostrophes_do_not_matter()
    {
        var corpus = SearchCorpus.Of(new CorpusProject()
            .WithFile("k.txt", "Kyiv’s mayor speaks about the winter ahead\n\nPresident Zelenskyy met the mayor of Kyiv and said the city doesn't lack heating.\n"));

        Assert.Equal(2, corpus.Search("KYIV'S").Count);
        Assert.Single(corpus.Search("Zelénskyy"));
        Assert.Single(corpus.Search("doesn’t"));
        Assert.Equal(new[] { "Kyiv’s" }, corpus.Search("kyiv").First(h => h.ParagraphIndex == -1).HighlightedText);
    }

    [Fact]
    public void Unknown_words_empty_queries_and_zero_max_find_nothing_without_throwing()
    {
        var corpus = Grain();

        Assert.Empty(corpus.Search("zanzibar"));
        Assert.Empty(corpus.Search(string.Empty));
        Assert.Empty(corpus.Search("  — … "));
        Assert.Empty(corpus.Search(null));
        Assert.Empty(corpus.Search("grain", 0));
        Assert.Empty(corpus.Search("grain", -5));
        Assert.Empty(corpus.Search("\"grain zanzibar\""));
        Assert.Equal(corpus.Search("grain").Select(h => (h.ArticleId, h.ParagraphIndex)), corpus.Search("grain zanzibar").Select(h => (h.ArticleId, h.ParagraphIndex)));
    }

    [Fact]
    public void Max_limits_the_hits_to_the_best_ones()
    {
        var corpus = Grain();
        var all = corpus.Search("the", int.MaxValue);
        var two = corpus.Search("the", 2);

        Assert.True(all.Count > 2);
        Assert.Equal(all.Take(2).Select(h => (h.ArticleId, h.ParagraphIndex, h.Score)), two.Select(h => (h.ArticleId, h.ParagraphIndex, h.Score)));
    }

    [Fact]
    public void An_empty_corpus_finds_nothing()
    {
        Assert.Empty(SearchCorpus.Of(new CorpusProject()).Search("anything"));
    }

    [Fact]
    public void Terms_spread_over_many_small_chunks_are_all_found_in_their_own_article()
    {
        var project = new CorpusProject();
        for (var i = 0; i < 30; i++)
        {
            project.WithFile($"n{i:D2}.txt", $"Headline number {i} of the chunked index test\n\nA paragraph with the marker word kw{i}x and " + string.Concat(Enumerable.Repeat($"filler{i} text ", 30)) + "\n");
        }

        project.Properties["NewsCorpusChunkSize"] = "1024";
        var run = project.Run();
        var corpus = SearchCorpus.Load(run);

        Assert.True(run.CorpusSources.Count(s => s.HintName.Contains(".SearchData", System.StringComparison.Ordinal)) > 2);
        for (var i = 0; i < 30; i++)
        {
            var hit = Assert.Single(corpus.Search($"kw{i}x"));
            Assert.Equal(($"n{i:D2}", 0), (hit.ArticleId, hit.ParagraphIndex));
        }

        Assert.Equal(30, corpus.Search("marker", 100).Count);
    }
}
