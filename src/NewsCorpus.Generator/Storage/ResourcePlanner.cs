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
    /// <summary>The records in stored order, as the resource holds them.</summary>
    public static List<EncodedArticle> Arrange(IReadOnlyList<EncodedArticle> articles, List<DiagnosticSpec>? diagnostics = null) =>
        RecordOrder.Arrange(articles, diagnostics ?? new List<DiagnosticSpec>());

    /// <summary>The index of the records in <paramref name="blob"/>, whose records section these articles must be.</summary>
    public static CorpusLayoutSpec Plan(IReadOnlyList<EncodedArticle> articles, CorpusSettings settings, ResourceBlobSpec blob)
    {
        var diagnostics = new List<DiagnosticSpec>();
        var ordered = Arrange(articles, diagnostics);
        return Layout(settings, Locate(ordered), diagnostics, blob);
    }

    /// <summary>The layout of records at <paramref name="locations"/> in <paramref name="blob"/>, with what arranging them reported.</summary>
    public static CorpusLayoutSpec Layout(CorpusSettings settings, EquatableArray<ArticleLocationSpec> locations, IEnumerable<DiagnosticSpec> layoutDiagnostics, ResourceBlobSpec blob)
    {
        var diagnostics = new List<DiagnosticSpec>(settings.Diagnostics);
        diagnostics.AddRange(layoutDiagnostics);
        return new CorpusLayoutSpec(settings, locations, 0, diagnostics.ToEquatableArray())
        {
            Resource = new ResourceLayoutSpec(blob.Header, blob.DataBytes, blob.TableOffset),
        };
    }

    /// <summary>Where each record of <paramref name="ordered"/> (as <see cref="Arrange"/> gives them) sits in the records section.</summary>
    public static EquatableArray<ArticleLocationSpec> Locate(IReadOnlyList<EncodedArticle> ordered)
    {
        var locations = new ArticleLocationSpec[ordered.Count];
        long offset = 0;
        for (var i = 0; i < locations.Length; i++)
        {
            locations[i] = new ArticleLocationSpec(ordered[i].Id, 0, checked((int)offset), ordered[i].ByteLength, ordered[i].Checksum);
            offset += ordered[i].ByteLength;
        }

        return new EquatableArray<ArticleLocationSpec>(locations);
    }
}
