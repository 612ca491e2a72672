using System.Collections.Generic;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>
/// Finds the quotations of one paragraph in a single left-to-right pass over its quotation marks.
/// <list type="bullet">
/// <item>Double marks (" “ ” „ « » and the newspaper style '' '') pair up by a small state machine. Damage is read
/// the way a reader reads it: a closer facing the wrong way (<c>comply. “</c>) or a straight closer after a curly
/// opener still closes; a quotation that opens and never closes runs to the end of the paragraph; a mark that
/// reopens while a quotation is open ends the open one where its attribution starts.</item>
/// <item>Single marks inside a double quotation are part of it (nested quotes, apostrophes). At top level a single
/// mark opens only before a word and only when a closing single mark follows in the same paragraph, so the
/// apostrophes of aren’t, Russia’s and the ’90s are never quotations.</item>
/// </list>
/// Work is linear in the paragraph: every mark is looked at once, and the search for a single closer is bounded.
/// </summary>
internal static class QuoteScanner
{
    /// <summary>Longest top-level single-quoted span looked for; longer single-quoted speech is not news style.</summary>
    private const int MaxSingleSpan = 3000;

    public static (List<RawQuote> Quotes, List<MarkIssue> Issues) Scan(string text)
    {
        var quotes = new List<RawQuote>();
        var issues = new List<MarkIssue>();
        Scan(text, quotes, issues);
        return (quotes, issues);
    }

    /// <summary>Scans into <paramref name="quotes"/> and <paramref name="issues"/>, emptied first: a caller that scans many paragraphs reuses its lists.</summary>
    public static void Scan(string text, List<RawQuote> quotes, List<MarkIssue> issues)
    {
        quotes.Clear();
        issues.Clear();
        QuoteMark? open = null;
        QuoteMark? nested = null;
        var singleSearch = new SingleCloserSearch(text);
        var i = 0;
        while (i < text.Length)
        {
            // Most of a paragraph is no mark: skip to the next character that can be one.
            i = text.IndexOfAny(QuoteMark.MarkChars, i);
            if (i < 0)
            {
                break;
            }

            if (QuoteMark.At(text, i) is not { } mark)
            {
                i++;
                continue;
            }

            i = mark.End;
            if (mark.Level == MarkLevel.Single)
            {
                if (open is null && singleSearch.TryFind(mark, out var closer))
                {
                    AddQuote(quotes, text, mark, closer.Position, QuoteEnding.Closed, MarkLevel.Single);
                    i = closer.End;
                }

                continue;
            }

            var opening = MarkContext.OpeningLike(text, mark.Position, mark.End);
            var closing = MarkContext.ClosingLike(text, mark.Position, mark.End);
            if (open is null)
            {
                if (OpensAtTopLevel(text, mark, opening, issues))
                {
                    open = mark;
                }

                continue;
            }

            var outer = open.Value;
            if (nested is { } inner)
            {
                // Inside a nested quotation only its own closer matters, unless the outer one's proper closer
                // comes first: then the nested one simply lost its closer.
                if (MarkPairs.IsProperCloser(outer, mark) && !MarkPairs.IsProperCloser(inner, mark))
                {
                    nested = null;
                }
                else
                {
                    if (MarkPairs.CanClose(inner, mark, opening, closing))
                    {
                        nested = null;
                    }

                    continue;
                }
            }

            if (MarkPairs.CanClose(outer, mark, opening, closing))
            {
                AddQuote(quotes, text, outer, mark.Position, QuoteEnding.Closed, MarkLevel.Double);
                open = null;
                continue;
            }

            if (MarkPairs.CanNest(outer, mark, opening, closing))
            {
                nested = mark;
                continue;
            }

            // A new quotation opens while one is open: the open one lost its closing mark.
            var end = AttributionTail.CutBefore(text, outer.End, mark.Position);
            if (end < 0)
            {
                issues.Add(new MarkIssue(outer.Position, DiagnosticIds.QuoteClosedByInference));
                end = mark.Position;
            }

            AddQuote(quotes, text, outer, end, QuoteEnding.Inferred, MarkLevel.Double);
            open = mark;
        }

        if (open is { } unclosed)
        {
            AddQuote(quotes, text, unclosed, text.Length, QuoteEnding.Unclosed, MarkLevel.Double);
        }
    }

