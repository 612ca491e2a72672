using System;
using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing.Structure;

/// <summary>
/// Decides, line by line, whether a line is page furniture rather than story: a caption, a prompt, an
/// advertisement, a credit or navigation. The vocabulary is <see cref="BoilerplateLexicon"/>; the structure is
/// here: furniture is short, a prompt opens with its verb, a caption's credit closes the line. A line longer
/// than <see cref="MaxLength"/> characters is always story text, which also keeps every check cheap.
/// </summary>
internal static class BoilerplateClassifier
{
    public const int MaxLength = 400;

    private static readonly OpeningIndex s_promptOpenings = new(BoilerplateLexicon.PromptOpenings);
    private static readonly OpeningIndex s_boilerplateOpenings = new(BoilerplateLexicon.BoilerplateOpenings);
    private static readonly OpeningIndex s_captionOpenings = new(BoilerplateLexicon.CaptionOpenings);
    private static readonly OpeningIndex s_creditOpenings = new(BoilerplateLexicon.CreditOpenings);
    private static readonly OpeningIndex s_bioOpenings = new(BoilerplateLexicon.BioOpenings);

    /// <summary>Openings after which a credit opening needs no capitalized name to be a credit.</summary>
    private static readonly OpeningIndex s_creditLeads = new("additional reporting", "with additional reporting", "this article", "this story", "originally published", "a version of this");

    // Case-insensitive ordinal equality never holds between strings of different lengths, so a line longer than
    // every entry of a whole-line set is not looked up (hashing a long line costs more than the rest of the check).
    private static readonly int s_navigationLineLength = LongestEntry(BoilerplateLexicon.NavigationLines);
    private static readonly int s_promptLineLength = LongestEntry(BoilerplateLexicon.PromptLines);
    private static readonly int s_boilerplateLineLength = LongestEntry(BoilerplateLexicon.BoilerplateLines);

    private static readonly MarkerSet s_captionMarkers = new(BoilerplateLexicon.CaptionMarkers);
    private static readonly Func<string, int, bool> s_shortCreditAfter = ShortCreditAfter;

    private static readonly PhraseList s_promptPhrases = new(BoilerplateLexicon.PromptPhrases);
    private static readonly PhraseList s_creditPhrases = new(BoilerplateLexicon.CreditPhrases);

    private static readonly char[] s_breadcrumbMarks = { '\u203A', '\u00BB', '>' };
    private static readonly char[] s_menuSeparators = { '|', '\u2022', '\u00B7' };

    /// <summary>Mostly control characters or replacement characters: binary or mis-decoded content.</summary>
    public static bool IsUnreadable(string text)
    {
        var bad = 0;
        foreach (var c in text)
        {
            if ((char.IsControl(c) && c != '\t') || c == '\uFFFD')
            {
                bad++;
            }
        }

        return bad > 0 && bad * 10 >= text.Length;
    }

    /// <summary>No letter or digit at all: rules, asterisms, lone bullets.</summary>
    public static bool IsSeparator(string text) => !TextShape.HasLetterOrDigit(text);

    /// <summary>Navigation: menu words, breadcrumbs ("News › World"), menus ("World | Business | Sport"), reading times.</summary>
    public static bool IsNavigation(string text) => IsNavigation(new LineView(text));

    /// <inheritdoc cref="IsNavigation(string)"/>
    public static bool IsNavigation(LineView line)
    {
        var text = line.Text;
        if (text.Length > 120)
        {
            return false;
        }

        if (line.BareLength <= s_navigationLineLength && BoilerplateLexicon.NavigationLines.Contains(line.Bare))
        {
            return true;
        }

        // "Thursday" alone: a page's date cut short. Relative days never become dates, and this is no headline.
        var bare = line.BareIn(out var start, out var end);
        var beforeCommas = end;
        while (beforeCommas > start && bare[beforeCommas - 1] == ',')
        {
            beforeCommas--;
        }

        if (DateParser.IsWeekday(bare, start, beforeCommas))
        {
            return true;
        }

        if (line.Words <= 5 && (ContainsIgnoreCase(bare, start, end, "min read") || ContainsIgnoreCase(bare, start, end, "minute read")
            || ContainsIgnoreCase(bare, start, end, "mins read") || TextShape.StartsWithWord(bare, start, end, "reading time")))
        {
            return true;
        }

        return TryBreadcrumb(text, out _) || IsMenu(text);
    }

