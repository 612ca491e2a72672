using System;

namespace NewsCorpus.Generator.Parsing.Entities;

/// <summary>Rules that say two different names are one thing; used inside an article and across the corpus.</summary>
internal static class EntityNames
{
    /// <summary><c>EntityKeys.Words(name)[0]</c> of a name that has a word.</summary>
    public static string FirstWord(string name)
    {
        var start = 0;
        while (name[start] == ' ')
        {
            start++;
        }

        var end = name.IndexOf(' ', start);
        return start == 0 && end < 0 ? name : name.Substring(start, (end < 0 ? name.Length : end) - start);
    }

    /// <summary>
    /// The given names of two full names of one person whose surnames key alike (<see cref="EntityKeys.LastWordKey"/>):
    /// the same, a transliteration of it (Vladimir/Volodymyr), or its initial ("V.").
    /// </summary>
    public static bool SameGivenName(string left, string right)
    {
        var a = EntityKeys.Key(left);
        var b = EntityKeys.Key(right);
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return true;
        }

        if (IsInitial(left) || IsInitial(right))
        {
            return a[0] == b[0];
        }

        var classA = EntityLexicon.GivenNameClass(left);
        return classA >= 0 && classA == EntityLexicon.GivenNameClass(right);
    }

    /// <summary>
    /// <paramref name="shorter"/> is <paramref name="longer"/> without the nationality or place in front:
    /// "Foreign Ministry" of "Russian Foreign Ministry", "Security Council" of "Russian Security Council".
    /// </summary>
    public static bool IsQualifiedForm(string shorter, string longer)
    {
        // Asked for every pair of organizations in an article, and most differ in the last word: that is compared
        // (memoized) before the names are split.
        if (EntityKeys.LastWordKey(shorter) != EntityKeys.LastWordKey(longer))
        {
            return false;
        }

        var a = EntityKeys.Words(shorter);
        var b = EntityKeys.Words(longer);
        if (a.Count == 0 || b.Count <= a.Count)
        {
            return false;
        }

        var offset = b.Count - a.Count;
        for (var i = 0; i < a.Count; i++)
        {
            if (EntityKeys.Key(a[i]) != EntityKeys.Key(b[offset + i]))
            {
                return false;
            }
        }

        for (var i = 0; i < offset; i++)
        {
            var word = b[i];
            if (!EntityLexicon.IsDemonym(word) && EntityLexicon.Find(word)?.Kind != global::NewsCorpus.EntityKind.Place)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsInitial(string word) =>
        (word.Length == 1 && char.IsUpper(word[0])) || (word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.');
}
