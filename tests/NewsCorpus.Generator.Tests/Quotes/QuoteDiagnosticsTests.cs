using Microsoft.CodeAnalysis;
using NewsCorpus.Generator.Tests.Infrastructure;

namespace NewsCorpus.Generator.Tests.Quotes;

/// <summary>Marks that cannot be paired become info diagnostics located at the mark in the corpus file, never errors.</summary>
public sealed class QuoteDiagnosticsTests
{
    [Fact]
    public void A_quotation_closed_by_inference_is_NC0007_at_its_opening_mark()
    {
        var run = new CorpusProject()
            .WithFile("a.txt", "Headline of the lost closing mark story\n\n  \u201CWe are ready. \u201CWe will fight,\u201D he said.\n")
            .Run().ShouldCompile();

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "NC0007");
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(2, span.StartLinePosition.Line);
        Assert.Equal(2, span.StartLinePosition.Character);
    }

    [Fact]
    public void A_stray_closing_mark_is_NC0008_at_the_mark()
    {
        var run = new CorpusProject()
            .WithFile("a.txt", "Headline of the stray closing mark story\n\nThe talks ended\u201D without a deal, officials said.\n")
            .Run().ShouldCompile();

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "NC0008");
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal(15, diagnostic.Location.GetLineSpan().StartLinePosition.Character);
    }

    [Fact]
    public void An_unclosed_quotation_in_a_paragraph_of_several_lines_points_at_its_line()
    {
        // A paragraph hard-wrapped over lines: the mark is found on the line that holds it.
        var run = new CorpusProject()
            .WithFile("a.txt", "Headline of the wrapped paragraph story\n\nThe minister spoke to reporters in the capital on a cold\nmorning and said \u201Cthe reforms will go on whatever the\nvote brings in the end.\n")
            .Run().ShouldCompile();

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "NC0006");
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(3, span.StartLinePosition.Line);
        Assert.Equal(17, span.StartLinePosition.Character);
    }
}
