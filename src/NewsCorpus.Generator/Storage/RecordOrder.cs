using System;
using System.Collections.Generic;
using System.Linq;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Storage;

/// <summary>
/// The order records are stored in, whatever the storage: by id, so the layout does not depend on the order the
/// compiler lists files in; of two files with the same id the first by path is kept and the other reported.
/// The inline and the resource planner both call this, and so does the build task, so all agree on the order.
/// </summary>
internal static class RecordOrder
{
    public static List<EncodedArticle> Arrange(IReadOnlyList<EncodedArticle> articles, List<DiagnosticSpec> diagnostics)
    {
        var ordered = articles
            .OrderBy(a => a.Id, StringComparer.Ordinal)
            .ThenBy(a => a.SourcePath, StringComparer.Ordinal)
            .ToList();

        var kept = new List<EncodedArticle>(ordered.Count);
        foreach (var article in ordered)
        {
            var previous = kept.Count > 0 ? kept[kept.Count - 1] : null;
            if (previous is not null && string.Equals(previous.Id, article.Id, StringComparison.Ordinal))
            {
                diagnostics.Add(new DiagnosticSpec(
                    DiagnosticIds.DuplicateId,
                    article.SourcePath,
                    TextSpanSpec.FileStart,
                    new[] { previous.SourcePath, article.SourcePath, article.Id }.ToEquatableArray()));
                continue;
            }

            kept.Add(article);
        }

        return kept;
    }
}
