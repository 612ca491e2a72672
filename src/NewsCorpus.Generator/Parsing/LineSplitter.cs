using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing;

/// <summary>Splits text into lines on LF, CRLF, CR and the Unicode line and paragraph separators, so every line-ending style gives the same lines.</summary>
internal static class LineSplitter
{
    private static readonly char[] s_breaks = { '\n', '\r', '\u2028', '\u2029', '\u0085' };

    public static List<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>();
        var start = 0;

        // Lines are long next to their breaks: search for the next break rather than test every character.
        int i;
        while ((i = text.IndexOfAny(s_breaks, start)) >= 0)
        {
            lines.Add(new SourceLine(lines.Count, start, text.Substring(start, i - start)));
            start = i + (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1);
        }

        if (start < text.Length)
        {
            lines.Add(new SourceLine(lines.Count, start, text.Substring(start)));
        }

        return lines;
    }
}
