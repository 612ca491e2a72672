using System.Collections.Generic;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Storage;

/// <summary>
/// Lays records out back to back for the embedded corpus resource. The generator calls this for the index it
/// emits and the build task calls it for the bytes it embeds: one function, so the two agree on order, offsets
/// and header by construction.
/// </summary>
internal static class ResourcePlanner
{
    public static (CorpusLayoutSpec Layout, List<EncodedArticle> Records) Plan(IReadOnlyList<EncodedArticle> articles, CorpusSettings settings)
    {
        var diagnostics = new List<DiagnosticSpec>(settings.Diagnostics);
        var ordered = RecordOrder.Arrange(articles, diagnostics);

        var locations = new List<ArticleLocationSpec>(ordered.Count);
        long offset = 0;
        foreach (var article in ordered)
        {
            locations.Add(new ArticleLocationSpec(article.Id, 0, checked((int)offset), article.ByteLength, article.Checksum));
            offset += article.ByteLength;
        }

        var layout = new CorpusLayoutSpec(settings, locations.ToEquatableArray(), 0, diagnostics.ToEquatableArray())
        {
            Resource = new ResourceLayoutSpec(CorpusBlobFormat.Header(ordered), offset),
        };
        return (layout, ordered);
    }
}
