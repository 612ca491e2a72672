using System.Collections.Generic;
using System;

namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>
/// Tells a whole quoted statement from a partial quote inside the reporter's sentence and from a quoted name or
/// title that is not speech. Only the quoted words and a short window before the opening mark are read.
/// </summary>
internal static class QuoteClassifier
{
    private const int WindowChars = 40;
    private const int MaxTitleWords = 8;

    /// <summary>Words right before a quotation that make it a name, not speech: titled "Inside the Room", nicknamed "the Professor".</summary>
    private static readonly string[] s_mentionCues =
    {
        "titled", "entitled", "nicknamed", "dubbed", "known as", "so-called", "so called", "named", "codenamed",
        "code-named", "the word", "the words", "the term", "the phrase", "the hashtag", "hashtag", "the slogan",
        "slogan", "the motto", "under the name", "renamed", "the headline", "headlined", "billed as", "branded as",
        "designated as", "classified as", "categorised as", "categorized as",
    };

    /// <param name="text">The paragraph.</param>
    /// <param name="quote">The quotation.</param>
    /// <param name="previousEnd">Where the previous quotation of the paragraph ended (its closing mark included), or -1.</param>
    /// <param name="continues">True when the quotation continues one left open in the previous paragraph.</param>
    public static QuoteKind Classify(string text, RawQuote quote, int previousEnd, bool continues)
    {
        if (continues)
        {
            return QuoteKind.Statement;
        }

        var windowStart = Math.Max(0, quote.OpenMark - WindowChars);
        var before = text.Substring(windowStart, quote.OpenMark - windowStart).TrimEnd();
        if (EndsWithMentionCue(before) || IsTitleLike(text, quote.Start, quote.End))
        {
            return QuoteKind.Mention;
        }

        var first = FirstLetterOrDigit(text, quote.Start, quote.End);
        var opensSentence = OpensSentence(text, quote.OpenMark);
        if (opensSentence && (char.IsUpper(first) || char.IsDigit(first)))
        {
            return QuoteKind.Statement;
        }

        // "Without water there is no harvest," he added, "and without a harvest …": one statement cut by its attribution.
        if (previousEnd >= 0 && before.EndsWith(",", StringComparison.Ordinal) && IsShortAttribution(text, previousEnd, quote.OpenMark))
        {
            return QuoteKind.Statement;
        }

        return QuoteKind.Partial;
    }

    /// <summary>True when a mention cue ends the text, or comes before its object ("nicknamed him", "dubbed the plan").</summary>
    private static bool EndsWithMentionCue(string before)
    {
        var words = new List<string>(before.Split(Words.Space, StringSplitOptions.RemoveEmptyEntries));

        // "known locally as a “boda boda”", "better known simply as": an adverb inside the cue and an article after it.
        for (var w = words.Count - 2; w >= 1; w--)
        {
            if (words[w + 1].Equals("as", StringComparison.OrdinalIgnoreCase) && words[w].EndsWith("ly", StringComparison.OrdinalIgnoreCase) && words[w].Length > 3)
            {
                words.RemoveAt(w);
                break;
            }
        }

        if (words.Count >= 2 && words[words.Count - 1].ToLowerInvariant() is "a" or "an" && words[words.Count - 2].Equals("as", StringComparison.OrdinalIgnoreCase))
        {
            words.RemoveAt(words.Count - 1);
        }

        before = string.Join(" ", words);
        var n = words.Count;
        var objectPronoun = n >= 1 && words[n - 1].ToLowerInvariant() is "him" or "her" or "it" or "them" or "this" or "that";
        var determinerAndNoun = n >= 2 && words[n - 2].ToLowerInvariant() is "the" or "a" or "an" or "his" or "her" or "its" or "their";
        return EndsWithCue(before)
            || (objectPronoun && EndsWithCue(string.Join(" ", words.GetRange(0, n - 1))))
            || (determinerAndNoun && EndsWithCue(string.Join(" ", words.GetRange(0, n - 2))));
    }

    private static bool EndsWithCue(string text)
    {
        foreach (var cue in s_mentionCues)
        {
            if (text.EndsWith(cue, StringComparison.OrdinalIgnoreCase)
                && (text.Length == cue.Length || !char.IsLetter(text[text.Length - cue.Length - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A short run of capitalized words with no sentence punctuation: 'Meet the Press', "Ashworth Flood Watch".</summary>
    private static bool IsTitleLike(string text, int start, int end)
    {
        if (end - start > 80)
        {
            return false;
        }

        var last = text[end - 1];
        if (last is '.' or ',' or '!' or '?' or ';' or ':' or '\u2026')
        {
            return false;
        }

        var words = 0;
        var i = start;
        while (i < end)
        {
            while (i < end && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= end)
            {
                break;
            }

            var wordStart = i;
            while (i < end && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            words++;
            var head = text[wordStart];
            var firstWord = words == 1;
            if (!char.IsUpper(head) && !char.IsDigit(head) && (firstWord || i - wordStart > 3))
            {
                return false;
            }
        }

        return words is > 0 and <= MaxTitleWords;
    }

    private static char FirstLetterOrDigit(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return text[i];
            }

            if (text[i] is not ('[' or '(' or '.' or '\u2026' or '-' or '\u2014' or '\'' or '\u2018'))
            {
                return '\0';
            }
        }

        return '\0';
    }

    /// <summary>True when nothing of the reporter's sentence comes before the mark, or only an introduction ending in ':' or ','.</summary>
    private static bool OpensSentence(string text, int openMark)
    {
        for (var i = openMark - 1; i >= 0 && i >= openMark - WindowChars; i--)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            return c is '.' or '!' or '?' or ':' or ',' or ';' or '\u2014' or '\u2013' or '(' || QuoteMark.IsMarkChar(c);
        }

        return true;
    }

    private static bool IsShortAttribution(string text, int from, int to)
    {
        if (to - from > 80)
        {
            return false;
        }

        var words = 0;
        var verb = false;
        var i = from;
        while (i < to)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < to && char.IsLetter(text[i]))
            {
                i++;
            }

            words++;
            verb |= ReportingVerbs.TryGet(text.Substring(start, i - start), out _, out var form, out _) && form != VerbForm.Base;
        }

        return verb && words <= 8;
    }
}
