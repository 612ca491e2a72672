using System;
using System.Collections.Generic;
using System.Text;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Storage;

/// <summary>
/// Builds the inverted index from every article's term statistics and stores it in self-contained chunks of
/// about <see cref="CorpusSettings.ChunkSize"/> bytes, in the record digits of <c>CorpusRecordFormat</c>:
/// <code>
/// chunk   := termCount width offset{termCount} entry{termCount}
/// offset  := the entry's byte offset after the last offset, in exactly `width` digits (so the table is indexable)
/// entry   := term postingCount posting{postingCount}        term: a string, UTF-8 length then bytes
/// posting := articleDelta passage frequency passageLength   in (article, passage) order
/// </code>
/// Terms are sorted by their UTF-8 bytes across all chunks, so the runtime finds the chunk and then the term by
/// binary search without decoding any other term. Passage 0 is the headline, passage i + 1 is paragraph i; an
/// article is its position in id order, as in the store; articleDelta is the difference to the previous
/// posting's article (the first posting stores the article itself). A term whose entry alone exceeds the chunk
/// size gets a chunk of its own. The command-line tool builds the same bytes in memory for a folder.
/// </summary>
internal static class SearchIndexBuilder
{
    /// <summary>
    /// A shard ends after an article whose id hashes to a multiple of this: about this many articles a shard, and
    /// the boundaries move only where ids come or go (content-defined, like rsync's chunks), never with positions.
    /// </summary>
    public const int ShardSpan = 64;

    /// <summary>
    /// Terms are split into this many fixed ranges by their first character (<see cref="RangeOf"/>): one per ASCII
    /// character, one for everything else, which sorts after ASCII in UTF-8.
    /// </summary>
    public const int RangeCount = 129;

    /// <summary>Every article's statistics in, the index numbers and its data chunks out (the build task and tests).</summary>
    public static (SearchIndexSpec Index, ChunkSpec[] Chunks) Plan(IReadOnlyList<SearchTermsSpec> articles, SearchSettingsSpec settings)
    {
        var data = Build(SearchArticleOrder.Arrange(articles, static a => a.Id, static a => a.SourcePath), settings.ChunkSize);
        return (new SearchIndexSpec(settings, data.PassageCount, data.TokenCount, data.TermCount, data.Chunks.Count), ToChunks(data.Chunks, settings));
    }

    /// <summary>Builds the index of <paramref name="articles"/>, which must already be in store order: the generator's steps, in a row.</summary>
    public static SearchIndexData Build(IReadOnlyList<SearchTermsSpec> articles, int chunkSize)
    {
        var shards = Split(articles);
        var built = new SearchShardIndexSpec[shards.Count];
        for (var i = 0; i < built.Length; i++)
        {
            built[i] = BuildShard(shards[i]);
        }

        return Merge(built, chunkSize);
    }

    /// <summary>The shards' parts as one index (the ranges merged one after another).</summary>
    public static SearchIndexData Merge(IReadOnlyList<SearchShardIndexSpec> shards, int chunkSize)
    {
        var ranges = Ranges(shards);
        var merged = new SearchRangeEntriesSpec[ranges.Count];
        for (var i = 0; i < merged.Length; i++)
        {
            merged[i] = MergeRange(ranges[i]);
        }

        var totals = Totals(shards);
        var (termCount, chunks) = Pack(merged, chunkSize);
        return new SearchIndexData(totals.PassageCount, totals.TokenCount, termCount, chunks);
    }

    /// <summary>The generator's last step: the totals, and every range's entries packed into chunks.</summary>
    public static (SearchIndexSpec Index, ChunkSpec[] Chunks) Assemble(IReadOnlyList<SearchRangeEntriesSpec> ranges, SearchTotalsSpec totals, SearchSettingsSpec settings)
    {
        var (termCount, texts) = Pack(ranges, settings.ChunkSize);
        return (new SearchIndexSpec(settings, totals.PassageCount, totals.TokenCount, termCount, texts.Count), ToChunks(texts, settings));
    }

    private static (int TermCount, IReadOnlyList<string> Chunks) Pack(IReadOnlyList<SearchRangeEntriesSpec> ranges, int chunkSize)
    {
        var packer = new ChunkPacker(chunkSize);
        var termCount = 0;
        foreach (var range in ranges)
        {
            for (var i = 0; i < range.Entries.Count; i++)
            {
                packer.Add(range.Entries[i], range.ByteLengths[i]);
            }

            termCount += range.Entries.Count;
        }

        return (termCount, packer.Finish());
    }

