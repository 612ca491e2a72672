using System;
using System.Collections.Generic;
using NewsCorpus.Generator.Model;
using EntityKind = global::NewsCorpus.EntityKind;

namespace NewsCorpus.Generator.Parsing.Entities;

/// <summary>
/// Groups one article's candidates into entities: known names by their canonical form, organizations by
/// <see cref="EntityKeys.OrganizationKey"/> and acronym, people by full name and spelling variant, and a
/// surname used alone ("Lavrov") into the full name the article gives ("Sergey Lavrov") — the nearest one
/// before it when two people share the surname. Then each quotation's speaker is found among the groups.
/// </summary>
internal sealed class EntityGrouper
{
    private readonly List<EntityGroup> _groups;

    // Indexes over _groups by the keys its linear searches compare, so each candidate costs a lookup, not a
    // pass over every group and member. Lists keep creation order, and removed groups are skipped, so "the first
    // group that matches" is the same group a pass over _groups finds.
    private readonly GroupsByKey _byKey;
    private readonly GroupsByKey _bySurname;
    private readonly GroupsByKey _byOrganizationKey;
    private readonly Dictionary<(EntityKind Kind, string Canonical), EntityGroup> _known;
    private int _created;

    // The indexes are only read while one article is grouped, and a thread groups one article at a time: they are
    // emptied and reused (per thread, as the generator parses files in parallel).
    [ThreadStatic]
    private static GroupsByKey[]? t_indexes;

    [ThreadStatic]
    private static List<EntityGroup>? t_groups;

    [ThreadStatic]
    private static Dictionary<(EntityKind Kind, string Canonical), EntityGroup>? t_known;

    [ThreadStatic]
    private static List<EntityCandidate>? t_pending;

    [ThreadStatic]
    private static List<EntityGroup>? t_ordered;

    private EntityGrouper()
    {
        var indexes = t_indexes ??= new[] { new GroupsByKey(), new GroupsByKey(), new GroupsByKey() };
        foreach (var index in indexes)
        {
            index.Clear();
        }

        _byKey = indexes[0];
        _bySurname = indexes[1];
        _byOrganizationKey = indexes[2];
        _groups = ThreadScratch.List(ref t_groups);
        _known = ThreadScratch.Dictionary(ref t_known);
    }

    public static List<EntityMentionSpec> Group(EntityCandidateFinder finder, IReadOnlyList<QuoteSpec> quotes, IReadOnlyList<string> paragraphs)
    {
        var grouper = new EntityGrouper();
        grouper.GroupBody(finder.Body);
        grouper.AddHeadline(finder.Headline);
        grouper.AddSpeakers(quotes, paragraphs);
        return grouper.ToSpecs(quotes);
    }

    private void GroupBody(IReadOnlyList<EntityCandidate> body)
    {
        // By index: a foreach over the read-only list boxed an enumerator per article and pass.
        var pending = ThreadScratch.List(ref t_pending);
        for (var c = 0; c < body.Count; c++)
        {
            var candidate = body[c];
            if (candidate.Pending || candidate.AcronymOf is not null)
            {
                pending.Add(candidate);
            }
            else if (candidate.Known is not null)
            {
                AddMember(KnownGroup(candidate.Known), candidate);
            }
            else if (candidate.Kind == EntityKind.Organization)
            {
                AddMember(OrganizationGroup(candidate), candidate);
            }
        }

        for (var c = 0; c < body.Count; c++)
        {
            var candidate = body[c];
            if (candidate.Kind == EntityKind.Person && !candidate.Pending)
            {
                AddMember(PersonGroup(candidate), candidate);
            }
        }

        MergeSpellingVariants();
        foreach (var candidate in pending)
        {
            if (ResolveWord(candidate, createPerson: true) is { } group)
            {
                AddMember(group, candidate);
            }
        }

        MergeOrganizationSuffixes();
    }

