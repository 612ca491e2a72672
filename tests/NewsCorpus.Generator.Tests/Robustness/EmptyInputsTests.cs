using System.Linq;
using Microsoft.CodeAnalysis;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Tests.Infrastructure;

namespace NewsCorpus.Generator.Tests.Robustness;

/// <summary>The smallest inputs: nothing at all, nothing but white space, only a headline, and no files.</summary>
public sealed class EmptyInputsTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n\n\n")]
    [InlineData("\r\n \t \r\n")]
    [InlineData("\u00A0\u2003\u3000\n\u2028\u2029\u0085")]
    public void An_empty_or_white_space_file_is_skipped_with_NC0001(string text)
    {
        var run = new CorpusProject().WithFile("empty.txt", text).WithFile("good.txt", "A perfectly good headline here\n\nBody.\n").Run().ShouldCompile();

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == DiagnosticIds.EmptyFile);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.EndsWith("empty.txt", diagnostic.Location.GetLineSpan().Path, System.StringComparison.Ordinal);
        Assert.Single(CompiledCorpus.Load(run).Articles);
    }

    [Theory]
    [InlineData("Only a headline and nothing else")]
    [InlineData("Only a headline and nothing else\n")]
    [InlineData("\n\n   Only a headline and nothing else   \n\n")]
    [InlineData("Short")]
    public void A_headline_only_file_is_an_article_without_paragraphs(string text)
    {
        var run = new CorpusProject().WithFile("headline.txt", text).Run().ShouldCompile();

        var article = Assert.Single(CompiledCorpus.Load(run).Articles);
        Assert.Equal(text.Trim(), CompiledCorpus.Get(article, "Title"));
        Assert.Empty((System.Collections.IEnumerable)CompiledCorpus.Get(article, "Paragraphs")!);
        Assert.Empty((System.Collections.IEnumerable)CompiledCorpus.Get(article, "Quotes")!);
        Assert.Equal(string.Empty, CompiledCorpus.Get(article, "Body"));
    }

    [Fact]
    public void A_corpus_of_zero_files_still_has_the_whole_api_and_it_is_empty()
    {
        var run = new CorpusProject().Run().ShouldCompile();

        var corpus = CompiledCorpus.Load(run);

        Assert.Empty(corpus.Articles);
        Assert.Empty(corpus.Quotes);
        Assert.Null(corpus.FindArticle("anything"));
        Assert.Null(corpus.FindArticle(string.Empty));
        var type = run.Output.GetTypeByMetadataName("TestApp.Corpus")!;
        foreach (var member in new[] { "Articles", "Quotes", "Speakers", "FindArticle", "TryGetArticle", "QuotesBy", "DataSet" })
        {
            Assert.NotEmpty(type.GetMembers(member));
        }

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Only_unusable_files_still_give_the_empty_api()
    {
        var run = new CorpusProject().WithFile("empty.txt", "").WithFile("gone.txt", null).WithFile("nul.txt", new string('\0', 100)).Run().ShouldCompile();

        Assert.Empty(CompiledCorpus.Load(run).Articles);
        Assert.Equal(3, run.GeneratorDiagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
    }
}
