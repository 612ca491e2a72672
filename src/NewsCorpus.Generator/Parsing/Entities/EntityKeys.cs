using System;
using System.Collections.Generic;
using System.Text;

namespace NewsCorpus.Generator.Parsing.Entities;

/// <summary>
/// Matching keys for entity names. <see cref="Key"/> is <c>NameVariants.Key</c> (case, accents, transliteration)
/// after dotted abbreviations are closed up, so "U.N." and "UN" match. <see cref="OrganizationKey"/> also puts
/// "Ministry of X Affairs" and "X Ministry" on one key.
/// </summary>
internal static class EntityKeys
{
    // Keys are asked for the same few names over and over (every lexicon lookup, every grouping step).
    private static readonly Func<string, string> s_key = global::NewsCorpus.EntityNameKey.Key;

    [ThreadStatic]
    private static Dictionary<string, string>? t_keys;

    public static string Key(string name) => KeyMemo.Get(ref t_keys, name, s_key);

    /// <summary>
    /// Case-, accent- and separator-insensitive, but not transliteration-insensitive: "Zelenskyy" stays apart from
    /// "Zelensky". For what a user writes to tell spellings apart (a keep-apart rule), where <see cref="Key"/> would join them.
    /// </summary>
    public static string SpellingKey(string name) =>
        global::NewsCorpus.NameVariants.Spelling(CloseAbbreviations(global::NewsCorpus.EntityNameKey.Clean(name)));

    /// <summary>"U.S." → "US", "U.N. Security Council" → "UN Security Council"; other dots are left alone.</summary>
    public static string CloseAbbreviations(string name) => global::NewsCorpus.EntityNameKey.CloseAbbreviations(name);

    /// <summary>The key of the name's last word: a person's surname.</summary>
    /// <remarks>Memoized like <see cref="Key"/>: asked for every pair of people an article names.</remarks>
    public static string LastWordKey(string name) => KeyMemo.Get(ref t_lastWordKeys, name, s_lastWordKey);

    private static readonly Func<string, string> s_lastWordKey = UncachedLastWordKey;

    [ThreadStatic]
    private static Dictionary<string, string>? t_lastWordKeys;

    private static string UncachedLastWordKey(string name)
    {
        // Key of the last of Words(name), without splitting the rest.
        var end = name.Length;
        while (end > 0 && name[end - 1] == ' ')
        {
            end--;
        }

        if (end == 0)
        {
            return string.Empty;
        }

        var start = name.LastIndexOf(' ', end - 1) + 1;
        return Key(start == 0 && end == name.Length ? name : name.Substring(start, end - start));
    }

    public static List<string> Words(string name)
    {
        // name.Split(' ', RemoveEmptyEntries) into a list, without the intermediate array.
        var words = new List<string>();
        var start = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            if (i == name.Length || name[i] == ' ')
            {
                if (i > start)
                {
                    words.Add(start == 0 && i == name.Length ? name : name.Substring(start, i - start));
                }

                start = i + 1;
            }
        }

        return words;
    }

    /// <summary><c>Words(name).Count</c>, without cutting the words out.</summary>
    public static int WordCount(string name)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in name)
        {
            if (c == ' ')
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// "Ministry of Foreign Affairs" and "Foreign Ministry", "Department of State" and "State Department": one key.
    /// Other names keep their <see cref="Key"/>.
    /// </summary>
    /// <remarks>Memoized like <see cref="Key"/>: asked for every organization of every article, and of its summary.</remarks>
    public static string OrganizationKey(string name) => KeyMemo.Get(ref t_organizationKeys, name, s_organizationKey);

    private static readonly Func<string, string> s_organizationKey = UncachedOrganizationKey;

    [ThreadStatic]
    private static Dictionary<string, string>? t_organizationKeys;

    private static string UncachedOrganizationKey(string name)
    {
        var words = Words(CloseAbbreviations(name));
        var of = words.IndexOf("of");
        if (of <= 0 || of + 1 >= words.Count || !EntityLexicon.IsLeadingHeadWord(words[of - 1]))
        {
            return Key(name);
        }

        // Words before the head (a demonym: "Russian Ministry of …") stay in front.
        var builder = new StringBuilder();
        for (var i = 0; i < of - 1; i++)
        {
            builder.Append(words[i]).Append(' ');
        }

        for (var i = of + 1; i < words.Count; i++)
        {
            var word = words[i];
            if (word is "the" or "The" || (i == words.Count - 1 && word == "Affairs" && i > of + 1))
            {
                continue;
            }

            builder.Append(word).Append(' ');
        }

        builder.Append(words[of - 1]);
        return Key(builder.ToString());
    }

    /// <summary>"U.S.", "U.N.", "D.C.": single capital letters each followed by a dot.</summary>
    public static bool IsDottedAbbreviation(string word) => global::NewsCorpus.EntityNameKey.IsDottedAbbreviation(word.AsSpan());

    /// <inheritdoc cref="IsDottedAbbreviation(string)"/>
    public static bool IsDottedAbbreviation(ReadOnlySpan<char> word) => global::NewsCorpus.EntityNameKey.IsDottedAbbreviation(word);

    /// <summary>The initials of the capitalized words of a name ("North Atlantic Treaty Organization" → "NATO").</summary>
    public static string Initials(string name)
    {
        var builder = new StringBuilder();
        foreach (var word in Words(name))
        {
            if (word.Length > 0 && char.IsUpper(word[0]))
            {
                builder.Append(word[0]);
                var hyphen = word.IndexOf('-');
                if (hyphen > 0 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]))
                {
                    builder.Append(word[hyphen + 1]);
                }
            }
        }

        return builder.ToString();
    }

    /// <summary>An acronym with its dots removed: "U.N." → "UN".</summary>
    public static string Acronym(string word) => word.Replace(".", string.Empty);
}