    /// <summary>A breadcrumb trail ("Home › News › World"); <paramref name="last"/> is its last step, the section.</summary>
    public static bool TryBreadcrumb(string text, out string last)
    {
        last = string.Empty;
        if (text.Length > 120 || text.IndexOfAny(s_breadcrumbMarks) < 0)
        {
            return false;
        }

        var parts = text.Split(s_breadcrumbMarks, StringSplitOptions.None);
        if (parts.Length < 2 || !AllShortLabels(parts, 4))
        {
            return false;
        }

        last = parts[parts.Length - 1].Trim();
        return true;
    }

    public static bool IsPrompt(string text) => IsPrompt(new LineView(text));

    /// <inheritdoc cref="IsPrompt(string)"/>
    public static bool IsPrompt(LineView line)
    {
        if (line.Text.Length > MaxLength)
        {
            return false;
        }

        // The bare form is built only for a line short enough to need it: a long story line is judged on its length and word count.
        if ((line.BareLength <= s_promptLineLength && BoilerplateLexicon.PromptLines.Contains(line.Bare)) || IsCommentCount(line))
        {
            return true;
        }

        var words = line.Words;
        if (words > 30)
        {
            return false;
        }

        var bare = line.BareIn(out var start, out var end);
        return s_promptOpenings.Matches(bare, start, end) || (words <= 25 && s_promptPhrases.ContainsAny(bare, start, end));
    }

    public static bool IsBoilerplate(string text) => IsBoilerplate(new LineView(text));

    /// <inheritdoc cref="IsBoilerplate(string)"/>
    public static bool IsBoilerplate(LineView line)
    {
        if (line.Text.Length > MaxLength)
        {
            return false;
        }

        if (line.BareLength <= s_boilerplateLineLength && BoilerplateLexicon.BoilerplateLines.Contains(line.Bare))
        {
            return true;
        }

        // "Copyright 2024 Example Media" is a notice; "Copyright law changes …" is a headline.
        var words = line.Words;
        if (words > 40)
        {
            return false;
        }

        var bare = line.BareIn(out var start, out var end);
        var notice = TextShape.StartsWithWord(bare, start, end, "copyright")
            && (bare.IndexOfAny(Digits, start, end - start) >= 0 || ContainsIgnoreCase(bare, start, end, "reserved"));
        return notice || s_boilerplateOpenings.Matches(bare, start, end) || (words <= 30 && ContainsIgnoreCase(bare, start, end, "all rights reserved"));
    }

    /// <summary>An image caption or picture credit.</summary>
    public static bool IsCaption(string text) => IsCaption(new LineView(text));

    /// <inheritdoc cref="IsCaption(string)"/>
    public static bool IsCaption(LineView line)
    {
        if (line.Text.Length > MaxLength)
        {
            return false;
        }

        if (line.Text.StartsWith("![", StringComparison.Ordinal))
        {
            return true;
        }

        var stripped = line.Stripped;
        var words = line.Words;
        if (words <= 60 && s_captionOpenings.Matches(stripped))
        {
            return true;
        }

        return words <= 45 && (HasTrailingCredit(stripped) || EndsWithPhotoLibrary(stripped));
    }

    /// <summary>A credit line: "Reuters contributed to this report.", "Reporting by …; Editing by …", "Originally published by …".</summary>
    public static bool IsCredit(string text) => IsCredit(new LineView(text));

    /// <inheritdoc cref="IsCredit(string)"/>
    public static bool IsCredit(LineView line)
    {
        if (line.Text.Length > MaxLength)
        {
            return false;
        }

        var bare = line.Stripped;
        var words = line.Words;
        if (words > 40)
        {
            return false;
        }

        if (s_creditPhrases.ContainsAny(bare))
        {
            return true;
        }

        var opening = s_creditOpenings.First(bare);
        if (opening is null)
        {
            return false;
        }

        // "Reporting by the BBC suggested …" is a sentence; a credit names someone: the word after the opening
        // is capitalized, or the credits are a bracketed or semicolon-separated list.
        var rest = bare.Substring(opening.Length).TrimStart(' ', ':');
        return bare.StartsWith("(", StringComparison.Ordinal)
            || bare.IndexOf(';') >= 0
            || (rest.Length > 0 && char.IsUpper(rest[0]) && words <= 20)
            || s_creditLeads.Matches(bare);
    }

