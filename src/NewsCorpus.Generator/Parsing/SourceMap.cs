using System.Collections.Generic;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Parsing;

/// <summary>Builds diagnostic locations (<see cref="TextSpanSpec"/>) from line positions without holding Roslyn's SourceText.</summary>
internal sealed class SourceMap
{
    private readonly IReadOnlyList<SourceLine> _lines;

    public SourceMap(string path, IReadOnlyList<SourceLine> lines)
    {
        Path = path;
        _lines = lines;
    }

    public string Path { get; }

    /// <summary>The span of <paramref name="length"/> characters at <paramref name="column"/> of line <paramref name="line"/>.</summary>
    public TextSpanSpec Span(int line, int column, int length)
    {
        if (line < 0 || line >= _lines.Count)
        {
            return TextSpanSpec.FileStart;
        }

        var source = _lines[line];
        column = System.Math.Max(0, System.Math.Min(column, source.Text.Length));
        length = System.Math.Max(0, System.Math.Min(length, source.Text.Length - column));
        return new TextSpanSpec(source.Start + column, length, line, column, line, column + length);
    }

    /// <summary>The text of line <paramref name="line"/> without its line break, or null past the end of the file.</summary>
    public string? LineText(int line) => line >= 0 && line < _lines.Count ? _lines[line].Text : null;

    /// <summary>The whole of line <paramref name="line"/>.</summary>
    public TextSpanSpec Line(int line) =>
        line >= 0 && line < _lines.Count ? Span(line, 0, _lines[line].Text.Length) : TextSpanSpec.FileStart;

    /// <summary>A diagnostic in this file; the file path is always the first message argument.</summary>
    public DiagnosticSpec Diagnostic(string id, TextSpanSpec span, params string[] arguments)
    {
        var all = new string[arguments.Length + 1];
        all[0] = Path;
        arguments.CopyTo(all, 1);
        return new DiagnosticSpec(id, Path, span, all.ToEquatableArray());
    }
}
