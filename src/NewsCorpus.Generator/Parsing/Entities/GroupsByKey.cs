using System;
using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing.Entities;

/// <summary>
/// The groups that have a given key, in the order they were created: the order the grouper's own list keeps
/// them in, so "the first group with this key" is the first one here that is still live. Replaces passes over
/// every group and every member for each candidate, which made grouping quadratic in the article's length.
/// </summary>
/// <remarks>
/// Emptied and used again for the next article (<see cref="Clear"/>): a map and a list per key for every article
/// were most of what grouping allocated.
/// </remarks>
internal sealed class GroupsByKey
{
    /// <summary>A map that held more keys than this (a very long article) is dropped rather than emptied.</summary>
    private const int MaxKeptKeys = ThreadScratch.MaxKeptItems;

    private static readonly List<EntityGroup> s_none = new();

    private Dictionary<string, List<EntityGroup>> _groups = new(StringComparer.Ordinal);

    // Lists of keys of earlier articles, emptied, for the keys of this one.
    private readonly List<List<EntityGroup>> _spare = new();

    public void Add(string key, EntityGroup group)
    {
        if (!_groups.TryGetValue(key, out var list))
        {
            list = _spare.Count > 0 ? Pop(_spare) : new List<EntityGroup>();
            list.Add(group);
            _groups[key] = list;
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

    /// <summary>Forgets every key, keeping the map and its lists for the next article's keys.</summary>
    public void Clear()
    {
        if (_groups.Count > MaxKeptKeys)
        {
            _groups = new Dictionary<string, List<EntityGroup>>(StringComparer.Ordinal);
            return;
        }

        foreach (var list in _groups.Values)
        {
            list.Clear();
            _spare.Add(list);
        }

        _groups.Clear();
    }

    private static List<EntityGroup> Pop(List<List<EntityGroup>> lists)
    {
        var list = lists[lists.Count - 1];
        lists.RemoveAt(lists.Count - 1);
        return list;
    }
}
