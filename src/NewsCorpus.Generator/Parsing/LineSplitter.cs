using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing;

/// <summary>Splits text into lines on LF, CRLF, CR and the Unicode line and paragraph separators, so every line-ending style gives the same lines.</summary>
internal static class LineSplitter
{
    public static List<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085')
            {
                lines.Add(new SourceLine(lines.Count, start, text.Substring(start, i - start)));
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                start = i;
                continue;
            }

            i++;
        }

        if (start < text.Length)
        {
            lines.Add(new SourceLine(lines.Count, start, text.Substring(start)));
        }

        return lines;
    }
}
