using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing.Structure;

/// <summary>
/// Finds the headline: the first story line after the site chrome. Chrome is everything
/// <see cref="LineClassifier"/> recognized (navigation, page dates, bylines, captions, prompts) plus short
/// category labels ("International", "Government Bodies"). A label is only taken for a label when a line that
/// reads as a title follows it before the story starts; otherwise the short line is itself the headline.
/// </summary>
internal static class HeadlineFinder
{
    private static readonly HashSet<string> s_minorWords = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "and", "the", "of", "in", "on", "at", "for", "to", "&",
    };

    /// <summary>The index in <paramref name="lines"/> of the headline; -1 only when there are no lines.</summary>
    public static int Find(IReadOnlyList<ContentLine> lines)
    {
        // nextTitle[i]: the first story line at or after i that is not label-shaped, so each label is decided in O(1).
        var nextTitle = new int[lines.Count + 1];
        nextTitle[lines.Count] = -1;
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            nextTitle[i] = lines[i].Kind == LineKind.Text && !IsLabel(lines[i].Text) ? i : nextTitle[i + 1];
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind != LineKind.Text)
            {
                continue;
            }

            if (!IsLabel(lines[i].Text))
            {
                return i;
            }

            var next = nextTitle[i + 1];
            if (next < 0 || ReadsAsBody(lines[next].Text))
            {
                return i;
            }
        }

        // No story line at all: the first line with words stands as the title rather than leaving none.
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind is not (LineKind.Unreadable or LineKind.Separator))
            {
                return i;
            }
        }

        return lines.Count > 0 ? 0 : -1;
    }

    /// <summary>The section: the label nearest above the headline, or else the last step of a breadcrumb there.</summary>
    public static (int Line, string? Text) FindSection(IReadOnlyList<ContentLine> lines, int headline)
    {
        for (var i = headline - 1; i >= 0; i--)
        {
            if (lines[i].Kind == LineKind.Text && IsLabel(lines[i].Text))
            {
                return (i, lines[i].Stripped);
            }
        }

        for (var i = headline - 1; i >= 0; i--)
        {
            if (lines[i].Kind == LineKind.Navigation && BoilerplateClassifier.TryBreadcrumb(lines[i].Text, out var last) && IsLabel(last))
            {
                return (i, last);
            }
        }

        return (-1, null);
    }

    /// <summary>
    /// A category label: one to three words in title case with at most two content words ("International",
    /// "Government Bodies", "Science and Technology"), no closing punctuation. "Biden Visits Kyiv" has three
    /// content words and reads as a short headline instead.
    /// </summary>
    public static bool IsLabel(string text)
    {
        if (text.Length > 40)
        {
            return false;
        }

        var bare = Markup.Strip(text);
        if (bare.Length == 0 || !char.IsUpper(bare[0]) || TextShape.LastSignificantChar(bare) is '.' or '!' or '?' or ':' or ';' or ',' or '\u2026')
        {
            return false;
        }

        var words = bare.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 3)
        {
            return false;
        }

        var content = 0;
        foreach (var word in words)
        {
            if (s_minorWords.Contains(word))
            {
                continue;
            }

            if (!char.IsUpper(word[0]) || !TextShape.HasLetterOrDigit(word))
            {
                return false;
            }

            content++;
        }

        return content is >= 1 and <= 2;
    }

    /// <summary>A line that reads as a paragraph of the story rather than a title: a long sentence.</summary>
    public static bool ReadsAsBody(string text)
    {
        var words = TextShape.WordCount(text, 36);
        return words >= 35 || (words >= 12 && TextShape.LastSignificantChar(text) is '.' or '!' or '?' or '\u2026');
    }
}
