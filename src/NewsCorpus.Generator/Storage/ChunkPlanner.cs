using System.Collections.Generic;
using System.Text;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Storage;

/// <summary>
/// Packs article records into chunks of about <see cref="CorpusSettings.ChunkSize"/> bytes, each starting with
/// the table of where its records start (<see cref="CorpusChunkTableWriter"/>). A record never spans two chunks;
/// one larger than the chunk size gets a chunk of its own. Records are in <see cref="RecordOrder"/>, so the layout
/// does not depend on the order the compiler lists files in. The layout names only each article's chunk and its
/// place there: an edit that keeps every article in its chunk changes that chunk's text and nothing else.
/// </summary>
internal static class ChunkPlanner
{
    /// <summary>
    /// Where every record goes, and which records each chunk holds. The chunks' text is joined by <see cref="Join"/>,
    /// one pipeline value per chunk, so an edit rebuilds only the chunk its article is in: the plan itself only
    /// adds up lengths.
    /// </summary>
    public static (CorpusLayoutSpec Layout, ChunkRecordsSpec[] Chunks) Plan(IReadOnlyList<EncodedArticle> articles, CorpusSettings settings)
    {
        var diagnostics = new List<DiagnosticSpec>(settings.Diagnostics);
        var ordered = CorpusSizeLimit.Apply(RecordOrder.Arrange(articles, diagnostics), settings.MaxCorpusBytes, diagnostics);

        var locations = new List<ArticleLocationSpec>(ordered.Count);
        var chunks = new List<ChunkRecordsSpec>();
        var records = new List<EquatableArray<byte>>();
        var lengths = new List<int>();
        var bytes = 0;

        foreach (var article in ordered)
        {
            if (records.Count > 0 && CorpusChunkTableWriter.Size(records.Count + 1, bytes + article.ByteLength) > settings.ChunkSize)
            {
                chunks.Add(Chunk(settings, chunks.Count, records, lengths));
                records.Clear();
                lengths.Clear();
                bytes = 0;
            }

            locations.Add(new ArticleLocationSpec(article.Id, chunks.Count, records.Count, 0));
            records.Add(article.Record);
            lengths.Add(article.ByteLength);
            bytes += article.ByteLength;
        }

        if (records.Count > 0)
        {
            chunks.Add(Chunk(settings, chunks.Count, records, lengths));
        }

        var layout = new CorpusLayoutSpec(settings, locations.ToEquatableArray(), chunks.Count, diagnostics.ToEquatableArray());
        return (layout, chunks.ToArray());
    }

    /// <summary>A chunk's text: the table of where its records start, then the records one after another.</summary>
    public static ChunkSpec Join(ChunkRecordsSpec chunk)
    {
        var length = 0;
        foreach (var record in chunk.Records)
        {
            length += record.Count;
        }

        var text = new StringBuilder(length + (chunk.Records.Count * 8));
        CorpusChunkTableWriter.Write(new CorpusRecordWriter(text), chunk.ByteLengths);
        foreach (var record in chunk.Records)
        {
            text.Append(RecordBytes.Decode(record));
        }

        return new ChunkSpec(chunk.Namespace, chunk.ClassName, chunk.Index, text.ToString());
    }

    private static ChunkRecordsSpec Chunk(CorpusSettings settings, int index, List<EquatableArray<byte>> records, List<int> lengths) =>
        new(settings.Namespace, settings.ClassName, index, records.ToEquatableArray(), lengths.ToEquatableArray());
}
