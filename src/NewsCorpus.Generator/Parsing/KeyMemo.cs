using System;
using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing;

/// <summary>
/// A per-thread memo for the pure key functions the parser asks about the same few names over and over
/// (<c>NameVariants.Key</c>, <c>EntityNameKey.Key</c>): a key costs a Unicode normalization and several copies.
/// Per thread because the generator may parse files in parallel; bounded so a long-running compiler process does
/// not grow with it.
/// </summary>
internal static class KeyMemo
{
    private const int MaxCachedKeys = 20_000;
    private const int MaxCachedLength = 100;

    /// <summary>The key of <paramref name="name"/>, from <paramref name="cache"/> (a [ThreadStatic] field) or computed and kept.</summary>
    public static string Get(ref Dictionary<string, string>? cache, string name, Func<string, string> key)
    {
        if (name is null || name.Length > MaxCachedLength)
        {
            return key(name!);
        }

        var keys = cache ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (keys.TryGetValue(name, out var value))
        {
            return value;
        }

        if (keys.Count >= MaxCachedKeys)
        {
            keys.Clear();
        }

        value = key(name);
        keys[name] = value;
        return value;
    }
}