    /// <summary>A headline only confirms: known names, and names the body already has.</summary>
    private void AddHeadline(IReadOnlyList<EntityCandidate> headline)
    {
        for (var c = 0; c < headline.Count; c++)
        {
            var candidate = headline[c];
            EntityGroup? group;
            if (candidate.Pending)
            {
                group = ResolveWord(candidate, createPerson: false);
            }
            else if (candidate.Known is not null)
            {
                group = KnownGroup(candidate.Known);
            }
            else
            {
                group = FindByKey(candidate.Key, candidate.Kind);
            }

            if (group is not null)
            {
                AddMember(group, candidate);
            }
        }
    }

    private void AddSpeakers(IReadOnlyList<QuoteSpec> quotes, IReadOnlyList<string> paragraphs)
    {
        for (var q = 0; q < quotes.Count; q++)
        {
            var speaker = quotes[q].Speaker;
            if (speaker is null || speaker.Name.Trim().Length == 0)
            {
                continue;
            }

            var group = FindSpeaker(speaker, quotes[q]);
            if (group is null)
            {
                var kind = speaker.Kind == global::NewsCorpus.SpeakerKind.Person ? EntityKind.Person : EntityKind.Organization;
                group = Add(new EntityGroup(kind, _created++, known: null, fixedName: speaker.Name.Trim()));
                foreach (var occurrence in FindOccurrences(speaker.Name.Trim(), paragraphs))
                {
                    AddMember(group, occurrence);
                }
            }

            group.AddSaid(q);
            group.AddSpeakerName(speaker.Name.Trim());
            foreach (var alias in speaker.Aliases.AsSpan())
            {
                group.AddSpeakerName(alias);
            }

            group.SpeakerRole ??= speaker.Role;
        }
    }

    private EntityGroup? FindSpeaker(SpeakerSpec speaker, QuoteSpec quote)
    {
        var preferred = speaker.Kind == global::NewsCorpus.SpeakerKind.Person ? EntityKind.Person : EntityKind.Organization;
        for (var n = 0; n <= speaker.Aliases.Count; n++)
        {
            if (FindByKey(EntityKeys.Key(NameOf(speaker, n)), preferred) is { } group)
            {
                return group;
            }
        }

        for (var n = 0; n <= speaker.Aliases.Count; n++)
        {
            var name = NameOf(speaker, n);
            if (EntityKeys.WordCount(name) == 1 && FindBySurname(EntityKeys.Key(name), quote.Paragraph, quote.Start) is { } group)
            {
                return group;
            }
        }

        return EntityLexicon.Find(speaker.Name) is { } known ? KnownGroup(known) : null;
    }

    /// <summary>The speaker's name (0), then its aliases: the names a speaker is looked for under, without a list of them.</summary>
    private static string NameOf(SpeakerSpec speaker, int n) => n == 0 ? speaker.Name : speaker.Aliases[n - 1];

    /// <summary>
    /// A single word: a surname of a person the article names in full, else a known name, else an acronym of an
    /// organization before it, else (with evidence, and outside a headline) a person known by one name.
    /// </summary>
    private EntityGroup? ResolveWord(EntityCandidate candidate, bool createPerson)
    {
        var key = candidate.Key;
        if (candidate.Kind == EntityKind.Person && FindBySurname(key, candidate.Paragraph, candidate.Start) is { } person)
        {
            return person;
        }

        if (candidate.Known is not null)
        {
            candidate.Kind = candidate.Known.Kind;
            return KnownGroup(candidate.Known);
        }

        if (candidate.AcronymOf is { } expansion && GroupOf(expansion) is { } expanded)
        {
            candidate.Kind = expanded.Kind;
            return expanded;
        }

        if (candidate.Kind == EntityKind.Organization)
        {
            var acronym = EntityKeys.Acronym(candidate.Name);
            EntityGroup? byInitials = null;
            var matches = 0;
            foreach (var group in _groups)
            {
                if (group.Kind == EntityKind.Organization && group.Known is null && string.Equals(group.Initials, acronym, StringComparison.Ordinal))
                {
                    byInitials = group;
                    matches++;
                }
            }

            if (matches != 1)
            {
                byInitials = null;
            }

            return byInitials ?? (createPerson ? OrganizationGroup(candidate) : FindByKey(key, EntityKind.Organization));
        }

        if (!createPerson)
        {
            return FindByKey(key, EntityKind.Person);
        }

        return candidate.Evidence ? PersonGroup(candidate) : null;
    }

