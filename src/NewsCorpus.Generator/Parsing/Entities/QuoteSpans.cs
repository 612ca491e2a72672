using System.Collections.Generic;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Parsing.Entities;

/// <summary>
/// Finds the quotations whose text contains a span, per paragraph. A paragraph may hold tens of thousands of
/// quotations (one huge line), so a scan per mention would be quadratic: quotations are sorted by start, and the
/// running maximum of their ends says when no earlier quotation can still reach past the span.
/// </summary>
internal sealed class QuoteSpans
{
    private readonly Dictionary<int, Paragraph> _paragraphs = new();

    public QuoteSpans(IReadOnlyList<QuoteSpec> quotes)
    {
        var byParagraph = new Dictionary<int, List<int>>();
        for (var q = 0; q < quotes.Count; q++)
        {
            if (!byParagraph.TryGetValue(quotes[q].Paragraph, out var list))
            {
                byParagraph[quotes[q].Paragraph] = list = new List<int>();
            }

            list.Add(q);
        }

        foreach (var pair in byParagraph)
        {
            _paragraphs[pair.Key] = new Paragraph(quotes, pair.Value);
        }
    }

    /// <summary>Adds to <paramref name="found"/> every quotation of the paragraph with Start ≤ start and end ≤ End.</summary>
    public void Containing(int paragraph, int start, int end, ISet<int> found)
    {
        if (_paragraphs.TryGetValue(paragraph, out var spans))
        {
            spans.Containing(start, end, found);
        }
    }

    private sealed class Paragraph
    {
        private readonly int[] _index;
        private readonly int[] _start;
        private readonly int[] _end;
        private readonly int[] _maxEnd;

        public Paragraph(IReadOnlyList<QuoteSpec> quotes, List<int> inParagraph)
        {
            inParagraph.Sort((a, b) => quotes[a].Start != quotes[b].Start ? quotes[a].Start.CompareTo(quotes[b].Start) : a.CompareTo(b));
            _index = inParagraph.ToArray();
            _start = new int[_index.Length];
            _end = new int[_index.Length];
            _maxEnd = new int[_index.Length];
            for (var i = 0; i < _index.Length; i++)
            {
                _start[i] = quotes[_index[i]].Start;
                _end[i] = quotes[_index[i]].End;
                _maxEnd[i] = i == 0 ? _end[i] : System.Math.Max(_maxEnd[i - 1], _end[i]);
            }
        }

        public void Containing(int start, int end, ISet<int> found)
        {
            // The last quotation that starts at or before the span; only it and earlier ones can contain it.
            int low = 0, high = _start.Length - 1, last = -1;
            while (low <= high)
            {
                var mid = low + ((high - low) / 2);
                if (_start[mid] <= start)
                {
                    last = mid;
                    low = mid + 1;
                }
                else
                {
                    high = mid - 1;
                }
            }

            for (var i = last; i >= 0 && _maxEnd[i] >= end; i--)
            {
                if (_end[i] >= end)
                {
                    found.Add(_index[i]);
                }
            }
        }
    }
}
