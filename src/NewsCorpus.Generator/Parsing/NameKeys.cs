using System;
using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing;

/// <summary>
/// <c>NameVariants.Key</c>, memoized per thread. Every article keys its speakers' names again, and a key costs a
/// Unicode normalization and several copies; the function is pure, so a cached key is the key. Per thread because
/// the generator parses files in parallel; bounded so a long-running compiler process does not grow with it.
/// </summary>
internal static class NameKeys
{
    private const int MaxCachedKeys = 20_000;
    private const int MaxCachedLength = 100;

    [ThreadStatic]
    private static Dictionary<string, string>? t_keys;

    public static string Key(string name)
    {
        if (name is null || name.Length > MaxCachedLength)
        {
            return global::NewsCorpus.NameVariants.Key(name!);
        }

        var keys = t_keys ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (keys.TryGetValue(name, out var key))
        {
            return key;
        }

        if (keys.Count >= MaxCachedKeys)
        {
            keys.Clear();
        }

        key = global::NewsCorpus.NameVariants.Key(name);
        keys[name] = key;
        return key;
    }
}