    private EntityGroup? FindBySurname(string key, int paragraph, int start)
    {
        EntityGroup? nearest = null;
        long nearestPosition = 0;
        EntityGroup? first = null;
        foreach (var group in _bySurname.Get(key))
        {
            if (group.Removed)
            {
                continue;
            }

            first ??= group;
            if (group.TryGetLastBefore(paragraph, start, out var before) && (nearest is null || nearestPosition < before))
            {
                nearest = group;
                nearestPosition = before;
            }
        }

        return nearest ?? first;
    }

    private EntityGroup? FindByKey(string key, EntityKind preferred)
    {
        EntityGroup? any = null;
        foreach (var group in _byKey.Get(key))
        {
            if (group.Removed)
            {
                continue;
            }

            if (group.Kind == preferred)
            {
                return group;
            }

            any ??= group;
        }

        return any;
    }

    private EntityGroup? GroupOf(EntityCandidate candidate)
    {
        if (candidate.Group is not { } group)
        {
            return null;
        }

        if (!group.Removed)
        {
            return group;
        }

        // Merges move every member to a live group first, so this is not reached; the full search stays exact if it is.
        foreach (var live in _groups)
        {
            foreach (var member in live.Members)
            {
                if (member == candidate)
                {
                    return live;
                }
            }
        }

        return null;
    }

    private EntityGroup KnownGroup(LexiconEntry known)
    {
        // Only this method makes groups for lexicon entries, one per entry, so the map holds the only one.
        var key = (known.Kind, known.Canonical);
        if (_known.TryGetValue(key, out var group) && !group.Removed)
        {
            return group;
        }

        group = Add(new EntityGroup(known.Kind, _created++, known));
        _known[key] = group;
        return group;
    }

    private EntityGroup OrganizationGroup(EntityCandidate candidate)
    {
        foreach (var group in _byOrganizationKey.Get(candidate.OrganizationKey))
        {
            if (!group.Removed)
            {
                return group;
            }
        }

        return Add(new EntityGroup(EntityKind.Organization, _created++));
    }

    private EntityGroup PersonGroup(EntityCandidate candidate)
    {
        foreach (var group in _byKey.Get(candidate.Key))
        {
            if (!group.Removed && group.Kind == EntityKind.Person)
            {
                return group;
            }
        }

        return Add(new EntityGroup(EntityKind.Person, _created++));
    }

    /// <summary>"Vladimir Zelensky" and "Volodymyr Zelenskyy", "V. Putin" and "Vladimir Putin": one person in one article.</summary>
    private void MergeSpellingVariants()
    {
        // Two people are one when their full names have the same surname key and given names that are one name
        // (EntityNames.SameGivenName). Each group's surname key is worked out once rather than for every pair it is
        // in: the key (null for a one-word name or another kind) is found again only for a group whose name a merge
        // may have changed.
        var surnames = ThreadScratch.List(ref t_surnames);
        foreach (var group in _groups)
        {
            surnames.Add(SurnameKey(group));
        }

        for (var a = 0; a < _groups.Count; a++)
        {
            for (var b = a + 1; b < _groups.Count && surnames[a] is { } surname; b++)
            {
                if (surnames[b] == surname && EntityNames.SameGivenName(EntityNames.FirstWord(_groups[a].Name), EntityNames.FirstWord(_groups[b].Name)))
                {
                    MoveMembers(_groups[b], _groups[a]);
                    _groups.RemoveAt(b);
                    surnames.RemoveAt(b);
                    surnames[a] = SurnameKey(_groups[a]);
                    b--;
                }
            }
        }
    }

    [ThreadStatic]
    private static List<string?>? t_surnames;

