using System.Linq;
using Microsoft.CodeAnalysis;
using NewsCorpus.Generator.Tests.Infrastructure;

namespace NewsCorpus.Generator.Tests.Pipeline;

/// <summary>Bad input becomes a located diagnostic; everything else still generates.</summary>
public sealed class DiagnosticsTests
{
    [Fact]
    public void Empty_file_is_skipped_with_NC0001_and_the_rest_generates()
    {
        var project = new CorpusProject()
            .WithFile("empty.txt", "  \n\n ")
            .WithFile("good.txt", "A perfectly good headline here\n\nBody.\n");
        var run = project.Run();

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "NC0001");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.EndsWith("empty.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("empty.txt", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Single(CompiledCorpus.Load(run).Articles);
    }

    [Fact]
    public void Unreadable_file_is_reported_with_NC0002()
    {
        var run = new CorpusProject().WithFile("gone.txt", null).Run().ShouldCompile();

        Assert.Single(run.GeneratorDiagnostics, d => d.Id == "NC0002");
    }

    [Fact]
    public void Unclosed_quote_is_info_NC0006_pointing_at_the_mark()
    {
        var run = new CorpusProject()
            .WithFile("a.txt", "Headline of the unclosed quote story\n\nHe said \"this never ends.\n")
            .Run().ShouldCompile();

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "NC0006");
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(2, span.StartLinePosition.Line);
        Assert.Equal(8, span.StartLinePosition.Character);
    }

    [Fact]
    public void Duplicate_ids_are_reported_with_NC0004_and_one_article_is_kept()
    {
        var run = new CorpusProject()
            .WithFile("story.txt", "The first story has a headline\n\nBody one.\n")
            .WithFile("story.text", "The second story has a headline\n\nBody two.\n")
            .Run();

        Assert.Single(run.GeneratorDiagnostics, d => d.Id == "NC0004");
        Assert.Single(CompiledCorpus.Load(run).Articles);
    }

    [Theory]
    [InlineData("NewsCorpusNamespace", "not a namespace")]
    [InlineData("NewsCorpusClassName", "class")]
    [InlineData("NewsCorpusChunkSize", "huge")]
    public void Invalid_settings_fall_back_to_defaults_with_NC0005(string property, string value)
    {
        var project = new CorpusProject().WithFile("a.txt", "A headline for the settings test\n\nBody.\n");
        project.Properties[property] = value;
        var run = project.Run().ShouldCompile();

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "NC0005");
        Assert.Contains(property, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Every_descriptor_has_a_help_link_and_a_unique_id()
    {
        var ids = DiagnosticDescriptors.All.Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(DiagnosticDescriptors.All, d => Assert.EndsWith("#" + d.Id.ToLowerInvariant(), d.HelpLinkUri));
    }
}
