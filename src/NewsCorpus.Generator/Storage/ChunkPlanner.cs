using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NewsCorpus.Generator.Configuration;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Storage;

/// <summary>
/// Packs article records into chunks of about <see cref="CorpusSettings.ChunkSize"/> bytes. A record never
/// spans two chunks; one larger than the chunk size gets a chunk of its own. Articles are ordered by id so the
/// layout does not depend on the order the compiler lists files in.
/// </summary>
internal static class ChunkPlanner
{
    public static (CorpusLayoutSpec Layout, ChunkSpec[] Chunks) Plan(IReadOnlyList<EncodedArticle> articles, CorpusSettings settings)
    {
        var diagnostics = new List<DiagnosticSpec>(settings.Diagnostics);
        var ordered = articles
            .OrderBy(a => a.Id, StringComparer.Ordinal)
            .ThenBy(a => a.SourcePath, StringComparer.Ordinal)
            .ToList();

        var locations = new List<ArticleLocationSpec>(ordered.Count);
        var chunks = new List<ChunkSpec>();
        var current = new StringBuilder();
        var currentBytes = 0;
        EncodedArticle? previous = null;

        foreach (var article in ordered)
        {
            if (previous is not null && string.Equals(previous.Id, article.Id, StringComparison.Ordinal))
            {
                diagnostics.Add(new DiagnosticSpec(
                    DiagnosticDescriptors.DuplicateId.Id,
                    article.SourcePath,
                    TextSpanSpec.FileStart,
                    new[] { previous.SourcePath, article.SourcePath, article.Id }.ToEquatableArray()));
                continue;
            }

            if (currentBytes > 0 && currentBytes + article.ByteLength > settings.ChunkSize)
            {
                chunks.Add(new ChunkSpec(settings.Namespace, settings.ClassName, chunks.Count, current.ToString()));
                current.Clear();
                currentBytes = 0;
            }

            locations.Add(new ArticleLocationSpec(article.Id, chunks.Count, currentBytes, article.ByteLength));
            current.Append(article.Record);
            currentBytes += article.ByteLength;
            previous = article;
        }

        if (currentBytes > 0)
        {
            chunks.Add(new ChunkSpec(settings.Namespace, settings.ClassName, chunks.Count, current.ToString()));
        }

        var layout = new CorpusLayoutSpec(settings, locations.ToEquatableArray(), chunks.Count, diagnostics.ToEquatableArray());
        return (layout, chunks.ToArray());
    }
}
