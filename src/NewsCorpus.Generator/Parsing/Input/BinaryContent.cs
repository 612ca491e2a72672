namespace NewsCorpus.Generator.Parsing.Input;

/// <summary>
/// Tells binary data from text. Text never holds many control characters, so a file in which at least one
/// character in <see cref="Ratio"/> is a control character other than tab, the line breaks and form feed (NUL,
/// bell, escape, DEL…) is binary: an image, an archive, a document format, UTF-16 saved without a byte order mark.
/// Parsing it would only turn noise into an article. A few stray control characters in real text do not count:
/// they stay in the article as data.
/// </summary>
internal static class BinaryContent
{
    /// <summary>One control character in this many characters makes a file binary (5%).</summary>
    public const int Ratio = 20;

    /// <summary>What makes <paramref name="text"/> binary, or null when it reads as text.</summary>
    public static BinaryEvidence? Inspect(string text)
    {
        var count = 0;
        var first = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsControl(text[i]))
            {
                first = first < 0 ? i : first;
                count++;
            }
        }

        return count > 0 && (long)count * Ratio >= text.Length ? new BinaryEvidence(count, text.Length, first) : null;
    }

    /// <summary>C0 controls and DEL, less the ones plain text uses. C1 controls are left out: a Windows-1252 file read as Latin-1 has them for its curly quotes.</summary>
    private static bool IsControl(char c) =>
        (c < ' ' && c is not '\t' and not '\n' and not '\v' and not '\f' and not '\r') || c == '\u007F';
}

/// <param name="ControlCharacters">How many control characters the text holds.</param>
/// <param name="Length">The text's length in characters.</param>
/// <param name="FirstIndex">Offset of the first one, where the diagnostic points.</param>
internal readonly record struct BinaryEvidence(int ControlCharacters, int Length, int FirstIndex);