    /// <summary>Whether a double mark met outside any quotation opens one; a mark that can only close is a stray.</summary>
    private static bool OpensAtTopLevel(string text, QuoteMark mark, bool opening, List<MarkIssue> issues)
    {
        switch (mark.Shape)
        {
            case MarkShape.Opening:
                // “ as the last thing in the paragraph faces the wrong way and has nothing to close.
                if (!opening && MarkContext.RestIsBlank(text, mark.End))
                {
                    issues.Add(new MarkIssue(mark.Position, DiagnosticIds.StrayQuoteMark));
                    return false;
                }

                return true;
            case MarkShape.Closing:
                // » … « and ” … ” are how some languages open; a closer before a word opens.
                if (opening)
                {
                    return true;
                }

                issues.Add(new MarkIssue(mark.Position, DiagnosticIds.StrayQuoteMark));
                return false;
            default:
                if (opening || !MarkContext.ClosingLike(text, mark.Position, mark.End))
                {
                    return true;
                }

                // 5'10" and 12" are inches, not quotations.
                if (mark.Position == 0 || !char.IsDigit(text[mark.Position - 1]))
                {
                    issues.Add(new MarkIssue(mark.Position, DiagnosticIds.StrayQuoteMark));
                }

                return false;
        }
    }

    private static void AddQuote(List<RawQuote> quotes, string text, QuoteMark open, int end, QuoteEnding ending, MarkLevel level)
    {
        var start = open.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (HasLetterOrDigit(text, start, end))
        {
            quotes.Add(new RawQuote(open.Position, start, end, ending, level));
        }
    }

    private static bool HasLetterOrDigit(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Finds the closing single mark for a top-level single opener. Openers are met left to right, so a failed
    /// search is remembered: every later opener before the same stopping point would fail too. A struct: one
    /// lives in each paragraph's scan, as a local that its searches update.
    /// </summary>
    private struct SingleCloserSearch
    {
        private readonly string _text;

        // Straight openers stop at the next double mark, curly ones do not, so each remembers its own failures.
        private int _straightFailedBefore = -1;
        private int _curlyFailedBefore = -1;

        public SingleCloserSearch(string text) => _text = text;

        public bool TryFind(QuoteMark opener, out QuoteMark closer)
        {
            closer = default;
            var straight = opener.Shape == MarkShape.Symmetric;
            if (opener.Position < (straight ? _straightFailedBefore : _curlyFailedBefore) || !IsSingleOpener(opener))
            {
                return false;
            }

            var limit = System.Math.Min(_text.Length, opener.End + MaxSingleSpan);
            QuoteMark? weak = null;
            var i = opener.End;
            for (; i < limit; i++)
            {
                var c = _text[i];
                if (!QuoteMark.IsMarkChar(c))
                {
                    continue;
                }

                if (QuoteMark.At(_text, i) is not { } mark)
                {
                    continue;
                }

                if (mark.Level == MarkLevel.Double)
                {
                    // A straight ' is too often an apostrophe to let it swallow double quotations; ‘ may hold them.
                    if (straight)
                    {
                        break;
                    }

                    i = mark.End - 1;
                    continue;
                }

                if (!IsSingleCloser(mark))
                {
                    continue;
                }

                if (IsPossessivePlural(mark))
                {
                    weak ??= mark;
                    continue;
                }

                closer = mark;
                return true;
            }

            if (weak is { } possessive)
            {
                closer = possessive;
                return true;
            }

            if (straight)
            {
                _straightFailedBefore = i;
            }
            else
            {
                _curlyFailedBefore = i;
            }

            return false;
        }

        private bool IsSingleOpener(QuoteMark mark)
        {
            if (mark.Shape == MarkShape.Closing || !MarkContext.OpeningLike(_text, mark.Position, mark.End))
            {
                return false;
            }

            // ’90s, 'em, 'til: elisions, not quotations.
            var next = mark.End;
            if (char.IsDigit(_text[next]))
            {
                return false;
            }

            return !StartsWithElision(next);
        }

        private bool IsSingleCloser(QuoteMark mark)
        {
            if (mark.Shape == MarkShape.Opening && mark.Char != '\u2018')
            {
                return false;
            }

            var left = _text[mark.Position - 1];
            if (char.IsWhiteSpace(left))
            {
                return false;
            }

            return mark.End >= _text.Length || !char.IsLetterOrDigit(_text[mark.End]);
        }

        /// <summary>workers' rights: an apostrophe after a plural before a lower-case word; a closer only if nothing better comes.</summary>
        private bool IsPossessivePlural(QuoteMark mark)
        {
            var left = _text[mark.Position - 1];
            return left is 's' or 'S' && mark.End + 1 < _text.Length && _text[mark.End] == ' ' && char.IsLower(_text[mark.End + 1]);
        }

        private bool StartsWithElision(int start)
        {
            var end = start;
            while (end < _text.Length && char.IsLetter(_text[end]))
            {
                end++;
            }

            var word = _text.Substring(start, System.Math.Min(end - start, 6)).ToLowerInvariant();
            return end - start <= 5 && word is "em" or "til" or "tis" or "twas" or "cause" or "n" or "bout" or "round";
        }
    }
}
