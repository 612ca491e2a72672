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
    public static bool IsNavigation(string text)
    {
        if (text.Length > 120)
        {
            return false;
        }

        var bare = Bare(text);
        if (BoilerplateLexicon.NavigationLines.Contains(bare))
        {
            return true;
        }

        // "Thursday" alone: a page's date cut short. Relative days never become dates, and this is no headline.
        if (DateParser.IsWeekday(bare.TrimEnd(',')))
        {
            return true;
        }

        if (TextShape.WordCount(bare, 6) <= 5 && (ContainsIgnoreCase(bare, "min read") || ContainsIgnoreCase(bare, "minute read") || ContainsIgnoreCase(bare, "mins read") || TextShape.StartsWithWord(bare, "reading time")))
        {
            return true;
        }

        return TryBreadcrumb(text, out _) || IsMenu(text);
    }

    /// <summary>A breadcrumb trail ("Home › News › World"); <paramref name="last"/> is its last step, the section.</summary>
    public static bool TryBreadcrumb(string text, out string last)
    {
        last = string.Empty;
        if (text.Length > 120 || text.IndexOfAny(new[] { '\u203A', '\u00BB', '>' }) < 0)
        {
            return false;
        }

        var parts = text.Split(new[] { '\u203A', '\u00BB', '>' }, StringSplitOptions.None);
        if (parts.Length < 2 || !AllShortLabels(parts, 4))
        {
            return false;
        }

        last = parts[parts.Length - 1].Trim();
        return true;
    }

    public static bool IsPrompt(string text)
    {
        if (text.Length > MaxLength)
        {
            return false;
        }

        var bare = Bare(text);
        if (BoilerplateLexicon.PromptLines.Contains(bare) || IsCommentCount(bare))
        {
            return true;
        }

        var words = TextShape.WordCount(bare, 31);
        if (words <= 30 && StartsWithAny(bare, BoilerplateLexicon.PromptOpenings))
        {
            return true;
        }

        return words <= 25 && ContainsAny(bare, BoilerplateLexicon.PromptPhrases);
    }

    public static bool IsBoilerplate(string text)
    {
        if (text.Length > MaxLength)
        {
            return false;
        }

        var bare = Bare(text);
        if (BoilerplateLexicon.BoilerplateLines.Contains(bare))
        {
            return true;
        }

        // "Copyright 2024 Example Media" is a notice; "Copyright law changes …" is a headline.
        var words = TextShape.WordCount(bare, 41);
        var notice = TextShape.StartsWithWord(bare, "copyright") && (bare.IndexOfAny(Digits) >= 0 || ContainsIgnoreCase(bare, "reserved"));
        return (words <= 40 && (notice || StartsWithAny(bare, BoilerplateLexicon.BoilerplateOpenings)))
            || (words <= 30 && ContainsIgnoreCase(bare, "all rights reserved"));
    }

    /// <summary>An image caption or picture credit.</summary>
    public static bool IsCaption(string text)
    {
        if (text.Length > MaxLength)
        {
            return false;
        }

        if (text.StartsWith("![", StringComparison.Ordinal))
        {
            return true;
        }

        var bare = Markup.Strip(text);
        var words = TextShape.WordCount(bare, 61);
        if (words <= 60 && StartsWithAny(bare, BoilerplateLexicon.CaptionOpenings))
        {
            return true;
        }

        return words <= 45 && (HasTrailingCredit(bare) || EndsWithPhotoLibrary(bare));
    }

    /// <summary>A credit line: "Reuters contributed to this report.", "Reporting by …; Editing by …", "Originally published by …".</summary>
    public static bool IsCredit(string text)
    {
        if (text.Length > MaxLength)
        {
            return false;
        }

        var bare = Markup.Strip(text);
        var words = TextShape.WordCount(bare, 41);
        if (words > 40)
        {
            return false;
        }

        if (ContainsAny(bare, BoilerplateLexicon.CreditPhrases))
        {
            return true;
        }

        var opening = FirstOpening(bare, BoilerplateLexicon.CreditOpenings);
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
            || StartsWithAny(bare, new[] { "additional reporting", "with additional reporting", "this article", "this story", "originally published", "a version of this" });
    }

    /// <summary>The heading of a note about the author ("About the author: …").</summary>
    public static bool IsBioOpening(string text) =>
        text.Length <= MaxLength * 2 && StartsWithAny(Markup.Strip(text), BoilerplateLexicon.BioOpenings);

    /// <summary>The line reduced to its words for whole-line lexicon matches: no Markdown, no arrows, colons or bullets at the edges.</summary>
    internal static string Bare(string text)
    {
        var stripped = Markup.Strip(text).Replace('\u2019', '\'');
        var start = 0;
        var end = stripped.Length;
        while (start < end && IsEdgeMark(stripped[start]))
        {
            start++;
        }

        while (end > start && IsEdgeMark(stripped[end - 1]))
        {
            end--;
        }

        return stripped.Substring(start, end - start);
    }

    private static bool IsEdgeMark(char c) =>
        char.IsWhiteSpace(c) || c is ':' or '.' or '!' or '\u2026' or '\u00BB' or '\u203A' or '\u2192' or '>' or '<' or '|' or '-' or '\u2013' or '\u2014' or '\u2022' or '\u00B7' or '*' or '#' or '[' or ']';

    /// <summary>"12 Comments", "3 thoughts on …", "No comments yet".</summary>
    private static bool IsCommentCount(string bare)
    {
        var space = bare.IndexOf(' ');
        if (space <= 0 || TextShape.WordCount(bare, 8) > 7)
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
    private static bool HasTrailingCredit(string bare)
    {
        foreach (var marker in BoilerplateLexicon.CaptionMarkers)
        {
            var at = bare.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0 && TextShape.WordCount(bare.Substring(at + marker.Length), 16) <= 15)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The line ends with a picture library's name ("… in Kyiv. Getty Images"), not inside a sentence.</summary>
    private static bool EndsWithPhotoLibrary(string bare)
    {
        var trimmed = bare.TrimEnd(' ', ')', ']', '.');
        foreach (var library in BoilerplateLexicon.PhotoLibraries)
        {
            if (trimmed.EndsWith(library, StringComparison.OrdinalIgnoreCase))
            {
                var before = trimmed.Length - library.Length - 1;
                if (before < 0 || !char.IsLetterOrDigit(trimmed[before]))
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

        foreach (var separator in new[] { '|', '\u2022', '\u00B7' })
        {
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

    private static string? FirstOpening(string text, IEnumerable<string> openings)
    {
        foreach (var opening in openings)
        {
            if (TextShape.StartsWithWord(text, opening))
            {
                return opening;
            }
        }

        return null;
    }

    internal static bool StartsWithAny(string text, IEnumerable<string> openings)
    {
        foreach (var opening in openings)
        {
            if (TextShape.StartsWithWord(text, opening))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAny(string text, IEnumerable<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            if (ContainsIgnoreCase(text, phrase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsIgnoreCase(string text, string phrase) => text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase) >= 0;
}
