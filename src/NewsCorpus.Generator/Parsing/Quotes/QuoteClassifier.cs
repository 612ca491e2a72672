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

    /// <summary>The most words a window holds: each takes a character and a space at least.</summary>
    private const int MaxWindowWords = (WindowChars / 2) + 1;

    /// <summary>Words right before a quotation that make it a name, not speech: titled "Inside the Room", nicknamed "the Professor".</summary>
    private static readonly string[] s_mentionCues =
    {
        "titled", "entitled", "nicknamed", "dubbed", "known as", "so-called", "so called", "named", "codenamed",
        "code-named", "the word", "the words", "the term", "the phrase", "the hashtag", "hashtag", "the slogan",
        "slogan", "the motto", "under the name", "renamed", "the headline", "headlined", "billed as", "branded as",
        "designated as", "classified as", "categorised as", "categorized as",
    };

    /// <summary>What may come between a cue and the quotation: "nicknamed him “…”", "dubbed the plan “…”".</summary>
    private static readonly string[] s_objectPronouns = { "him", "her", "it", "them", "this", "that" };

    private static readonly string[] s_determiners = { "the", "a", "an", "his", "her", "its", "their" };

    /// <summary>The words of each cue, to match them against the words of a window in place.</summary>
    private static readonly string[][] s_mentionCueWords = Array.ConvertAll(s_mentionCues, cue => cue.Split(Words.Space));

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

        // The window before the opening mark, trailing white space left out, read in place.
        var windowStart = Math.Max(0, quote.OpenMark - WindowChars);
        var windowEnd = quote.OpenMark;
        while (windowEnd > windowStart && char.IsWhiteSpace(text[windowEnd - 1]))
        {
            windowEnd--;
        }

        if (EndsWithMentionCue(text, windowStart, windowEnd) || IsTitleLike(text, quote.Start, quote.End))
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
        if (previousEnd >= 0 && windowEnd > windowStart && text[windowEnd - 1] == ',' && IsShortAttribution(text, previousEnd, quote.OpenMark))
        {
            return QuoteKind.Statement;
        }

        return QuoteKind.Partial;
    }

    /// <summary>True when a mention cue ends <c>text[start..end)</c>, or comes before its object ("nicknamed him", "dubbed the plan").</summary>
    private static bool EndsWithMentionCue(string text, int start, int end)
    {
        var words = new WindowWords(text, start, end, stackalloc int[MaxWindowWords], stackalloc int[MaxWindowWords]);

        // "known locally as a “boda boda”", "better known simply as": an adverb inside the cue and an article after it.
        for (var w = words.Count - 2; w >= 1; w--)
        {
            if (words.Is(w + 1, "as") && words.EndsWith(w, "ly") && words.Length(w) > 3)
            {
                words.RemoveAt(w);
                break;
            }
        }

        if (words.Count >= 2 && (words.IsLower(words.Count - 1, "a") || words.IsLower(words.Count - 1, "an")) && words.Is(words.Count - 2, "as"))
        {
            words.RemoveAt(words.Count - 1);
        }

        var n = words.Count;
        var objectPronoun = n >= 1 && words.IsLowerAny(n - 1, s_objectPronouns);
        var determinerAndNoun = n >= 2 && words.IsLowerAny(n - 2, s_determiners);
        return words.EndWithCue(n) || (objectPronoun && words.EndWithCue(n - 1)) || (determinerAndNoun && words.EndWithCue(n - 2));
    }

    /// <summary>
    /// The words of a window, split at spaces with empty ones dropped and kept as ranges of the paragraph, so none is
    /// cut out. Their text joined by single spaces is what the cues are matched against.
    /// </summary>
    private ref struct WindowWords
    {
        private readonly string _text;
        private readonly Span<int> _starts;
        private readonly Span<int> _ends;

        public WindowWords(string text, int start, int end, Span<int> starts, Span<int> ends)
        {
            _text = text;
            _starts = starts;
            _ends = ends;
            Count = 0;
            var position = start;
            while (Words.NextSpaced(text, ref position, end, out var wordStart, out var wordEnd))
            {
                _starts[Count] = wordStart;
                _ends[Count++] = wordEnd;
            }
        }

        public int Count { get; private set; }

        public int Length(int w) => _ends[w] - _starts[w];

        public void RemoveAt(int w)
        {
            for (var k = w + 1; k < Count; k++)
            {
                _starts[k - 1] = _starts[k];
                _ends[k - 1] = _ends[k];
            }

            Count--;
        }

        /// <summary>Word <paramref name="w"/> is <paramref name="word"/>, case ignored (<see cref="StringComparison.OrdinalIgnoreCase"/>).</summary>
        public bool Is(int w, string word) => Length(w) == word.Length && EndsWith(w, word);

        /// <summary>Word <paramref name="w"/> ends with <paramref name="suffix"/>, case ignored.</summary>
        public bool EndsWith(int w, string suffix) =>
            Length(w) >= suffix.Length && string.Compare(_text, _ends[w] - suffix.Length, suffix, 0, suffix.Length, StringComparison.OrdinalIgnoreCase) == 0;

        /// <summary>Word <paramref name="w"/> in lower case (<see cref="string.ToLowerInvariant"/>) is <paramref name="lower"/>.</summary>
        public bool IsLower(int w, string lower)
        {
            if (Length(w) != lower.Length)
            {
                return false;
            }

            for (var k = 0; k < lower.Length; k++)
            {
                if (char.ToLowerInvariant(_text[_starts[w] + k]) != lower[k])
                {
                    return false;
                }
            }

            return true;
        }

        public bool IsLowerAny(int w, string[] lower)
        {
            foreach (var word in lower)
            {
                if (IsLower(w, word))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The first <paramref name="count"/> words, joined by single spaces, end with a cue, which is not the end of a
        /// longer word ("retitled"). As a cue has single spaces and a word none, its last words are whole words of
        /// the window and its first word ends one.
        /// </summary>
        public bool EndWithCue(int count)
        {
            foreach (var cue in s_mentionCueWords)
            {
                var first = count - cue.Length;
                if (first < 0 || !EndsWith(first, cue[0]))
                {
                    continue;
                }

                var matches = true;
                for (var k = 1; k < cue.Length && matches; k++)
                {
                    matches = Is(first + k, cue[k]);
                }

                var at = _ends[first] - cue[0].Length;
                if (matches && (at == _starts[first] || !char.IsLetter(_text[at - 1])))
                {
                    return true;
                }
            }

            return false;
        }
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
