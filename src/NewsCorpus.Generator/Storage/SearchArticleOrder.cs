using System;
using System.Collections.Generic;
using System.Linq;

namespace NewsCorpus.Generator.Storage;

/// <summary>
/// Puts per-article search models in the order the store keeps articles (<see cref="RecordOrder"/>): by id, then
/// source path, and a repeated id only once (the store reports the repeat and keeps the first). The index refers to
/// articles by position in this order, so the two must agree.
/// </summary>
internal static class SearchArticleOrder
{
    public static List<T> Arrange<T>(IEnumerable<T> items, Func<T, string> id, Func<T, string> sourcePath)
    {
        var ordered = items
            .OrderBy(id, StringComparer.Ordinal)
            .ThenBy(sourcePath, StringComparer.Ordinal)
            .ToList();

        var kept = new List<T>(ordered.Count);
        string? previous = null;
        foreach (var item in ordered)
        {
            var itemId = id(item);
            if (previous is not null && string.Equals(previous, itemId, StringComparison.Ordinal))
            {
                continue;
            }

            kept.Add(item);
            previous = itemId;
        }

        return kept;
    }
}
