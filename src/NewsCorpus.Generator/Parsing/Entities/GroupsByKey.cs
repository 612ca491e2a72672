using System;
using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing.Entities;

/// <summary>
/// The groups that have a given key, in the order they were created: the order the grouper's own list keeps
/// them in, so "the first group with this key" is the first one here that is still live. Replaces passes over
/// every group and every member for each candidate, which made grouping quadratic in the article's length.
/// </summary>
internal sealed class GroupsByKey
{
    private static readonly List<EntityGroup> s_none = new();

    private readonly Dictionary<string, List<EntityGroup>> _groups = new(StringComparer.Ordinal);

    public void Add(string key, EntityGroup group)
    {
        if (!_groups.TryGetValue(key, out var list))
        {
            _groups[key] = new List<EntityGroup> { group };
            return;
        }

        // Lists are short (one group per key, almost always), and a group is added again for each member.
        var last = list[list.Count - 1];
        if (last == group)
        {
            return;
        }

        if (last.Sequence < group.Sequence)
        {
            list.Add(group);
            return;
        }

        // A loop rather than FindIndex with a lambda, whose closure over the group was allocated on every call.
        var at = 0;
        while (list[at].Sequence < group.Sequence)
        {
            at++;
        }

        if (list[at] != group)
        {
            list.Insert(at, group);
        }
    }

    /// <summary>Groups with the key in creation order, removed ones included: callers skip <see cref="EntityGroup.Removed"/>.</summary>
    public List<EntityGroup> Get(string key) => _groups.TryGetValue(key, out var list) ? list : s_none;
}
