using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Storage;

namespace NewsCorpus.Cli.Data;

/// <summary>
/// A folder parsed at run time, stored the way the generator stores a corpus: the same record encoder, the same
/// index builder and quote clusterer, held in memory instead of compiled in. The data set over it is the runtime's
/// own, so searching a folder ranks exactly as searching the compiled dataset does.
/// </summary>
internal static class InMemoryCorpus
{
    public static CorpusDataSet Build(IReadOnlyList<ArticleSpec> articles)
    {
        var ordered = SearchArticleOrder.Arrange(articles, static a => a.Id, static a => a.SourcePath);
        var records = ordered.Select(a => ArticleRecordEncoder.Encode(a).Record.AsSpan().ToArray()).ToArray();
        var index = SearchIndexBuilder.Build(ordered.Select(SearchTermCounter.Count).ToList(), CorpusSettings.DefaultChunkSize);
        var clusters = SearchClusterEncoder.Encode(SearchQuoteClusterer.Cluster(ordered.Select(SearchQuoteCollector.Collect).ToList()));
        var search = new SearchStore(index, index.Chunks.Select(Utf8).ToArray(), Utf8(clusters));
        return new CorpusDataSet(new RecordStore(records, search));
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private sealed class RecordStore : CorpusStore
    {
        private readonly byte[][] _records;
        private readonly CorpusSearchStore _search;

        public RecordStore(byte[][] records, CorpusSearchStore search)
        {
            _records = records;
            _search = search;
        }

        public override int ArticleCount => _records.Length;

        public override CorpusSearchStore? SearchStore => _search;

        public override ReadOnlySpan<byte> GetArticleRecord(int index) => _records[index];
    }

    private sealed class SearchStore : CorpusSearchStore
    {
        private readonly SearchIndexData _index;
        private readonly byte[][] _chunks;
        private readonly byte[] _clusters;

        public SearchStore(SearchIndexData index, byte[][] chunks, byte[] clusters)
        {
            _index = index;
            _chunks = chunks;
            _clusters = clusters;
        }

        public override int PassageCount => _index.PassageCount;

        public override long TokenCount => _index.TokenCount;

        public override int TermCount => _index.TermCount;

        public override int ChunkCount => _chunks.Length;

        public override ReadOnlySpan<int> ShardStarts => _index.ShardStarts.AsSpan();

        public override ReadOnlySpan<byte> QuoteClusters => _clusters;

        public override ReadOnlySpan<byte> GetChunk(int index) => _chunks[index];
    }
}
