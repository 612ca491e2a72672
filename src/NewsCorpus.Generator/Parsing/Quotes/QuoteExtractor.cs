using System.Collections.Generic;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>
/// Finds quotations in each paragraph: text between matching quotation marks (straight, curly, guillemets,
/// low-high). Apostrophes inside words are never marks. A quotation that never closes runs to the end of its
/// paragraph and is reported as info.
/// </summary>
internal static class QuoteExtractor
{
    public static void Extract(ArticleDraft draft)
    {
        for (var p = 0; p < draft.Paragraphs.Count; p++)
        {
            var paragraph = draft.Paragraphs[p];
            foreach (var span in FindSpans(paragraph.Text))
            {
                if (!span.Closed)
                {
                    draft.Diagnostics.Add(draft.Map.Diagnostic(DiagnosticIds.UnclosedQuote, draft.Map.Span(paragraph.Line, span.Start - 1, 1)));
                }

                var text = paragraph.Text.Substring(span.Start, span.End - span.Start);
                draft.Quotes.Add(new QuoteSpec(text, p, span.Start, span.End, Classify(paragraph.Text, span.Start, text), null, null));
            }
        }
    }

    internal readonly record struct QuoteSpan(int Start, int End, bool Closed);

    /// <summary>Quoted ranges in <paramref name="text"/>, marks excluded and surrounding white space trimmed.</summary>
    internal static List<QuoteSpan> FindSpans(string text)
    {
        var spans = new List<QuoteSpan>();
        var i = 0;
        while (i < text.Length)
        {
            var close = ClosingMarkFor(text[i]);
            if (close is null)
            {
                i++;
                continue;
            }

            var open = i;
            var end = FindClose(text, open + 1, text[open], close.Value);
            var closed = end >= 0;
            var contentEnd = closed ? end : text.Length;
            var (start, stop) = Trim(text, open + 1, contentEnd);
            if (stop > start)
            {
                spans.Add(new QuoteSpan(start, stop, closed));
            }

            i = closed ? end + 1 : text.Length;
        }

        return spans;
    }

    private static char? ClosingMarkFor(char c) => c switch
    {
        '"' => '"',
        '\u201C' => '\u201D', // “ ”
        '\u201E' => '\u201C', // „ “
        '\u00AB' => '\u00BB', // « »
        _ => null,
    };

    private static int FindClose(string text, int from, char open, char close)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c == close || (open != '"' && c == '"'))
            {
                return i;
            }

            // A curly opener used as a closer: it follows the quoted words and nothing starts after it.
            if (open == '\u201C' && c == '\u201C' && i > from && !char.IsWhiteSpace(text[i - 1]))
            {
                return i;
            }

            if (open == '\u201C' && c == '\u201C' && (i + 1 >= text.Length || text.Substring(i + 1).Trim().Length == 0))
            {
                return i;
            }
        }

        return -1;
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static global::NewsCorpus.QuoteKind Classify(string paragraph, int start, string quoted)
    {
        var words = TextShape.WordCount(quoted);
        if (words <= 4 && !TextShape.EndsWithSentencePunctuation(quoted) && IsTitleCase(quoted) && words > 0)
        {
            return global::NewsCorpus.QuoteKind.Mention;
        }

        var startsSentence = char.IsUpper(quoted[0]) && PrecededBySentenceStart(paragraph, start);
        return startsSentence ? global::NewsCorpus.QuoteKind.Statement : global::NewsCorpus.QuoteKind.Partial;
    }

    private static bool IsTitleCase(string text)
    {
        foreach (var word in text.Split(' '))
        {
            if (word.Length > 3 && !char.IsUpper(word[0]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool PrecededBySentenceStart(string paragraph, int start)
    {
        for (var i = start - 2; i >= 0; i--)
        {
            var c = paragraph[i];
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            return c is '.' or ':' or '!' or '?' or ',' or '\u201D' or '"';
        }

        return true;
    }
}
