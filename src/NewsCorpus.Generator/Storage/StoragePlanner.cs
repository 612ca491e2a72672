using System;
using System.Collections.Generic;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Storage;

/// <summary>
/// Chooses between inline chunks and the embedded resource. The build targets decide (they know the corpus size
/// and whether they can embed anything) and pass the header of what they embedded; the generator uses the
/// resource only when its own sections (records, search index, quote clusters, entity index) give exactly that
/// header (<see cref="ResourceMatcher"/>), and otherwise stores everything inline and says why, so generated code
/// can never describe other bytes than the ones in the assembly.
/// </summary>
internal static class StoragePlanner
{
    public static (CorpusLayoutSpec Layout, ChunkRecordsSpec[] Chunks) Plan(IReadOnlyList<EncodedArticle> articles, CorpusSettings settings, ResourceMatchSpec? match)
    {
        if (settings.ResourceDigest is null)
        {
            var inline = ChunkPlanner.Plan(articles, settings);
            return settings.Storage == CorpusStorageMode.Resource
                ? (WithDiagnostic(inline.Layout, DiagnosticIds.ResourceStorageUnavailable), inline.Chunks)
                : inline;
        }

        if (match?.Blob is { } blob)
        {
            return (ResourcePlanner.Plan(articles, settings, blob), Array.Empty<ChunkRecordsSpec>());
        }

        // No match at all: the build handed over its index instead of the corpus and it could not be used; NC0032
        // says so, and there are no sections of this compilation's own to name in an NC0031.
        var fallback = ChunkPlanner.Plan(articles, settings);
        return match is null
            ? fallback
            : (WithDiagnostic(fallback.Layout, DiagnosticIds.ResourceMismatch, settings.ResourceDigest, match.Header), fallback.Chunks);
    }

    private static CorpusLayoutSpec WithDiagnostic(CorpusLayoutSpec layout, string id, params string[] arguments)
    {
        var diagnostics = new List<DiagnosticSpec>(layout.Diagnostics)
        {
            new(id, string.Empty, TextSpanSpec.FileStart, arguments.ToEquatableArray()),
        };
        return layout with { Diagnostics = diagnostics.ToEquatableArray() };
    }
}
