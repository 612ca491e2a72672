using System;
using System.Collections.Generic;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Parsing.Structure;

/// <summary>
/// Finds the headline and the body paragraphs. Lines before the headline are site chrome; a line that repeats
/// an earlier one is a duplicate; short unpunctuated lines between paragraphs are subheadings.
/// </summary>
internal static class StructureParser
{
    public static void Parse(IReadOnlyList<SourceLine> lines, ArticleDraft draft)
    {
        var headline = FindHeadline(lines);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            var text = line.Trimmed;
            if (i < headline)
            {
                draft.Remove(line, RemovalReason.SiteChrome);
                continue;
            }

            if (i == headline)
            {
                draft.Title = text;
                seen.Add(text);
                continue;
            }

            if (!seen.Add(text))
            {
                draft.Remove(line, RemovalReason.Duplicate);
                continue;
            }

            if (IsSubheading(text) && HasBodyAfter(lines, i))
            {
                draft.Subheadings.Add(StripMarkup(text));
                continue;
            }

            draft.Paragraphs.Add(new ParagraphSpec(text, draft.Subheadings.Count - 1, line.Number));
        }
    }

    /// <summary>The first line that reads as a headline: several words, not just a label or a date.</summary>
    private static int FindHeadline(IReadOnlyList<SourceLine> lines)
    {
        var first = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            first = first < 0 ? i : first;
            if (TextShape.WordCount(lines[i].Trimmed) >= 4 && !TextShape.StartsWithDigit(lines[i].Trimmed))
            {
                return i;
            }
        }

        return first;
    }

    private static bool IsSubheading(string text)
    {
        var plain = StripMarkup(text);
        var words = TextShape.WordCount(plain);
        return words is > 0 and <= 10 && !TextShape.EndsWithSentencePunctuation(plain) && char.IsUpper(plain[0]);
    }

    private static bool HasBodyAfter(IReadOnlyList<SourceLine> lines, int index)
    {
        for (var i = index + 1; i < lines.Count; i++)
        {
            if (!lines[i].IsBlank)
            {
                return TextShape.EndsWithSentencePunctuation(lines[i].Trimmed) && TextShape.WordCount(lines[i].Trimmed) > 10;
            }
        }

        return false;
    }

    internal static string StripMarkup(string text)
    {
        var result = text.Trim();
        if (result.StartsWith("#", StringComparison.Ordinal))
        {
            result = result.TrimStart('#').Trim();
        }

        if (result.Length > 4 && result.StartsWith("**", StringComparison.Ordinal) && result.EndsWith("**", StringComparison.Ordinal))
        {
            result = result.Substring(2, result.Length - 4).Trim();
        }

        return result;
    }
}
