using System.Collections.Generic;
using System.Globalization;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Parsing.Input;

/// <summary>
/// Parses a corpus file once it is known to be an article at all. A file the reader refused (larger than the
/// article limit) or that holds binary data is reported and skipped; what the reader noticed about a file it
/// kept (it was not valid UTF-8) is reported with the article. Pure, like the rest of Parsing/.
/// </summary>
internal static class InputGate
{
    public static ParsedArticle Parse(CorpusFileSpec file)
    {
        var notes = file.ReadDiagnostics;
        if (file.Content is null && !notes.IsEmpty)
        {
            return new ParsedArticle(null, notes);
        }

        if (file.Content is not null && BinaryContent.Inspect(file.Content) is { } binary)
        {
            return new ParsedArticle(null, Concat(notes, new[] { BinaryDiagnostic(file, file.Content, binary) }));
        }

        var parsed = ArticleParser.Parse(file);
        return notes.IsEmpty ? parsed : parsed with { Diagnostics = Concat(notes, parsed.Diagnostics) };
    }

    private static DiagnosticSpec BinaryDiagnostic(CorpusFileSpec file, string content, BinaryEvidence evidence) => new(
        DiagnosticIds.BinaryFile,
        file.Path,
        TextPosition.At(content, evidence.FirstIndex),
        new[]
        {
            file.Path,
            evidence.ControlCharacters.ToString(CultureInfo.InvariantCulture),
            evidence.Length.ToString(CultureInfo.InvariantCulture),
        }.ToEquatableArray());

    private static EquatableArray<DiagnosticSpec> Concat(IEnumerable<DiagnosticSpec> first, IEnumerable<DiagnosticSpec> second)
    {
        var all = new List<DiagnosticSpec>(first);
        all.AddRange(second);
        return all.ToEquatableArray();
    }
}
