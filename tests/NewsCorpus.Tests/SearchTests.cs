using System;
using System.IO;
using System.Linq;
using NewsCorpus.Cli;

namespace NewsCorpus.Tests;

/// <summary>Full-text search and quote clusters on the compiled seed dataset, and the tool's search command.</summary>
public sealed class SearchTests
{
    private static readonly string SeedsFolder = Path.Combine(AppContext.BaseDirectory, "seeds");

    // The seed articles about NATO expansion: Lavrov's press conference, the alliance article and the Moscow article.
    private static readonly string[] NatoExpansionArticles = { "002_c550625fe29d2797", "003_fdf5a3c8ae985b17", "004_e6b917c242a3da36" };

    [Fact]
    public void NATO_expansion_finds_the_articles_about_NATO_expansion_first()
    {
        var hits = Corpus.Search("NATO expansion");

        Assert.Equal(NatoExpansionArticles, hits.Select(h => h.Article.Id).Distinct().Take(3).OrderBy(id => id, StringComparer.Ordinal));
        Assert.All(hits.Take(3), hit => Assert.Equal(new[] { "expansion", "nato" }, HighlightedTerms(hit).Distinct().OrderBy(t => t, StringComparer.Ordinal)));
    }

    [Fact]
    public void A_phrase_query_finds_only_passages_with_the_phrase()
    {
        var hits = Corpus.Search("\"NATO expansion\"");

        Assert.NotEmpty(hits);
        // As terms: "NATO's expansion" is the phrase too, as the tokenizer drops a possessive 's.
        Assert.All(hits, hit => Assert.Contains(" nato expansion ", " " + string.Join(" ", Tokenizer.Terms(hit.Text)) + " ", StringComparison.Ordinal));
        Assert.Contains(hits, hit => hit.Text.Contains("NATO expansion", StringComparison.Ordinal));
        Assert.All(hits, hit => Assert.Contains(hit.Article.Id, NatoExpansionArticles));
        Assert.Contains(hits, hit => hit.IsHeadline);
    }

    [Fact]
    public void Highlights_point_at_query_words_in_the_hit_text()
    {
        foreach (var hit in Corpus.Search("Lavrov Ukraine", 50))
        {
            Assert.Equal(hit.IsHeadline ? hit.Article.Title : hit.Paragraph!.Text, hit.Text);
            Assert.NotEmpty(hit.Highlights);
            Assert.All(HighlightedTerms(hit), term => Assert.Contains(term, new[] { "lavrov", "ukraine" }));
        }
    }

    [Fact]
    public void Search_is_case_and_accent_insensitive()
    {
        var plain = Corpus.Search("lavrov").Select(h => (h.Article.Id, h.ParagraphIndex));

        Assert.NotEmpty(plain);
        Assert.Equal(plain, Corpus.Search("LAVRÓV").Select(h => (h.Article.Id, h.ParagraphIndex)));
    }

    [Fact]
    public void Unknown_words_find_nothing_and_never_throw()
    {
        Assert.Empty(Corpus.Search("qwertyuiopasdf"));
        Assert.Empty(Corpus.Search(string.Empty));
        Assert.Empty(Corpus.Search(null!));
        Assert.Empty(Corpus.Search("NATO", 0));
        Assert.Empty(Corpus.Search("\"NATO qwertyuiopasdf\""));
    }

    [Fact]
    public void Moscow_statement_reported_by_two_articles_is_one_cluster()
    {
        var reports = Corpus.Quotes.Where(q => q.Text.Contains("slightest interest", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, reports.Select(q => q.Article.Id).Distinct().Count());
        var cluster = reports[0].Cluster;
        Assert.NotNull(cluster);
        Assert.All(reports, q => Assert.Same(cluster, q.Cluster));
        Assert.Equal(reports, cluster!.Quotes);
        Assert.Contains(cluster, Corpus.QuoteClusters);
        Assert.True(Corpus.DataSet.SearchIndex.TryGetCluster(reports[0], out _));
    }

    [Fact]
    public void Different_quotations_are_not_clustered()
    {
        var unclustered = Corpus.Quotes.Where(q => q.Text.Contains("strategic risks", StringComparison.Ordinal) || q.Text.Contains("defeated", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(unclustered);
        Assert.All(unclustered, q => Assert.Null(q.Cluster));
        Assert.All(Corpus.QuoteClusters, cluster =>
        {
            Assert.True(cluster.Quotes.Select(q => q.Article.Id).Distinct().Count() > 1);
            Assert.All(cluster.Quotes, q => Assert.Same(cluster, q.Cluster));
        });
        Assert.False(Corpus.DataSet.SearchIndex.TryGetCluster(unclustered[0], out _));
    }

    [Fact]
    public void Cli_search_ranks_the_embedded_dataset_and_a_parsed_folder_alike()
    {
        var embedded = RunCli("search", "NATO expansion", "--max", "5");
        var folder = RunCli("search", "NATO expansion", "--max", "5", "--corpus", SeedsFolder);

        Assert.Equal(Program.Success, embedded.ExitCode);
        Assert.Equal(Program.Success, folder.ExitCode);
        var lines = embedded.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.Contains(lines[0].Split('\t')[0], NatoExpansionArticles);
        Assert.Contains("[NATO expansion]", embedded.Out, StringComparison.Ordinal);
        Assert.Equal(embedded.Out, folder.Out);
    }

    [Fact]
    public void Cli_search_reports_no_match_and_bad_usage_with_exit_codes()
    {
        Assert.Equal(Program.NotFound, RunCli("search", "qwertyuiopasdf").ExitCode);
        Assert.Equal(Program.UsageError, RunCli("search", "NATO", "--max", "0").ExitCode);
        Assert.Equal(Program.UsageError, RunCli("search").ExitCode);
        Assert.Equal(Program.InputError, RunCli("search", "NATO", "--corpus", Path.Combine(SeedsFolder, "missing")).ExitCode);
    }

    // The tool compiles the shared tokenizer (and lets these tests see it): the same folding the index uses.
    private static string[] HighlightedTerms(SearchHit hit) =>
        hit.Highlights.SelectMany(h => Tokenizer.Terms(hit.Text.Substring(h.Start, h.Length))).ToArray();

    private static (int ExitCode, string Out, string Err) RunCli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
