using System;
using System.Collections.Generic;
using System.Text;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Storage;

/// <summary>
/// Builds the inverted index from every article's term statistics. Articles are cut into shards (runs of about
/// <see cref="ShardSpan"/> articles in store order), and each shard gets a dictionary of its own, stored in
/// self-contained chunks of about <see cref="CorpusSettings.ChunkSize"/> bytes, in the record digits of
/// <c>CorpusRecordFormat</c>:
/// <code>
/// chunk   := termCount width offset{termCount} entry{termCount}
/// offset  := the entry's byte offset after the last offset, in exactly `width` digits (so the table is indexable)
/// entry   := term postingCount posting{postingCount}        term: a string, UTF-8 length then bytes
/// posting := articleDelta passageAndRepeat [frequency]      in (article, passage) order
/// passageAndRepeat := passage * 2, plus 1 when the term occurs more than once there; frequency follows only then
/// lengths := "" articleCount (passageCount passageLength{passageCount}){articleCount}
/// </code>
/// The shard's first entry, under the empty term (which sorts before every real one), is its passages' lengths in
/// tokens, which BM25 weighs every posting by, article after article; the runtime reads them all once (its
/// <c>PassageLengths</c>). Stored per posting instead, a length was repeated for every distinct term of its passage:
/// about a third of the index.
/// Within a shard, terms are sorted by their UTF-8 bytes across its chunks, so the runtime finds the chunk and then
/// the term by binary search without decoding any other term, once per shard; a term's postings are the shards'
/// postings in shard order. Passage 0 is the headline, passage i + 1 is paragraph i; an article is its position in
/// the shard (the shard table gives the shard's first article in store order); articleDelta is the difference to
/// the previous posting's article (the first posting stores the article itself). A term whose entry alone exceeds
/// the chunk size gets a chunk of its own. The command-line tool builds the same bytes in memory for a folder.
/// </summary>
/// <remarks>
/// Why shards: one dictionary over every article changes almost everywhere when one article does (its terms' entries
/// shift), so a one-file edit used to rebuild and re-emit the whole index. A shard ends after an article whose id
/// hashes to a multiple of the span (<see cref="ShardSpan"/>): the cuts depend only on the ids (content-defined, like
/// rsync's chunks), never on positions, so an edit changes one shard and an added or removed file one or two, and
/// the generator rebuilds only those (<see cref="CorpusGenerator"/>'s SearchShardIndex step). The price is one binary
/// search per shard and query term at run time, and the chunks those searches touch (each verified when first
/// read): so the span doubles with the corpus to keep about <see cref="MaxShards"/> shards at most. A span's cuts are
/// a subset of a smaller span's (powers of two), and it changes only when the article count crosses a doubling.
/// </remarks>
internal static class SearchIndexBuilder
{
    /// <summary>About how many articles a shard holds at least (the mean of a geometric distribution).</summary>
    public const int ShardSpan = 256;

    /// <summary>The span doubles until the expected number of shards is at most this.</summary>
    public const int MaxShards = 8;

    /// <summary>The span for <paramref name="articleCount"/> articles: <see cref="ShardSpan"/> doubled until at most <see cref="MaxShards"/> shards are expected.</summary>
    public static int SpanFor(int articleCount)
    {
        var span = ShardSpan;
        while (articleCount > MaxShards * (long)span)
        {
            span *= 2;
        }

        return span;
    }

    /// <summary>Every article's statistics in, the index numbers and its data chunks out (the build task and tests).</summary>
    public static (SearchIndexSpec Index, ChunkSpec[] Chunks) Plan(IReadOnlyList<SearchTermsSpec> articles, SearchSettingsSpec settings) =>
        Assemble(BuildShards(Shards(articles), settings.ChunkSize), settings);

    /// <summary>Builds the index of <paramref name="articles"/>, which must already be in store order (the command-line tool).</summary>
    public static SearchIndexData Build(IReadOnlyList<SearchTermsSpec> articles, int chunkSize) =>
        Join(BuildShards(Split(articles), chunkSize));

    /// <summary>
    /// Every shard's index, in shard order. Shards are independent (that is what lets the generator rebuild one
    /// after an edit), so outside the generator, where nothing caches them, they are built in parallel.
    /// </summary>
    private static SearchShardIndexSpec[] BuildShards(EquatableArray<SearchShardSpec> shards, int chunkSize)
    {
        var built = new SearchShardIndexSpec[shards.Count];
        System.Threading.Tasks.Parallel.For(0, built.Length, i => built[i] = BuildShard(shards[i], chunkSize));
        return built;
    }

    /// <summary>The articles in store order, cut into shards.</summary>
    public static EquatableArray<SearchShardSpec> Shards(IReadOnlyList<SearchTermsSpec> articles) =>
        Split(SearchArticleOrder.Arrange(articles, static a => a.Id, static a => a.SourcePath));

    /// <summary>The generator's last search step: the shards' chunks in shard order, the shard table and the sums.</summary>
    public static (SearchIndexSpec Index, ChunkSpec[] Chunks) Assemble(IReadOnlyList<SearchShardIndexSpec> shards, SearchSettingsSpec settings)
    {
        var data = Join(shards);
        var chunks = new ChunkSpec[data.Chunks.Count];
        for (var i = 0; i < chunks.Length; i++)
        {
            chunks[i] = new ChunkSpec(settings.Namespace, settings.ClassName, i, data.Chunks[i]);
        }

        return (new SearchIndexSpec(settings, data.PassageCount, data.TokenCount, data.TermCount, chunks.Length, data.ShardStarts), chunks);
    }