    private static ChunkSpec[] ToChunks(IReadOnlyList<string> texts, SearchSettingsSpec settings)
    {
        var chunks = new ChunkSpec[texts.Count];
        for (var i = 0; i < chunks.Length; i++)
        {
            chunks[i] = new ChunkSpec(settings.Namespace, settings.ClassName, i, texts[i]);
        }

        return chunks;
    }

    /// <summary>The sums of the shards' passage and token counts.</summary>
    public static SearchTotalsSpec Totals(IReadOnlyList<SearchShardIndexSpec> shards)
    {
        var passageCount = 0;
        var tokenCount = 0L;
        foreach (var shard in shards)
        {
            passageCount += shard.PassageCount;
            tokenCount += shard.TokenCount;
        }

        return new SearchTotalsSpec(passageCount, tokenCount);
    }

    /// <summary>Which range a term belongs to: its stored form's first character if ASCII, else the last range.</summary>
    private static int RangeOf(SearchShardTermSpec term) =>
        term.Stored.Length == 0 ? 0 : term.Stored[0] < 0x80 ? term.Stored[0] : RangeCount - 1;

    /// <summary>
    /// Cuts every shard's sorted terms into the fixed ranges. Slices hold the shards' own term objects, so a range
    /// whose terms did not change compares equal to its previous value at the cost of reference checks.
    /// </summary>
    public static EquatableArray<SearchTermRangeSpec> Ranges(IReadOnlyList<SearchShardIndexSpec> shards)
    {
        var slices = new List<SearchShardSliceSpec>[RangeCount];
        for (var r = 0; r < RangeCount; r++)
        {
            slices[r] = new List<SearchShardSliceSpec>();
        }

        var articleBase = 0;
        foreach (var shard in shards)
        {
            var terms = shard.Terms;
            var start = 0;
            while (start < terms.Count)
            {
                var range = RangeOf(terms[start]);
                var end = start + 1;
                while (end < terms.Count && RangeOf(terms[end]) == range)
                {
                    end++;
                }

                var slice = new SearchShardTermSpec[end - start];
                for (var i = 0; i < slice.Length; i++)
                {
                    slice[i] = terms[start + i];
                }

                slices[range].Add(new SearchShardSliceSpec(articleBase, new EquatableArray<SearchShardTermSpec>(slice)));
                start = end;
            }

            articleBase += shard.ArticleCount;
        }

        var ranges = new SearchTermRangeSpec[RangeCount];
        for (var r = 0; r < RangeCount; r++)
        {
            ranges[r] = new SearchTermRangeSpec(slices[r].ToEquatableArray());
        }

        return new EquatableArray<SearchTermRangeSpec>(ranges);
    }

    /// <summary>The articles in store order, cut into shards (<see cref="ShardSpan"/>).</summary>
    public static EquatableArray<SearchShardSpec> Shards(IReadOnlyList<SearchTermsSpec> articles) =>
        Split(SearchArticleOrder.Arrange(articles, static a => a.Id, static a => a.SourcePath));

    private static EquatableArray<SearchShardSpec> Split(IReadOnlyList<SearchTermsSpec> ordered)
    {
        var shards = new List<SearchShardSpec>(1 + (ordered.Count / ShardSpan));
        var start = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            if (i == ordered.Count - 1 || StableHash(ordered[i].Id) % ShardSpan == 0)
            {
                var members = new SearchTermsSpec[i + 1 - start];
                for (var m = 0; m < members.Length; m++)
                {
                    members[m] = ordered[start + m];
                }

                shards.Add(new SearchShardSpec(new EquatableArray<SearchTermsSpec>(members)));
                start = i + 1;
            }
        }

