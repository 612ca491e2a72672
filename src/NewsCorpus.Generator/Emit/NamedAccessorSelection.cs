using System;
using System.Collections.Generic;
using System.Globalization;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Emit;

/// <summary>
/// Which articles and entities get a named member under NewsCorpusNamedAccessorLimit. A member costs a few hundred
/// bytes of source with its preview, so a large corpus would compile more member code than corpus data. Articles
/// get members all or none (any N of them would be arbitrary); entities the N most mentioned, ties by identity,
/// so the choice is deterministic. Names are assigned over every item either way, so a kept member is named as
/// it would be without the limit. Speakers are few and always named.
/// </summary>
internal sealed class NamedAccessorSelection
{
    private readonly bool[] _entityKept;

    private NamedAccessorSelection(int limit, bool articles, bool[] entityKept, int entitiesKept)
    {
        Limit = limit;
        Articles = articles;
        _entityKept = entityKept;
        EntitiesKept = entitiesKept;
    }

    public int Limit { get; }

    /// <summary>True when every article gets its member; false when none does.</summary>
    public bool Articles { get; }

    public int EntitiesKept { get; }

    public bool IsEntityKept(int index) => _entityKept[index];

    /// <param name="identity">An entity's identity, the same one its member name is stable against.</param>
    public static NamedAccessorSelection Select(EntityCorpusSpec corpus, int limit, Func<EntityCorpusEntitySpec, string> identity)
    {
        var entities = corpus.Entities;
        var kept = new bool[entities.Count];
        if (entities.Count <= limit)
        {
            for (var i = 0; i < kept.Length; i++)
            {
                kept[i] = true;
            }

            return new NamedAccessorSelection(limit, corpus.Articles.Count <= limit, kept, kept.Length);
        }

        var order = new List<int>(entities.Count);
        var identities = new string[entities.Count];
        for (var i = 0; i < entities.Count; i++)
        {
            order.Add(i);
            identities[i] = identity(entities[i]);
        }

        order.Sort((a, b) =>
        {
            var byCount = entities[b].MentionCount.CompareTo(entities[a].MentionCount);
            return byCount != 0 ? byCount : string.CompareOrdinal(identities[a], identities[b]);
        });

        var count = Math.Max(0, limit);
        for (var i = 0; i < count; i++)
        {
            kept[order[i]] = true;
        }

        return new NamedAccessorSelection(limit, corpus.Articles.Count <= limit, kept, count);
    }

    /// <summary>NC0014 when anything was left out, else nothing.</summary>
    public EquatableArray<DiagnosticSpec> Diagnostics(EntityCorpusSpec corpus)
    {
        var articlesLeft = Articles ? 0 : corpus.Articles.Count;
        var entitiesLeft = corpus.Entities.Count - EntitiesKept;
        if (articlesLeft + entitiesLeft == 0)
        {
            return EquatableArray<DiagnosticSpec>.Empty;
        }

        var arguments = new[]
        {
            Text(articlesLeft + entitiesLeft), Text(Limit), Text(articlesLeft), Text(corpus.Articles.Count), Text(entitiesLeft), Text(corpus.Entities.Count),
        };
        return new[] { new DiagnosticSpec(DiagnosticIds.NamedAccessorsLimited, string.Empty, TextSpanSpec.FileStart, arguments.ToEquatableArray()) }.ToEquatableArray();
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
