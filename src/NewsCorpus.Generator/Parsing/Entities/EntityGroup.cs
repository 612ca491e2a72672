using System;
using System.Collections.Generic;
using EntityKind = global::NewsCorpus.EntityKind;

namespace NewsCorpus.Generator.Parsing.Entities;

/// <summary>The mentions of one real-world thing inside one article, while they are being grouped.</summary>
internal sealed class EntityGroup
{
    public EntityGroup(EntityKind kind, LexiconEntry? known = null, string? fixedName = null)
    {
        Kind = kind;
        Known = known;
        FixedName = fixedName;
    }

    public EntityKind Kind { get; }

    public LexiconEntry? Known { get; }

    /// <summary>A speaker's name, for an entity that only the quotation attribution names.</summary>
    public string? FixedName { get; }

    public List<EntityCandidate> Members { get; } = new();

    public SortedSet<int> Said { get; } = new();

    public List<string> SpeakerNames { get; } = new();

    public string? SpeakerRole { get; set; }

    /// <summary>Order of creation, to keep groups without any mention in a stable place.</summary>
    public int Order { get; set; }

    public EntityCandidate? First
    {
        get
        {
            EntityCandidate? first = null;
            foreach (var member in Members)
            {
                if (first is null || member.Precedes(first))
                {
                    first = member;
                }
            }

            return first;
        }
    }

    /// <summary>
    /// The fullest form: the lexicon's canonical name; for a person the longest name used; otherwise the form used
    /// most often (then the longer, then the first).
    /// </summary>
    public string Name
    {
        get
        {
            if (Known is not null)
            {
                return Known.Canonical;
            }

            if (FixedName is not null && Members.Count == 0)
            {
                return FixedName;
            }

            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var order = new List<string>();
            foreach (var member in Members)
            {
                if (!counts.TryGetValue(member.Name, out var count))
                {
                    order.Add(member.Name);
                }

                counts[member.Name] = count + 1;
            }

            if (FixedName is not null && !counts.ContainsKey(FixedName))
            {
                order.Add(FixedName);
                counts[FixedName] = 0;
            }

            var best = order[0];
            foreach (var name in order)
            {
                if (Better(name, counts[name], best, counts[best]))
                {
                    best = name;
                }
            }

            return best;
        }
    }

    public bool HasKey(string key)
    {
        if (Known is not null && EntityKeys.Key(Known.Canonical) == key)
        {
            return true;
        }

        if (FixedName is not null && EntityKeys.Key(FixedName) == key)
        {
            return true;
        }

        foreach (var member in Members)
        {
            if (member.Key == key)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The surname keys of the group's multi-word names (a person's), so "Lavrov" can find "Sergey Lavrov".</summary>
    public bool HasSurname(string key)
    {
        if (Kind != EntityKind.Person)
        {
            return false;
        }

        foreach (var member in Members)
        {
            if (member.LastWordKey == key && member.WordCount > 1)
            {
                return true;
            }
        }

        return FixedName is not null && EntityKeys.Words(FixedName).Count > 1 && EntityKeys.LastWordKey(FixedName) == key;
    }

    /// <summary>The member nearest before the position, or null.</summary>
    public EntityCandidate? LastBefore(int paragraph, int start)
    {
        EntityCandidate? best = null;
        foreach (var member in Members)
        {
            var before = member.Paragraph < paragraph || (member.Paragraph == paragraph && member.Start < start);
            if (before && (best is null || best.Precedes(member)))
            {
                best = member;
            }
        }

        return best;
    }

    private bool Better(string name, int count, string best, int bestCount)
    {
        if (Kind == EntityKind.Person)
        {
            var words = EntityKeys.Words(name).Count;
            var bestWords = EntityKeys.Words(best).Count;
            if (words != bestWords)
            {
                return words > bestWords;
            }
        }

        if (count != bestCount)
        {
            return count > bestCount;
        }

        return name.Length > best.Length;
    }
}
