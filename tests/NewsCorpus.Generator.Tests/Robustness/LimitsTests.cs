using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Tests.Infrastructure;

namespace NewsCorpus.Generator.Tests.Robustness;

/// <summary>
/// Size limits turn a runaway input into a warning instead of a compiler that runs out of memory:
/// NewsCorpusMaxArticleBytes per file (NC0012) and NewsCorpusMaxCorpusBytes for the stored total (NC0013).
/// </summary>
public sealed class LimitsTests
{
    private static string Article(string name, int paragraphs) =>
        $"A headline for the article called {name}\n\n" + string.Concat(Enumerable.Range(0, paragraphs).Select(i => $"Paragraph {i} of {name} says something new.\n\n"));

    [Fact]
    public void An_article_over_the_article_limit_is_skipped_with_NC0012_and_the_rest_generates()
    {
        var big = Article("big", 50);
        var project = new CorpusProject().WithFile("big.txt", big).WithFile("small.txt", Article("small", 1));
        project.Properties["NewsCorpusMaxArticleBytes"] = "1000";

        var run = project.Run().ShouldCompile();

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == DiagnosticIds.ArticleTooLarge);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.EndsWith("big.txt", diagnostic.Location.GetLineSpan().Path, System.StringComparison.Ordinal);
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains(System.Text.Encoding.UTF8.GetByteCount(big).ToString(CultureInfo.InvariantCulture), message, System.StringComparison.Ordinal);
        Assert.Contains("1000", message, System.StringComparison.Ordinal);
        var corpus = CompiledCorpus.Load(run);
        Assert.Null(corpus.FindArticle("big"));
        Assert.NotNull(corpus.FindArticle("small"));
    }

    [Fact]
    public void An_article_exactly_at_the_limit_is_kept()
    {
        var text = Article("exact", 3);
        var project = new CorpusProject().WithFile("exact.txt", text);
        project.Properties["NewsCorpusMaxArticleBytes"] = System.Text.Encoding.UTF8.GetByteCount(text).ToString(CultureInfo.InvariantCulture);

        var run = project.Run().ShouldCompile();

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == DiagnosticIds.ArticleTooLarge);
        Assert.Single(CompiledCorpus.Load(run).Articles);
    }

    [Fact]
    public void Articles_past_the_corpus_limit_are_left_out_in_id_order_with_NC0013()
    {
        var project = new CorpusProject();
        for (var i = 0; i < 10; i++)
        {
            project.WithFile($"a{i}.txt", Article("a" + i, 5));
        }

        project.Properties["NewsCorpusMaxCorpusBytes"] = "1500";
        var run = project.Run().ShouldCompile();

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == DiagnosticIds.CorpusTooLarge);
        var ids = CompiledCorpus.Load(run).Articles.Select(a => (string)CompiledCorpus.Get(a, "Id")!).ToList();
        Assert.InRange(ids.Count, 1, 9);
        Assert.Equal(Enumerable.Range(0, ids.Count).Select(i => "a" + i), ids);
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("'a" + ids.Count + "'", message, System.StringComparison.Ordinal);
        Assert.Contains("the " + (9 - ids.Count).ToString(CultureInfo.InvariantCulture) + " after it", message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NewsCorpusMaxArticleBytes", "0")]
    [InlineData("NewsCorpusMaxArticleBytes", "-5")]
    [InlineData("NewsCorpusMaxArticleBytes", "64MB")]
    [InlineData("NewsCorpusMaxCorpusBytes", "lots")]
    [InlineData("NewsCorpusMaxCorpusBytes", "99999999999999999999999")]
    public void An_invalid_limit_is_reported_with_NC0005_and_the_default_is_used(string property, string value)
    {
        var project = new CorpusProject().WithFile("a.txt", Article("a", 2));
        project.Properties[property] = value;

        var run = project.Run().ShouldCompile();

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == DiagnosticIds.InvalidSetting);
        Assert.Contains(property, diagnostic.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Single(CompiledCorpus.Load(run).Articles);
    }

    [Fact]
    public void The_defaults_let_a_50_MB_article_and_a_100_MB_corpus_through()
    {
        Assert.True(CorpusSettings.DefaultMaxArticleBytes >= 50L << 20);
        Assert.True(CorpusSettings.DefaultMaxCorpusBytes >= 100L << 20);
    }
}
