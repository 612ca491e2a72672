using System;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>
/// Finds where a character of a paragraph sits in the corpus file, for a diagnostic's location. A paragraph is
/// its source lines with edges trimmed, markup and dateline removed and line breaks joined, so an offset is found
/// by its surrounding text on the paragraph's lines rather than by arithmetic.
/// </summary>
internal static class MarkLocator
{
    private const int ProbeChars = 16;
    private const int MaxLines = 200;

    public static TextSpanSpec Locate(SourceMap map, ParagraphSpec paragraph, int offset, int length)
    {
        var text = paragraph.Text;
        var first = map.LineText(paragraph.Line);
        if (first is null)
        {
            return TextSpanSpec.FileStart;
        }

        // The common case: a one-line paragraph whose text starts somewhere in its line.
        var head = text.Substring(0, Math.Min(text.Length, ProbeChars));
        var start = first.IndexOf(head, StringComparison.Ordinal);
        if (start >= 0 && start + offset + length <= first.Length
            && string.CompareOrdinal(first, start + offset, text, offset, length) == 0)
        {
            return map.Span(paragraph.Line, start + offset, length);
        }

        // Otherwise look for the mark with the words right after it (or right before, at a paragraph's end).
        var probeLength = Math.Min(ProbeChars, text.Length - offset);
        var probe = text.Substring(offset, probeLength);
        var cut = probe.IndexOf('\n');
        probe = cut > 0 ? probe.Substring(0, cut) : probe;
        var probeOffset = 0;
        if (probe.Length < 4 && offset > 0)
        {
            var from = Math.Max(0, offset - ProbeChars);
            probe = text.Substring(from, offset - from + length);
            probeOffset = offset - from;
        }

        for (var line = paragraph.Line; line < paragraph.Line + MaxLines; line++)
        {
            var source = map.LineText(line);
            if (source is null)
            {
                break;
            }

            var at = source.IndexOf(probe, StringComparison.Ordinal);
            if (at >= 0)
            {
                return map.Span(line, at + probeOffset, length);
            }
        }

        return map.Span(paragraph.Line, Math.Max(0, start), 0);
    }
}
