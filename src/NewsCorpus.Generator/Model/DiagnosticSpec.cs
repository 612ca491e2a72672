namespace NewsCorpus.Generator.Model;

/// <summary>
/// A diagnostic as plain data. Roslyn's <c>Diagnostic</c> and <c>Location</c> are not value-equatable, so the
/// parser records what to report and the source-output step turns it into a real diagnostic.
/// </summary>
/// <param name="DescriptorId">The NCxxxx id; see <c>DiagnosticDescriptors</c>.</param>
/// <param name="FilePath">The corpus file the diagnostic points into.</param>
/// <param name="Span">Where in that file.</param>
/// <param name="Arguments">Message format arguments, already rendered to invariant strings.</param>
internal sealed record DiagnosticSpec(
    string DescriptorId,
    string FilePath,
    TextSpanSpec Span,
    EquatableArray<string> Arguments);

/// <summary>A text range with its line/column form, so a location can be built without the SourceText.</summary>
internal readonly record struct TextSpanSpec(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static readonly TextSpanSpec FileStart = new(0, 0, 0, 0, 0, 0);
}
