namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>Whether a mark opens a quotation, closes one, or (straight marks) can do either.</summary>
internal enum MarkShape
{
    Opening,
    Closing,
    Symmetric,
}

/// <summary>Double marks delimit quotations; single marks nest inside them or, at top level, quote a few words.</summary>
internal enum MarkLevel
{
    Double,
    Single,
}

/// <summary>One quotation mark in a paragraph: where it is, how long (two apostrophes are one mark) and what it can do.</summary>
internal readonly record struct QuoteMark(int Position, int Length, MarkLevel Level, MarkShape Shape, char Char)
{
    public int End => Position + Length;

    /// <summary>Reads the mark at <paramref name="i"/>, or null when the character there is not a quotation mark.</summary>
    public static QuoteMark? At(string text, int i)
    {
        var c = text[i];
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        switch (c)
        {
            case '"':
            case '\uFF02':
                return new QuoteMark(i, 1, MarkLevel.Double, MarkShape.Symmetric, c);
            case '\u201C': // “
            case '\u201F': // ‟
                return new QuoteMark(i, 1, MarkLevel.Double, MarkShape.Opening, c);
            case '\u201E': // „
            case '\u00AB': // «
                return new QuoteMark(i, 1, MarkLevel.Double, MarkShape.Opening, c);
            case '\u201D': // ”
            case '\u00BB': // »
                return new QuoteMark(i, 1, MarkLevel.Double, MarkShape.Closing, c);
            case '`' when next == '`':
                return new QuoteMark(i, 2, MarkLevel.Double, MarkShape.Opening, '\u201C');
            case '\'' when next == '\'':
                // The newspaper style ''…'': two apostrophes stand for one straight double mark.
                return new QuoteMark(i, 2, MarkLevel.Double, MarkShape.Symmetric, '"');
            case '\u2018' when next == '\u2018':
                return new QuoteMark(i, 2, MarkLevel.Double, MarkShape.Opening, '\u201C');
            case '\u2019' when next == '\u2019':
                return new QuoteMark(i, 2, MarkLevel.Double, MarkShape.Closing, '\u201D');
            case '\'':
                return new QuoteMark(i, 1, MarkLevel.Single, MarkShape.Symmetric, c);
            case '\u2018': // ‘
            case '\u201A': // ‚
            case '\u2039': // ‹
                return new QuoteMark(i, 1, MarkLevel.Single, MarkShape.Opening, c);
            case '\u2019': // ’
            case '\u203A': // ›
                return new QuoteMark(i, 1, MarkLevel.Single, MarkShape.Closing, c);
            default:
                return null;
        }
    }

    /// <summary>Every character <see cref="IsMarkChar"/> is true for, for searching text for the next one.</summary>
    public static readonly char[] MarkChars =
    {
        '"', '\'', '`', '\uFF02', '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2018', '\u2019', '\u201A', '\u2039', '\u203A',
    };

    /// <summary>True for any character that can be (part of) a quotation mark.</summary>
    /// <remarks>Asked of every character of every paragraph: text below the first non-ASCII mark takes one range test and three comparisons.</remarks>
    public static bool IsMarkChar(char c) =>
        c < '\u00AB'
            ? c is '"' or '\'' or '`'
            : c is '\uFF02' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2018' or '\u2019' or '\u201A' or '\u2039' or '\u203A';
}
