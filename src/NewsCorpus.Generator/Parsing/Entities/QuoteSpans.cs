using System.Collections.Generic;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Parsing.Entities;

/// <summary>
/// Finds the quotations whose text contains a span, per paragraph. A paragraph may hold tens of thousands of
/// quotations (one huge line), so a scan per mention would be quadratic: quotations are sorted by paragraph and
/// start, and the running maximum of their ends within a paragraph says when no earlier quotation can still reach
/// past the span. One sorted set of arrays for the whole article, not one per paragraph.
/// </summary>
internal sealed class QuoteSpans
{
    // One per thread, its arrays reused from article to article: the grouper reads it only while it makes one
    // article's entities. Arrays grown past the bound a thread keeps are not kept.
    [System.ThreadStatic]
    private static QuoteSpans? t_spans;

    private int[] _index = System.Array.Empty<int>();
    private long[] _position = System.Array.Empty<long>();
    private int[] _end = System.Array.Empty<int>();
    private int[] _maxEnd = System.Array.Empty<int>();
    private int _count;

    private QuoteSpans()
    {
    }

    /// <summary>The thread's instance, filled with <paramref name="quotes"/>.</summary>
    public static QuoteSpans Of(IReadOnlyList<QuoteSpec> quotes)
    {
        var spans = t_spans ??= new QuoteSpans();
        spans.Fill(quotes);
        return spans;
    }

    private void Fill(IReadOnlyList<QuoteSpec> quotes)
    {
        _count = quotes.Count;
        if (_index.Length < _count || _index.Length > ThreadScratch.MaxKeptItems)
        {
            _index = new int[_count];
            _position = new long[_count];
            _end = new int[_count];
            _maxEnd = new int[_count];
        }

        for (var q = 0; q < _count; q++)
        {
            _index[q] = q;
            _position[q] = MemberPositions.Of(quotes[q].Paragraph, quotes[q].Start);
        }

        // Quotations at one place may come in any order: which of them contain a span does not depend on it.
        System.Array.Sort(_position, _index, 0, _count);
        for (var i = 0; i < _count; i++)
        {
            _end[i] = quotes[_index[i]].End;
            _maxEnd[i] = i == 0 || Paragraph(i - 1) != Paragraph(i) ? _end[i] : System.Math.Max(_maxEnd[i - 1], _end[i]);
        }
    }

    /// <summary>Adds to <paramref name="found"/> every quotation of the paragraph with Start ≤ start and end ≤ End.</summary>
    public void Containing(int paragraph, int start, int end, List<int> found)
    {
        // The last quotation that starts at or before the span; only it and earlier ones of its paragraph can contain it.
        var bound = MemberPositions.Of(paragraph, start);
        int low = 0, high = _count - 1, last = -1;
        while (low <= high)
        {
            var mid = low + ((high - low) / 2);
            if (_position[mid] <= bound)
            {
                last = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        var inParagraph = MemberPositions.Of(paragraph, 0);
        for (var i = last; i >= 0 && _position[i] >= inParagraph && _maxEnd[i] >= end; i--)
        {
            if (_end[i] >= end)
            {
                found.Add(_index[i]);
            }
        }
    }

    private long Paragraph(int i) => _position[i] >> 32;
}