    /// <summary>The heading of a note about the author ("About the author: …").</summary>
    public static bool IsBioOpening(string text) =>
        text.Length <= MaxLength * 2 && s_bioOpenings.Matches(Markup.Strip(text));

    /// <inheritdoc cref="IsBioOpening(string)"/>
    public static bool IsBioOpening(LineView line) =>
        line.Text.Length <= MaxLength * 2 && s_bioOpenings.Matches(line.Stripped);

    /// <summary>The line reduced to its words for whole-line lexicon matches: no Markdown, no arrows, colons or bullets at the edges.</summary>
    internal static string Bare(string text) => new LineView(text).Bare;

    internal static bool IsEdgeMark(char c) =>
        char.IsWhiteSpace(c) || c is ':' or '.' or '!' or '\u2026' or '\u00BB' or '\u203A' or '\u2192' or '>' or '<' or '|' or '-' or '\u2013' or '\u2014' or '\u2022' or '\u00B7' or '*' or '#' or '[' or ']';

    /// <summary>"12 Comments", "3 thoughts on …", "No comments yet".</summary>
    private static bool IsCommentCount(LineView line)
    {
        if (line.Words > 7)
        {
            return false;
        }

        var bare = line.Bare;
        var space = bare.IndexOf(' ');
        if (space <= 0)
        {
            return false;
        }

        var first = bare.Substring(0, space);
        var rest = bare.Substring(space + 1);
        var counted = IsNumber(first) || first.Equals("no", StringComparison.OrdinalIgnoreCase);
        return counted && (TextShape.StartsWithWord(rest, "comments") || TextShape.StartsWithWord(rest, "comment")
            || TextShape.StartsWithWord(rest, "responses") || TextShape.StartsWithWord(rest, "replies")
            || TextShape.StartsWithWord(rest, "thoughts on"));
    }

    private static readonly char[] Digits = { '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' };

    private static bool IsNumber(string text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return text.Length > 0;
    }

    /// <summary>A credit marker ("Image credit:", "REUTERS/", "(AP Photo") with no more than a short credit after it.</summary>
    private static bool HasTrailingCredit(string bare) => s_captionMarkers.AnyFirstOccurrence(bare, s_shortCreditAfter);

    private static bool ShortCreditAfter(string bare, int end) => TextShape.WordCount(bare, end, 16) <= 15;

    /// <summary>The line ends with a picture library's name ("… in Kyiv. Getty Images"), not inside a sentence.</summary>
    private static bool EndsWithPhotoLibrary(string bare)
    {
        // The line's end without closing marks, found in place rather than trimmed into a copy.
        var end = bare.Length;
        while (end > 0 && bare[end - 1] is ' ' or ')' or ']' or '.')
        {
            end--;
        }

        foreach (var library in BoilerplateLexicon.PhotoLibraries)
        {
            var at = end - library.Length;
            if (at >= 0 && string.Compare(bare, at, library, 0, library.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                var before = at - 1;
                if (before < 0 || !char.IsLetterOrDigit(bare[before]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsMenu(string text)
    {
        if (text.Length > 160)
        {
            return false;
        }

        foreach (var separator in s_menuSeparators)
        {
            // Three parts need two separators; most lines have none and are not split at all.
            var first = text.IndexOf(separator);
            if (first < 0 || text.IndexOf(separator, first + 1) < 0)
            {
                continue;
            }

            var parts = text.Split(separator);
            if (parts.Length >= 3 && AllShortLabels(parts, 3))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllShortLabels(IReadOnlyList<string> parts, int maxWords)
    {
        foreach (var part in parts)
        {
            var trimmed = part.Trim();
            var words = TextShape.WordCount(trimmed, maxWords + 1);
            if (words == 0 || words > maxWords || trimmed.Length > 30 || TextShape.EndsWithSentencePunctuation(trimmed))
            {
                return false;
            }
        }

        return true;
    }

    private static int LongestEntry(IEnumerable<string> entries)
    {
        var longest = 0;
        foreach (var entry in entries)
        {
            longest = Math.Max(longest, entry.Length);
        }

        return longest;
    }

    private static bool ContainsIgnoreCase(string text, string phrase) => ContainsIgnoreCase(text, 0, text.Length, phrase);

    private static bool ContainsIgnoreCase(string text, int start, int end, string phrase) => text.IndexOf(phrase, start, end - start, StringComparison.OrdinalIgnoreCase) >= 0;
}