    /// <summary>The surname key two full names of one person share, or null when the group is not a person with a full name.</summary>
    private static string? SurnameKey(EntityGroup group)
    {
        if (group.Kind != EntityKind.Person)
        {
            return null;
        }

        var name = group.Name;
        return EntityKeys.WordCount(name) < 2 ? null : EntityKeys.LastWordKey(name);
    }

    /// <summary>"Foreign Ministry" in an article about the "Russian Foreign Ministry" is that ministry.</summary>
    private void MergeOrganizationSuffixes()
    {
        for (var a = 0; a < _groups.Count; a++)
        {
            var shorter = _groups[a];
            if (shorter.Kind != EntityKind.Organization || shorter.Known is not null)
            {
                continue;
            }

            EntityGroup? longer = null;
            var count = 0;
            foreach (var group in _groups)
            {
                if (group != shorter && group.Kind == EntityKind.Organization && EntityNames.IsQualifiedForm(shorter.Name, group.Name))
                {
                    longer = group;
                    count++;
                }
            }

            if (count == 1)
            {
                MoveMembers(shorter, longer!);
                _groups.RemoveAt(a);
                a--;
            }
        }
    }

    private EntityGroup Add(EntityGroup group)
    {
        group.Order = _groups.Count;
        _groups.Add(group);
        if (group.Known is { } known)
        {
            _byKey.Add(EntityKeys.Key(known.Canonical), group);
            if (group.Kind == EntityKind.Organization)
            {
                _byOrganizationKey.Add(EntityKeys.OrganizationKey(known.Canonical), group);
            }
        }

        if (group.FixedName is { } fixedName)
        {
            _byKey.Add(EntityKeys.Key(fixedName), group);
            if (group.Kind == EntityKind.Person && EntityKeys.WordCount(fixedName) > 1)
            {
                _bySurname.Add(EntityKeys.LastWordKey(fixedName), group);
            }
        }

        return group;
    }

    /// <summary>Adds a member and files the group under the member's keys (what HasKey, HasSurname and the organization key compared).</summary>
    private void AddMember(EntityGroup group, EntityCandidate member)
    {
        group.Add(member);
        _byKey.Add(member.Key, group);
        if (group.Kind == EntityKind.Person && member.WordCount > 1)
        {
            _bySurname.Add(member.LastWordKey, group);
        }

        if (group.Kind == EntityKind.Organization)
        {
            _byOrganizationKey.Add(member.OrganizationKey, group);
        }

        if (member.Group is not { Removed: false } current || current.Sequence > group.Sequence)
        {
            member.Group = group;
        }
    }

    /// <summary>A merge: every member goes to <paramref name="into"/>, in order, and <paramref name="from"/> is no longer a group.</summary>
    private void MoveMembers(EntityGroup from, EntityGroup into)
    {
        var members = from.Members;
        for (var m = 0; m < members.Count; m++)
        {
            AddMember(into, members[m]);
        }

        from.Removed = true;
    }

    /// <summary>Whole-word occurrences of a speaker's name the rules did not pick up, so its mentions are counted.</summary>
    private static List<EntityCandidate> FindOccurrences(string name, IReadOnlyList<string> paragraphs)
    {
        var found = new List<EntityCandidate>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var text = paragraphs[p];
            var index = text.IndexOf(name, StringComparison.Ordinal);
            while (index >= 0)
            {
                var end = index + name.Length;
                var startsWord = index == 0 || !char.IsLetterOrDigit(text[index - 1]);
                var endsWord = end == text.Length || !char.IsLetterOrDigit(text[end]);
                if (startsWord && endsWord)
                {
                    found.Add(new EntityCandidate(name, EntityKind.Person, p, index, end));
                }

                index = text.IndexOf(name, end, StringComparison.Ordinal);
            }
        }

