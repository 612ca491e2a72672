namespace NewsCorpus.Generator.Model;

/// <summary>
/// One corpus file as read from an <c>AdditionalText</c>: the only pipeline step that touches Roslyn's
/// file object. Everything downstream sees this plain record, so an unchanged file compares equal and
/// its parse is reused.
/// </summary>
/// <param name="Path">The full path the compiler was given; used for diagnostic locations.</param>
/// <param name="Id">The article id: the path relative to the corpus folder, without extension, '/'-separated.</param>
/// <param name="Content">The decoded text, or null when the file could not be read.</param>
internal sealed record CorpusFileSpec(string Path, string Id, string? Content)
{
    /// <summary>What reading the file found (not UTF-8, too large); with a null <see cref="Content"/>, why the file was skipped.</summary>
    public EquatableArray<DiagnosticSpec> ReadDiagnostics { get; init; } = EquatableArray<DiagnosticSpec>.Empty;
}
