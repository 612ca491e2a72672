using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator;

/// <summary>Turns the parser's <see cref="DiagnosticSpec"/> data into Roslyn diagnostics located in the corpus file.</summary>
internal static class DiagnosticReporter
{
    public static void Report(SourceProductionContext context, EquatableArray<DiagnosticSpec> diagnostics)
    {
        foreach (var spec in diagnostics)
        {
            var descriptor = DiagnosticDescriptors.Find(spec.DescriptorId);
            if (descriptor is null)
            {
                continue;
            }

            var arguments = new object[spec.Arguments.Count];
            for (var i = 0; i < arguments.Length; i++)
            {
                arguments[i] = spec.Arguments[i];
            }

            context.ReportDiagnostic(Diagnostic.Create(descriptor, ToLocation(spec), arguments));
        }
    }

    private static Location ToLocation(DiagnosticSpec spec)
    {
        if (string.IsNullOrEmpty(spec.FilePath))
        {
            return Location.None;
        }

        var span = spec.Span;
        return Location.Create(
            spec.FilePath,
            new TextSpan(span.Start, span.Length),
            new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn)));
    }
}
