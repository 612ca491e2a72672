using System.Collections.Generic;
using System.Linq;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Storage;
using NewsCorpus.Generator.Tests.Infrastructure;

namespace NewsCorpus.Generator.Tests.Search;

/// <summary>Near-identical quotations across articles form clusters; different quotations, and short common phrases, do not.</summary>
public sealed class QuoteClusterTests
{
    // The pattern of the seed example: one outlet quotes the whole statement, another a reworded part of it.
    private const string Full = "The United States and NATO do not show the slightest interest in a fair resolution of the current conflict. They are clearly unwilling to consider Russian concerns and to work seriously on eliminating fundamental contradictions,";
    private const string Reworded = "the slightest interest of either the United States or NATO in a fair resolution of the current Ukrainian conflict,";

    [Fact]
    public void A_statement_and_a_reworded_part_of_it_are_similar()
    {
        Assert.True(SearchQuoteClusterer.Similar(Tokenizer.Terms(Full), Tokenizer.Terms(Reworded)));
        Assert.True(SearchQuoteClusterer.Similar(
            Tokenizer.Terms("We are not going to attack anyone, we have no such plans"),
            Tokenizer.Terms("We are not going to attack anyone and we have no such plans at all")));
    }

    [Theory]
    [InlineData("The talks in Geneva were constructive and useful for both sides", "The talks in Geneva were a complete failure, officials said")]
    [InlineData("We are ready for dialogue with the United States", "The United States is not ready for dialogue")]
    [InlineData("The West is focused on the escalation of the Ukrainian crisis, which now represents the main strategic risks", "additional strategic risks")]
    [InlineData("Hopes that Russia will be somehow defeated have faded away", "We don't want war and we don't need it at all.")]
    public void Different_statements_and_short_common_phrases_are_not_similar(string left, string right)
    {
        Assert.False(SearchQuoteClusterer.Similar(Tokenizer.Terms(left), Tokenizer.Terms(right)));
    }

    [Fact]
    public void Longest_common_subsequence_counts_terms_in_order()
    {
        Assert.Equal(3, SearchQuoteClusterer.LongestCommonSubsequence(new[] { "a", "b", "c", "d" }, new[] { "a", "x", "c", "d" }));
        Assert.Equal(1, SearchQuoteClusterer.LongestCommonSubsequence(new[] { "a", "b" }, new[] { "b", "a" }));
        Assert.Equal(0, SearchQuoteClusterer.LongestCommonSubsequence(new string[0], new[] { "a" }));
    }

    [Fact]
    public void Links_across_articles_form_clusters_and_quotes_in_one_article_are_not_linked()
    {
        var articles = new[]
        {
            Article("a", Full, "A completely different statement about grain exports and the harbour in Odesa"),
            Article("b", "Nothing in this quotation resembles any other quotation at all here", Reworded),
            Article("c", "the slightest interest in a fair resolution of the current conflict, said the ministry"),
            // Two versions of one statement inside one article: a paraphrase, not a second outlet.
            Article("d", "We have repeatedly stated that no one in our country will attack anyone", "We have already reiterated that no one in our country intends to attack anyone"),
        };

        var clusters = SearchQuoteClusterer.Cluster(articles);

        var cluster = Assert.Single(clusters);
        Assert.Equal(new[] { new SearchQuoteRef(0, 0), new SearchQuoteRef(1, 1), new SearchQuoteRef(2, 0) }, cluster.Members);
    }

    [Fact]
    public void The_cluster_record_lists_each_cluster_with_its_members()
    {
        var clusters = new[] { new SearchClusterSpec(new[] { new SearchQuoteRef(0, 2), new SearchQuoteRef(3, 1) }.ToEquatableArray()) }.ToEquatableArray();

        // count, then per cluster its member count and (article, quote) pairs, in the record digits ('P' + value).
        Assert.Equal("QRPRSQ", SearchClusterEncoder.Encode(clusters));
    }

    [Fact]
    public void Compiled_quotes_link_to_their_cluster_and_unique_quotes_have_none()
    {
        var corpus = SearchCorpus.Of(new CorpusProject()
            .WithFile("one.txt", "Ministry says the West wants no fair resolution\n\n\"" + Full + "\" said a statement from the ministry.\n\n\"We will keep talking to everyone who wants to talk,\" the minister said.\n")
            .WithFile("two.txt", "Minister repeats his criticism of the West at a briefing\n\nMoscow does not see \"" + Reworded + "\" the minister said at a briefing.\n")
            .WithFile("three.txt", "Harbour reopens after repairs are finished\n\n\"The harbour will reopen on Monday after the repairs are finished,\" the mayor said.\n"));

        var clusters = corpus.Clusters();
        var quotes = corpus.QuotesWithClusters();

        var cluster = Assert.Single(clusters);
        Assert.Equal(new[] { "one", "two" }, cluster.Select(q => q.ArticleId));
        Assert.All(quotes.Where(q => q.Quote.ArticleId != "three" && q.Quote.Text.Contains("slightest", System.StringComparison.Ordinal)), q => Assert.Equal(cluster, q.Cluster));
        Assert.All(quotes.Where(q => !q.Quote.Text.Contains("slightest", System.StringComparison.Ordinal)), q => Assert.Empty(q.Cluster));
    }

    private static SearchQuotesSpec Article(string id, params string[] quotes) =>
        new(id, id + ".txt", quotes.Select((text, i) => new SearchQuoteTerms(i, Tokenizer.Terms(text).ToEquatableArray())).ToEquatableArray());
}