        return new EquatableArray<SearchShardSpec>(shards.ToArray());
    }

    /// <summary>FNV-1a over the id's UTF-16 code units: the same on every machine and run (string.GetHashCode is not).</summary>
    private static uint StableHash(string id)
    {
        var hash = 2166136261u;
        foreach (var c in id)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }

    /// <summary>One shard's postings, articles numbered from the shard's first, each term's postings encoded once.</summary>
    public static SearchShardIndexSpec BuildShard(SearchShardSpec shard)
    {
        var articles = shard.Articles;
        var postings = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        var passageCount = 0;
        var tokenCount = 0L;
        for (var article = 0; article < articles.Count; article++)
        {
            var passages = articles[article].Passages;
            for (var passage = 0; passage < passages.Count; passage++)
            {
                var spec = passages[passage];
                passageCount++;
                tokenCount += spec.Length;
                foreach (var term in spec.Terms)
                {
                    if (!postings.TryGetValue(term.Term, out var list))
                    {
                        postings[term.Term] = list = new List<Posting>();
                    }

                    list.Add(new Posting(article, passage, term.Count, spec.Length));
                }
            }
        }

        var terms = new SearchShardTermSpec[postings.Count];
        var index = 0;
        foreach (var pair in postings)
        {
            terms[index++] = EncodeShardTerm(pair.Key, pair.Value);
        }

        Array.Sort(terms, static (left, right) => CompareTerms(left, right));
        return new SearchShardIndexSpec(articles.Count, passageCount, tokenCount, new EquatableArray<SearchShardTermSpec>(terms));
    }

    /// <summary>
    /// One range of the dictionary: a k-way merge of the shards' sorted terms in it. A term's postings are the
    /// shards' postings in shard order (shards are in store order, so articles stay ascending); only each shard's first
    /// article delta is written here, against the previous shard's last article for that term.
    /// </summary>
    public static SearchRangeEntriesSpec MergeRange(SearchTermRangeSpec range)
    {
        var slices = range.Slices;
        var heads = new ShardHeads(slices);
        var entries = new List<string>();
        var byteLengths = new List<int>();
        var same = new List<(int Slice, SearchShardTermSpec Term)>();
        while (heads.Count > 0)
        {
            same.Clear();
            var first = heads.Pop();
            same.Add(first);
            while (heads.Count > 0 && string.Equals(heads.Peek().Term.Term, first.Term.Term, StringComparison.Ordinal))
            {
                same.Add(heads.Pop());
            }

            var writer = new CorpusRecordWriter();
            writer.WriteString(first.Term.Term);
            var count = 0;
            foreach (var (_, term) in same)
            {
                count += term.PostingCount;
            }

            writer.WriteNumber(count);
            var previousArticle = 0;
            foreach (var (slice, term) in same)
            {
                var articleBase = slices[slice].ArticleBase;
                writer.WriteNumber(articleBase + term.FirstArticle - previousArticle);
                writer.AppendDigits(term.Postings);
                previousArticle = articleBase + term.LastArticle;
            }

            entries.Add(writer.ToString());
            byteLengths.Add(writer.ByteLength);
        }

        return new SearchRangeEntriesSpec(entries.ToEquatableArray(), byteLengths.ToEquatableArray());
    }

    private static SearchShardTermSpec EncodeShardTerm(string term, List<Posting> postings)
    {
        // The first posting's article delta depends on the shards before this one, so the merge writes it.
        var writer = new CorpusRecordWriter();
        var previousArticle = postings[0].Article;
        foreach (var posting in postings)
        {
            writer.WriteNumber(posting.Article - previousArticle);
            writer.WriteNumber(posting.Passage);
            writer.WriteNumber(posting.Frequency);
            writer.WriteNumber(posting.Length);
            previousArticle = posting.Article;
        }

        // Drop the placeholder delta (0, one digit) of the first posting.
        var encoded = writer.ToString().Substring(1);
        return new SearchShardTermSpec(term, CorpusRecordWriter.ToValidUtf16(term), postings.Count, postings[0].Article, previousArticle, encoded);
    }

    /// <summary>The dictionary's order: the stored term's UTF-8 bytes (code point order), then the counted term for ties.</summary>
    private static int CompareTerms(SearchShardTermSpec left, SearchShardTermSpec right)
    {
        var byStored = CompareUtf8(left.Stored, right.Stored);
        return byStored != 0 ? byStored : string.CompareOrdinal(left.Term, right.Term);
    }

    /// <summary>Orders two valid UTF-16 strings as their UTF-8 bytes would be ordered, without encoding them.</summary>
    internal static int CompareUtf8(string left, string right)
    {
        var length = Math.Min(left.Length, right.Length);
        for (var i = 0; i < length; i++)
        {
            int a = left[i];
            int b = right[i];
            if (a == b)
            {
                continue;
            }

            // UTF-8 sorts by code point: surrogates (supplementary planes) come after U+E000..U+FFFF, unlike UTF-16.
            if (a >= 0xD800 && b >= 0xD800)
            {
                a = a >= 0xE000 ? a - 0x800 : a + 0x2000;
                b = b >= 0xE000 ? b - 0x800 : b + 0x2000;
            }

            return a - b;
        }

        return left.Length - right.Length;
    }

    private readonly record struct Posting(int Article, int Passage, int Frequency, int Length);

    /// <summary>A binary min-heap of each shard's next term, in dictionary order, ties by shard (so postings stay in article order).</summary>
    private sealed class ShardHeads
    {
        private readonly EquatableArray<SearchShardSliceSpec> _shards;
        private readonly int[] _next;
        private readonly List<int> _heap = new();

        public ShardHeads(EquatableArray<SearchShardSliceSpec> shards)
        {
            _shards = shards;
            _next = new int[shards.Count];
            for (var s = 0; s < shards.Count; s++)
            {
                if (shards[s].Terms.Count > 0)
                {
                    Push(s);
                }
            }
        }

        public int Count => _heap.Count;

        public (int Shard, SearchShardTermSpec Term) Peek() => (_heap[0], Head(_heap[0]));

        public (int Shard, SearchShardTermSpec Term) Pop()
        {
            var shard = _heap[0];
            var term = Head(shard);
            var last = _heap[_heap.Count - 1];
            _heap.RemoveAt(_heap.Count - 1);
            if (_heap.Count > 0)
            {
                _heap[0] = last;
                Down(0);
            }

            if (++_next[shard] < _shards[shard].Terms.Count)
            {
                Push(shard);
            }

            return (shard, term);
        }

        private SearchShardTermSpec Head(int shard) => _shards[shard].Terms[_next[shard]];

        private int Compare(int left, int right)
        {
            var byTerm = CompareTerms(Head(left), Head(right));
            return byTerm != 0 ? byTerm : left - right;
        }

        private void Push(int shard)
        {
            _heap.Add(shard);
            var i = _heap.Count - 1;
            while (i > 0)
            {
                var parent = (i - 1) / 2;
                if (Compare(_heap[i], _heap[parent]) >= 0)
                {
                    break;
                }

                (_heap[i], _heap[parent]) = (_heap[parent], _heap[i]);
                i = parent;
            }
        }

        private void Down(int i)
        {
            while (true)
            {
                var smallest = i;
                var left = (2 * i) + 1;
                var right = left + 1;
                if (left < _heap.Count && Compare(_heap[left], _heap[smallest]) < 0)
                {
                    smallest = left;
                }

                if (right < _heap.Count && Compare(_heap[right], _heap[smallest]) < 0)
                {
                    smallest = right;
                }

                if (smallest == i)
                {
                    return;
                }

                (_heap[i], _heap[smallest]) = (_heap[smallest], _heap[i]);
                i = smallest;
            }
        }
    }

    /// <summary>Collects entries into chunks that stay under the chunk size, offset table included.</summary>
    private sealed class ChunkPacker
    {
        private readonly int _chunkSize;
        private readonly List<string> _chunks = new();
        private readonly List<string> _pending = new();
        private readonly List<int> _pendingLengths = new();
        private int _pendingBytes;

        public ChunkPacker(int chunkSize) => _chunkSize = chunkSize;

        public void Add(string entry, int byteLength)
        {
            if (_pending.Count > 0 && EstimatedSize(_pending.Count + 1, _pendingBytes + byteLength) > _chunkSize)
            {
                Flush();
            }

            _pending.Add(entry);
            _pendingLengths.Add(byteLength);
            _pendingBytes += byteLength;
        }

        public IReadOnlyList<string> Finish()
        {
            if (_pending.Count > 0)
            {
                Flush();
            }

            return _chunks;
        }

        private static int EstimatedSize(int count, int entryBytes) =>
            entryBytes + (count * DigitCount(entryBytes)) + DigitCount(count) + DigitCount(DigitCount(entryBytes));

        /// <summary>How many digits <see cref="CorpusRecordWriter.WriteNumber(int)"/> writes for <paramref name="value"/>.</summary>
        private static int DigitCount(int value)
        {
            var digits = 1;
            for (var remaining = (uint)value; remaining > NewsCorpus.CorpusRecordFormat.DigitMask; remaining >>= NewsCorpus.CorpusRecordFormat.DigitBits)
            {
                digits++;
            }

            return digits;
        }

        private void Flush()
        {
            var lastOffset = _pendingBytes - _pendingLengths[_pendingLengths.Count - 1];
            var width = DigitCount(lastOffset);
            var header = new CorpusRecordWriter();
            header.WriteNumber(_pending.Count);
            header.WriteNumber(width);
            var offset = 0;
            foreach (var length in _pendingLengths)
            {
                header.WriteNumber(offset, width);
                offset += length;
            }

            var text = new StringBuilder(header.ToString(), header.ByteLength + _pendingBytes);
            foreach (var entry in _pending)
            {
                text.Append(entry);
            }

            _chunks.Add(text.ToString());
            _pending.Clear();
            _pendingLengths.Clear();
            _pendingBytes = 0;
        }
    }
}
