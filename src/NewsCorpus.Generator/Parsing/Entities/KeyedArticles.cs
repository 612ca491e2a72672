using System;
using System.Collections.Generic;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Parsing.Entities;

/// <summary>
/// Articles grouped by a metadata value (an agency, a section, an author), spellings folded by
/// <see cref="EntityKeys.Key"/>; the first spelling names the group. Part of the entity merge, which runs on every
/// edit: the values repeat from article to article, so each spelling is folded once, not once per article.
/// </summary>
internal sealed class KeyedArticles
{
    private readonly Dictionary<string, int> _groupOfSpelling = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _groupOfKey = new(StringComparer.Ordinal);
    private readonly List<string> _names = new();
    private readonly List<List<int>> _articles = new();

    /// <summary>Adds article <paramref name="article"/> (articles are added in ascending order) under <paramref name="value"/>.</summary>
    public void Add(string value, int article)
    {
        if (!_groupOfSpelling.TryGetValue(value, out var group))
        {
            group = GroupOfKey(value);
            _groupOfSpelling.Add(value, group);
        }

        if (group < 0)
        {
            return;
        }

        var articles = _articles[group];
        if (articles.Count == 0 || articles[articles.Count - 1] != article)
        {
            articles.Add(article);
        }
    }

    /// <summary>The groups, sorted by name (ordinal).</summary>
    public EquatableArray<EntityKeyedArticlesSpec> ToSpecs()
    {
        var result = new List<EntityKeyedArticlesSpec>(_names.Count);
        for (var i = 0; i < _names.Count; i++)
        {
            result.Add(new EntityKeyedArticlesSpec(_names[i], _articles[i].ToEquatableArray()));
        }

        result.Sort((x, y) => string.CompareOrdinal(x.Name, y.Name));
        return result.ToEquatableArray();
    }

    /// <summary>The group of a spelling not met before: a new one named by it, or -1 for a value with nothing to key.</summary>
    private int GroupOfKey(string value)
    {
        var key = EntityKeys.Key(value);
        if (key.Length == 0)
        {
            return -1;
        }

        if (!_groupOfKey.TryGetValue(key, out var group))
        {
            group = _names.Count;
            _groupOfKey.Add(key, group);
            _names.Add(value);
            _articles.Add(new List<int>());
        }

        return group;
    }
}
