using System.Collections.Generic;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>
/// Finds the quotations of an article: <see cref="QuoteScanner"/> reads each paragraph's marks, then the paragraphs
/// are read together. A quotation left open at the end of a paragraph whose next paragraph opens with a mark is
/// one quotation over several paragraphs: each piece becomes its own quote, the later ones flagged
/// <see cref="QuoteSpec.ContinuesPrevious"/>. One left open otherwise runs to the end of its paragraph (less an
/// attribution at its end) and is reported as info (NC0006). Speakers are found afterwards by <see cref="SpeakerResolver"/>.
/// </summary>
internal static class QuoteExtractor
{
    /// <summary>Damaged text can have a stray mark in every sentence; a few reports per paragraph say enough.</summary>
    private const int MaxIssuesPerParagraph = 3;

    public static void Extract(ArticleDraft draft)
    {
        var paragraphs = draft.Paragraphs;
        var scans = new List<RawQuote>[paragraphs.Count];
        var issues = new List<MarkIssue>();
        var found = 0;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            // Reused from article to article: nothing keeps an article's raw quotations once its quotes are made.
            var quotes = ReusedLists<RawQuote>.At(p);
            QuoteScanner.Scan(paragraphs[p].Text, quotes, issues);
            scans[p] = quotes;
            found += quotes.Count;
            for (var k = 0; k < issues.Count && k < MaxIssuesPerParagraph; k++)
            {
                Report(draft, p, issues[k].DiagnosticId, issues[k].Position);
            }
        }

        // One quote per quotation found: the list is made its size once rather than grown by doubling.
        draft.Quotes.Capacity = System.Math.Max(draft.Quotes.Capacity, draft.Quotes.Count + found);
        var continues = false;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var text = paragraphs[p].Text;
            var quotes = scans[p];
            var previousEnd = -1;
            for (var k = 0; k < quotes.Count; k++)
            {
                var quote = quotes[k];
                var continuesThis = k == 0 && continues;
                if (quote.Ending == QuoteEnding.Unclosed && !OpensNextParagraph(scans, paragraphs, p))
                {
                    Report(draft, p, DiagnosticIds.UnclosedQuote, quote.OpenMark);
                    var cut = AttributionTail.CutBefore(text, quote.Start, quote.End);
                    if (cut > quote.Start)
                    {
                        quote = quote with { End = TrimEnd(text, quote.Start, cut) };
                    }
                }

                var kind = QuoteClassifier.Classify(text, quote, previousEnd, continuesThis);
                draft.Quotes.Add(new QuoteSpec(text.Substring(quote.Start, quote.End - quote.Start), p, quote.Start, quote.End, kind, null, null, continuesThis));
                previousEnd = quote.End;
            }

            continues = quotes.Count > 0 && quotes[quotes.Count - 1].Ending == QuoteEnding.Unclosed && OpensNextParagraph(scans, paragraphs, p);
        }

        ReusedLists<RawQuote>.Trim();
    }

    /// <summary>True when paragraph <paramref name="p"/> + 1 starts with an opening mark: the quotation left open in <paramref name="p"/> goes on there.</summary>
    private static bool OpensNextParagraph(List<RawQuote>[] scans, List<ParagraphSpec> paragraphs, int p)
    {
        if (p + 1 >= paragraphs.Count || scans[p + 1].Count == 0)
        {
            return false;
        }

        var next = paragraphs[p + 1].Text;
        var first = scans[p + 1][0].OpenMark;
        for (var i = 0; i < first; i++)
        {
            if (!char.IsWhiteSpace(next[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static void Report(ArticleDraft draft, int paragraph, string id, int offset) =>
        draft.Diagnostics.Add(draft.Map.Diagnostic(id, MarkLocator.Locate(draft.Map, draft.Paragraphs[paragraph], offset, 1)));
}
