namespace NewsCorpus.Generator.Parsing;

/// <summary>One line of a corpus file, with where it is, so every later step can point a diagnostic at it.</summary>
/// <param name="Number">Zero-based line number.</param>
/// <param name="Start">UTF-16 offset of the line's first character in the file text.</param>
/// <param name="Text">The line without its line break.</param>
internal readonly record struct SourceLine(int Number, int Start, string Text)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    public string Trimmed => Text.Trim();
}