        return found;
    }

    private List<EntityMentionSpec> ToSpecs(IReadOnlyList<QuoteSpec> quotes)
    {
        var ordered = ThreadScratch.List(ref t_ordered);
        foreach (var group in _groups)
        {
            if (group.Members.Count > 0 || group.Said is not null)
            {
                ordered.Add(group);
            }
        }

        ordered.Sort((left, right) =>
        {
            var a = left.First;
            var b = right.First;
            if (a is null || b is null)
            {
                return a is null && b is null ? left.Order.CompareTo(right.Order) : a is null ? 1 : -1;
            }

            return a.Paragraph != b.Paragraph ? a.Paragraph.CompareTo(b.Paragraph)
                : a.Start != b.Start ? a.Start.CompareTo(b.Start)
                : left.Order.CompareTo(right.Order);
        });

        // A mention is inside a quotation of its own paragraph: look only at those.
        var spans = QuoteSpans.Of(quotes);

        var specs = new List<EntityMentionSpec>(ordered.Count);
        foreach (var group in ordered)
        {
            specs.Add(ToSpec(group, spans));
        }

        return specs;
    }

    /// <summary>Sorts the items and keeps one of each: what a sorted set of them would hold.</summary>
    private static void SortDistinct<T>(List<T> items, IComparer<T> comparer)
    {
        items.Sort(comparer);
        var kept = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (kept == 0 || comparer.Compare(items[kept - 1], items[i]) != 0)
            {
                items[kept++] = items[i];
            }
        }

        items.RemoveRange(kept, items.Count - kept);
    }

    // Scratch collections of ToSpec, emptied for each group instead of allocated (per thread: parses run in parallel);
    // what the spec keeps is copied out of them.
    [ThreadStatic]
    private static SpecScratch? t_scratch;

    // Lists sorted and made distinct once at the end, rather than sorted sets that allocate a node per item.
    private sealed class SpecScratch
    {
        public readonly List<string> Aliases = new();
        public readonly List<EntityOccurrenceSpec> Occurrences = new();
        public readonly List<int> Quoted = new();
    }

    private static EntityMentionSpec ToSpec(EntityGroup group, QuoteSpans spans)
    {
        var name = group.Name;
        var scratch = t_scratch ??= new SpecScratch();
        var aliases = scratch.Aliases;
        aliases.Clear();
        var occurrences = scratch.Occurrences;
        occurrences.Clear();
        string? role = null;
        group.SortMembers((a, b) => a.Precedes(b) ? -1 : b.Precedes(a) ? 1 : 0);
        var members = group.Members;
        for (var m = 0; m < members.Count; m++)
        {
            var member = members[m];

            // A name repeated by the next member is not listed twice (the list is made distinct below anyway).
            if (member.Name != name && (aliases.Count == 0 || aliases[aliases.Count - 1] != member.Name))
            {
                aliases.Add(member.Name);
            }

            role ??= member.Role;

            // Members are in reading order, so a second member at a place comes right after the first.
            var last = occurrences.Count - 1;
            if (last < 0 || occurrences[last].Paragraph != member.Paragraph || occurrences[last].Start != member.Start)
            {
                occurrences.Add(new EntityOccurrenceSpec(member.Paragraph, member.Start, member.End));
            }
        }

        if (group.SpeakerNames is { } speakerNames)
        {
            foreach (var spoken in speakerNames)
            {
                var trimmed = spoken.Trim();
                if (trimmed.Length > 0 && trimmed != name)
                {
                    aliases.Add(trimmed);
                }
            }
        }

        SortDistinct(aliases, StringComparer.Ordinal);
        role ??= group.SpeakerRole;

        var quoted = scratch.Quoted;
        quoted.Clear();
        if (group.Said is { } said)
        {
            quoted.AddRange(said);
        }

        foreach (var occurrence in occurrences)
        {
            spans.Containing(occurrence.Paragraph, occurrence.Start, occurrence.End, quoted);
        }

        SortDistinct(quoted, Comparer<int>.Default);

        return new EntityMentionSpec(
            name,
            group.Kind,
            role,
            aliases.ToEquatableArray(),
            occurrences.ToEquatableArray(),
            quoted.ToEquatableArray(),
            group.Said?.ToEquatableArray() ?? EquatableArray<int>.Empty);
    }
}
