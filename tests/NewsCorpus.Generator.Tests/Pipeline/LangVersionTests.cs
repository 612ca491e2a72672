using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsCorpus.Generator.Tests.Infrastructure;

namespace NewsCorpus.Generator.Tests.Pipeline;

/// <summary>
/// The generated code needs C# 11. An older consumer gets one NC0020 naming the LangVersion to set and no
/// generated code at all, so the compiler has nothing to fail on; C# 11 itself compiles everything.
/// </summary>
public sealed class LangVersionTests
{
    [Theory]
    [InlineData(LanguageVersion.CSharp8, "8")]
    [InlineData(LanguageVersion.CSharp10, "10")]
    public void Older_versions_get_one_NC0020_and_no_generated_code(LanguageVersion version, string shown)
    {
        var project = new CorpusProject { LanguageVersion = version }.WithSeeds();
        var run = project.Run();

        Assert.Null(run.Result.Exception);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("NC0020", diagnostic.Id);
        Assert.Single(run.GeneratorDiagnostics, d => d.Id == "NC0020");
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("compiles as C# " + shown + ",", message);
        Assert.Contains("<LangVersion>11</LangVersion>", message);
        Assert.EndsWith("#nc0020", diagnostic.Descriptor.HelpLinkUri);
        Assert.Empty(run.Result.GeneratedSources);
        Assert.Empty(run.CompileProblems.Select(d => d.ToString()));
    }

    [Fact]
    public void CSharp_11_compiles_everything_the_generator_adds()
    {
        var project = new CorpusProject { LanguageVersion = LanguageVersion.CSharp11 }.WithSeeds();
        project.Sources.Add("class Use { int Count() => TestApp.Corpus.Articles.Count + TestApp.Corpus.Speakers.Count; }");

        var run = project.Run().ShouldCompile();

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "NC0020");
        Assert.Contains(run.Result.GeneratedSources, s => s.HintName.StartsWith("NewsCorpus.Runtime.", System.StringComparison.Ordinal));
        Assert.NotEmpty(run.CorpusSources);
    }

    [Fact]
    public void Raising_the_version_generates_the_corpus_without_other_changes()
    {
        var project = new CorpusProject { LanguageVersion = LanguageVersion.CSharp10 }.WithSeeds();
        var tooOld = project.Run();
        Assert.Empty(tooOld.Result.GeneratedSources);

        var driver = tooOld.Driver
            .WithUpdatedParseOptions(new CSharpParseOptions(LanguageVersion.CSharp11))
            .RunGenerators(project.Compilation());
        var result = driver.GetRunResult().Results.Single();

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "NC0020");
        Assert.Contains(result.GeneratedSources, s => s.HintName == "Corpus.g.cs");
        Assert.Contains(result.GeneratedSources, s => s.HintName.StartsWith("NewsCorpus.Runtime.", System.StringComparison.Ordinal));
    }
}