    private static SearchIndexData Join(IReadOnlyList<SearchShardIndexSpec> shards)
    {
        var chunks = new List<string>();
        var starts = new int[shards.Count * 2];
        var article = 0;
        var passageCount = 0;
        var tokenCount = 0L;
        var termCount = 0;
        for (var i = 0; i < shards.Count; i++)
        {
            var shard = shards[i];
            starts[i * 2] = article;
            starts[(i * 2) + 1] = chunks.Count;
            chunks.AddRange(shard.Chunks);
            article += shard.ArticleCount;
            passageCount += shard.PassageCount;
            tokenCount += shard.TokenCount;
            termCount += shard.TermCount;
        }

        return new SearchIndexData(passageCount, tokenCount, termCount, chunks, new EquatableArray<int>(starts));
    }

    private static EquatableArray<SearchShardSpec> Split(IReadOnlyList<SearchTermsSpec> ordered)
    {
        var span = (uint)SpanFor(ordered.Count);
        var shards = new List<SearchShardSpec>(MaxShards * 2);
        var start = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            if (i == ordered.Count - 1 || HashCodes.OfText(ordered[i].Id) % span == 0)
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

    /// <summary>One shard's dictionary and postings, articles numbered from the shard's first.</summary>
    public static SearchShardIndexSpec BuildShard(SearchShardSpec shard, int chunkSize)
    {
        // Every occurrence of a term in a passage is one posting, numbered in (article, passage) order; the
        // postings are then grouped by term in one counting sort, not in a list per term growing by doubling (for
        // common terms on the large object heap).
        var articles = shard.Articles;
        var occurrences = 0;
        foreach (var article in articles)
        {
            occurrences += article.Terms.Count;
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var postings = new Posting[occurrences];
        var termOf = new int[occurrences];
        var passageCount = 0;
        var tokenCount = 0L;
        var next = 0;
        for (var article = 0; article < articles.Count; article++)
        {
            var spec = articles[article];
            for (var passage = 0; passage < spec.PassageCount; passage++)
            {
                passageCount++;
                tokenCount += spec.PassageLengths[passage];
                for (var t = spec.TermStart(passage); t < spec.TermEnds[passage]; t++)
                {
                    var term = spec.Terms[t];
                    if (!ids.TryGetValue(term, out var id))
                    {
                        ids.Add(term, id = ids.Count);
                    }

                    termOf[next] = id;
                    postings[next++] = new Posting(article, passage, spec.Counts[t]);
                }
            }
        }

        // Grouped by term in one pass, so each entry then reads its postings in a row.
        var order = CountingSort.Order(termOf, ids.Count, out var starts);
        var byTerm = new Posting[occurrences];
        for (var i = 0; i < occurrences; i++)
        {
            byTerm[i] = postings[order[i]];
        }

        // Sorted as the stored (valid UTF-16) terms' UTF-8 bytes would sort, compared in place without encoding them.
        var terms = new (string Term, string Stored, int Id)[ids.Count];
        foreach (var pair in ids)
        {
            terms[pair.Value] = (pair.Key, CorpusRecordWriter.ToValidUtf16(pair.Key), pair.Value);
        }

        Array.Sort(terms, static (left, right) => CompareUtf8(left.Stored, right.Stored));

        // One builder for every entry, copied into the chunk being filled: no string per term. The passage lengths
        // come first, under the empty term, which no passage has (terms are words of one character or more).
        var packer = new ChunkPacker(chunkSize);
        var entry = new StringBuilder();
        packer.Add(entry, EncodePassageLengths(entry, articles).ByteLength);
        foreach (var (term, _, id) in terms)
        {
            packer.Add(entry, EncodeEntry(entry, term, new ArraySegment<Posting>(byTerm, starts[id], starts[id + 1] - starts[id])).ByteLength);
        }

        return new SearchShardIndexSpec(articles.Count, passageCount, tokenCount, terms.Length, packer.Finish().ToEquatableArray());
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
    private static CorpusRecordWriter EncodeEntry(StringBuilder buffer, string term, ArraySegment<Posting> postings)
    {
        var writer = new CorpusRecordWriter(buffer);
        writer.WriteString(term);
        writer.WriteNumber(postings.Count);
        var previousArticle = 0;
        for (var i = postings.Offset; i < postings.Offset + postings.Count; i++)
        {
            var posting = postings.Array![i];
            writer.WriteNumber(posting.Article - previousArticle);
            // Most terms occur once in a passage: that frequency is the low bit of the passage number, not a digit.
            var repeated = posting.Frequency != 1;
            writer.WriteNumber((posting.Passage * 2) + (repeated ? 1 : 0));
            if (repeated)
            {
                writer.WriteNumber(posting.Frequency);
            }

            previousArticle = posting.Article;
        }

        return writer;
    }

    /// <summary>Writes the shard's passage-length entry (see the format above) into <paramref name="buffer"/> (emptied first).</summary>
    private static CorpusRecordWriter EncodePassageLengths(StringBuilder buffer, EquatableArray<SearchTermsSpec> articles)
    {
        var writer = new CorpusRecordWriter(buffer);
        writer.WriteString(string.Empty);
        writer.WriteNumber(articles.Count);
        foreach (var article in articles)
        {
            writer.WriteNumber(article.PassageCount);
            foreach (var length in article.PassageLengths)
            {
                writer.WriteNumber(length);
            }
        }

        return writer;
    }

    private readonly record struct Posting(int Article, int Passage, int Frequency);

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
            if (_pendingLengths.Count > 0 && CorpusChunkTableWriter.Size(_pendingLengths.Count + 1, _pendingBytes + byteLength) > _chunkSize)
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

        private void Flush()
        {
            CorpusChunkTableWriter.Write(new CorpusRecordWriter(_chunk), _pendingLengths);
            _chunks.Add(_chunk.Append(_pending).ToString());
            _pending.Clear();
            _pendingLengths.Clear();
            _pendingBytes = 0;
        }
    }
}
