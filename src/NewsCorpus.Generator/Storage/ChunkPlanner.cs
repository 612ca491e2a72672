using System.Collections.Generic;
using System.Text;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Storage;

/// <summary>
/// Packs article records into chunks of about <see cref="CorpusSettings.ChunkSize"/> bytes. A record never
/// spans two chunks; one larger than the chunk size gets a chunk of its own. Records are in
/// <see cref="RecordOrder"/>, so the layout does not depend on the order the compiler lists files in.
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
        var current = new List<string>();
        var currentBytes = 0;

        foreach (var article in ordered)
        {
            if (currentBytes > 0 && currentBytes + article.ByteLength > settings.ChunkSize)
            {
                chunks.Add(new ChunkRecordsSpec(settings.Namespace, settings.ClassName, chunks.Count, current.ToEquatableArray()));
                current.Clear();
                currentBytes = 0;
            }

            locations.Add(new ArticleLocationSpec(article.Id, chunks.Count, currentBytes, article.ByteLength));
            current.Add(article.Record);
            currentBytes += article.ByteLength;
        }

        if (currentBytes > 0)
        {
            chunks.Add(new ChunkRecordsSpec(settings.Namespace, settings.ClassName, chunks.Count, current.ToEquatableArray()));
        }

        var layout = new CorpusLayoutSpec(settings, locations.ToEquatableArray(), chunks.Count, diagnostics.ToEquatableArray());
        return (layout, chunks.ToArray());
    }

    /// <summary>A chunk's text: its records one after another.</summary>
    public static ChunkSpec Join(ChunkRecordsSpec chunk)
    {
        var length = 0;
        foreach (var record in chunk.Records)
        {
            length += record.Length;
        }

        var text = new StringBuilder(length);
        foreach (var record in chunk.Records)
        {
            text.Append(record);
        }

        return new ChunkSpec(chunk.Namespace, chunk.ClassName, chunk.Index, text.ToString());
    }
}
