using System;
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

        // Roslyn throws on a negative position or an end before the start, and a generator that throws loses all its
        // output; a span that is off (a parser bug) still points into the right file.
        var span = spec.Span;
        var start = new LinePosition(Math.Max(0, span.StartLine), Math.Max(0, span.StartColumn));
        var end = new LinePosition(Math.Max(0, span.EndLine), Math.Max(0, span.EndColumn));
        return Location.Create(
            spec.FilePath,
            new TextSpan(Math.Max(0, span.Start), Math.Max(0, span.Length)),
            new LinePositionSpan(start, end < start ? start : end));
    }
}
