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
    /// <summary>The generator step: every article's statistics in, the index numbers and its data chunks out.</summary>
    public static (SearchIndexSpec Index, ChunkSpec[] Chunks) Plan(IReadOnlyList<SearchTermsSpec> articles, SearchSettingsSpec settings)
    {
        var data = Build(SearchArticleOrder.Arrange(articles, static a => a.Id, static a => a.SourcePath), settings.ChunkSize);
        var chunks = new ChunkSpec[data.Chunks.Count];
        for (var i = 0; i < chunks.Length; i++)
        {
            chunks[i] = new ChunkSpec(settings.Namespace, settings.ClassName, i, data.Chunks[i]);
        }

        return (new SearchIndexSpec(settings, data.PassageCount, data.TokenCount, data.TermCount, chunks.Length), chunks);
    }

    /// <summary>Builds the index of <paramref name="articles"/>, which must already be in store order.</summary>
    public static SearchIndexData Build(IReadOnlyList<SearchTermsSpec> articles, int chunkSize)
    {
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

        // Sorted as the stored (valid UTF-16) terms' UTF-8 bytes would sort, compared in place without encoding them.
        var terms = new (string Term, string Stored)[postings.Count];
        var index = 0;
        foreach (var term in postings.Keys)
        {
            terms[index++] = (term, CorpusRecordWriter.ToValidUtf16(term));
        }

        Array.Sort(terms, static (left, right) => CompareUtf8(left.Stored, right.Stored));

        // One builder for every entry, copied into the chunk being filled: no string per term.
        var packer = new ChunkPacker(chunkSize);
        var entry = new StringBuilder();
        foreach (var (term, _) in terms)
        {
            packer.Add(entry, EncodeEntry(entry, term, postings[term]).ByteLength);
        }

        return new SearchIndexData(passageCount, tokenCount, terms.Length, packer.Finish());
    }

    /// <summary>Orders two valid UTF-16 strings as their UTF-8 bytes are ordered (by code point), without encoding them.</summary>
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

            // Surrogates (supplementary planes) sort after U+E000..U+FFFF in UTF-8, unlike in UTF-16.
            if (a >= 0xD800 && b >= 0xD800)
            {
                a = a >= 0xE000 ? a - 0x800 : a + 0x2000;
                b = b >= 0xE000 ? b - 0x800 : b + 0x2000;
            }

            return a - b;
        }

        return left.Length - right.Length;
    }

    /// <summary>Writes one term's entry into <paramref name="buffer"/> (emptied first).</summary>
    private static CorpusRecordWriter EncodeEntry(StringBuilder buffer, string term, List<Posting> postings)
    {
        var writer = new CorpusRecordWriter(buffer);
        writer.WriteString(term);
        writer.WriteNumber(postings.Count);
        var previousArticle = 0;
        foreach (var posting in postings)
        {
            writer.WriteNumber(posting.Article - previousArticle);
            writer.WriteNumber(posting.Passage);
            writer.WriteNumber(posting.Frequency);
            writer.WriteNumber(posting.Length);
            previousArticle = posting.Article;
        }

        return writer;
    }

    private readonly record struct Posting(int Article, int Passage, int Frequency, int Length);

    /// <summary>Collects entries into chunks that stay under the chunk size, offset table included.</summary>
    private sealed class ChunkPacker
    {
        private readonly int _chunkSize;
        private readonly List<string> _chunks = new();
        private readonly StringBuilder _pending = new();
        private readonly List<int> _pendingLengths = new();
        private readonly StringBuilder _chunk = new();
        private int _pendingBytes;

        public ChunkPacker(int chunkSize) => _chunkSize = chunkSize;

        /// <summary>Adds the entry in <paramref name="entry"/> (copied: the caller reuses the builder).</summary>
        public void Add(StringBuilder entry, int byteLength)
        {
            if (_pendingLengths.Count > 0 && EstimatedSize(_pendingLengths.Count + 1, _pendingBytes + byteLength) > _chunkSize)
            {
                Flush();
            }

            _pending.Append(entry);
            _pendingLengths.Add(byteLength);
            _pendingBytes += byteLength;
        }

        public IReadOnlyList<string> Finish()
        {
            if (_pendingLengths.Count > 0)
            {
                Flush();
            }

            return _chunks;
        }

        private static int EstimatedSize(int count, int entryBytes) =>
            entryBytes + (count * DigitCount(entryBytes)) + DigitCount(count) + DigitCount(DigitCount(entryBytes));

        /// <summary>How many digits <see cref="CorpusRecordWriter.WriteNumber(int)"/> writes for <paramref name="value"/>, without writing them.</summary>
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
            var header = new CorpusRecordWriter(_chunk);
            header.WriteNumber(_pendingLengths.Count);
            header.WriteNumber(width);
            var offset = 0;
            foreach (var length in _pendingLengths)
            {
                header.WriteNumber(offset, width);
                offset += length;
            }

            _chunks.Add(_chunk.Append(_pending).ToString());
            _pending.Clear();
            _pendingLengths.Clear();
            _pendingBytes = 0;
        }
    }
}
