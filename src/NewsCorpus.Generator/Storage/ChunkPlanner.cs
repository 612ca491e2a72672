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
    public static (CorpusLayoutSpec Layout, ChunkSpec[] Chunks) Plan(IReadOnlyList<EncodedArticle> articles, CorpusSettings settings)
    {
        var diagnostics = new List<DiagnosticSpec>(settings.Diagnostics);
        var ordered = CorpusSizeLimit.Apply(RecordOrder.Arrange(articles, diagnostics), settings.MaxCorpusBytes, diagnostics);

        var locations = new List<ArticleLocationSpec>(ordered.Count);
        var chunks = new List<ChunkSpec>();
        var current = new StringBuilder();
        var currentBytes = 0;

        foreach (var article in ordered)
        {
            if (currentBytes > 0 && currentBytes + article.ByteLength > settings.ChunkSize)
            {
                chunks.Add(new ChunkSpec(settings.Namespace, settings.ClassName, chunks.Count, current.ToString()));
                current.Clear();
                currentBytes = 0;
            }

            locations.Add(new ArticleLocationSpec(article.Id, chunks.Count, currentBytes, article.ByteLength));
            current.Append(article.Record);
            currentBytes += article.ByteLength;
        }

        if (currentBytes > 0)
        {
            chunks.Add(new ChunkSpec(settings.Namespace, settings.ClassName, chunks.Count, current.ToString()));
        }

        var layout = new CorpusLayoutSpec(settings, locations.ToEquatableArray(), chunks.Count, diagnostics.ToEquatableArray());
        return (layout, chunks.ToArray());
    }
}
