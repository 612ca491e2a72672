using System;
using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing;

/// <summary><c>NameVariants.Key</c>, memoized per thread (<see cref="KeyMemo"/>): every article keys its speakers' names again.</summary>
internal static class NameKeys
{
    private static readonly Func<string, string> s_key = global::NewsCorpus.NameVariants.Key;

    [ThreadStatic]
    private static Dictionary<string, string>? t_keys;

    public static string Key(string name) => KeyMemo.Get(ref t_keys, name, s_key);
}
