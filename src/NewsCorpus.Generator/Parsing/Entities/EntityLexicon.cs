using System;
using System.Collections.Generic;
using EntityKind = global::NewsCorpus.EntityKind;

namespace NewsCorpus.Generator.Parsing.Entities;

/// <summary>A name the lexicons know: its canonical form and kind.</summary>
internal sealed record LexiconEntry(string Canonical, EntityKind Kind);

/// <summary>
/// The word lists of this folder as lookups, built once. Known names match by <see cref="EntityKeys.Key"/>
/// (so "Tass" is TASS and "Kiev" is Kyiv), except all-capital variants, which match only in capitals.
/// </summary>
internal static class EntityLexicon
{
    private const int MaxCachedWords = 20_000;
    private const int MaxCachedWordLength = 60;

    [ThreadStatic]
    private static Dictionary<string, WordClass>? t_wordClasses;

    private static readonly Dictionary<string, LexiconEntry> s_byKey = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, LexiconEntry> s_byAcronym = new(StringComparer.Ordinal);
    private static readonly HashSet<string> s_titles = Lower(RoleWords.Titles);
    private static readonly HashSet<string> s_modifiers = Lower(RoleWords.Modifiers);
    private static readonly HashSet<string> s_honorifics = Lower(RoleWords.Honorifics);
    private static readonly HashSet<string> s_demonyms = Lower(RoleWords.Demonyms);
    private static readonly HashSet<string> s_functionWords = Lower(CommonWords.FunctionWords);
    private static readonly HashSet<string> s_timeWords = Lower(CommonWords.TimeWords);
    private static readonly HashSet<string> s_notNames = Keys(CommonWords.NotNames);
    private static readonly HashSet<string> s_headWords = new(OrganizationLexicon.HeadWords, StringComparer.Ordinal);
    private static readonly HashSet<string> s_leadingHeadWords = new(OrganizationLexicon.LeadingHeadWords, StringComparer.Ordinal);
    private static readonly Dictionary<string, int> s_givenNameClasses = new(StringComparer.Ordinal);
    private static readonly HashSet<string> s_givenNames = Keys(GivenNames.Common);

    private static readonly HashSet<string> s_abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Lt", "Col", "Sgt", "Capt", "Gov", "Sen", "Rep", "Prof",
        "Adm", "Maj", "Cpl", "Pvt", "Rev", "Hon", "Inc", "Corp", "Co", "Ltd", "No", "Mt", "Ft", "Fr", "vs", "Mme",
    };

    private static readonly int s_longestAbbreviation = Longest(s_abbreviations);

    private static readonly HashSet<string> s_adjectiveSuffixes = new(StringComparer.Ordinal)
    {
        "backed", "led", "based", "controlled", "owned", "occupied", "born", "made", "friendly", "style", "era",
        "held", "annexed", "allied", "aligned", "linked", "funded", "sponsored", "installed", "appointed", "run",
        "leaning", "bound", "wide", "related", "centric", "supported", "brokered", "imposed", "bred", "oriented",
    };

    static EntityLexicon()
    {
        Add(AgencyLexicon.Agencies, EntityKind.Agency);
        Add(Gazetteer.Countries, EntityKind.Place);
        Add(Gazetteer.Cities, EntityKind.Place);
        Add(Gazetteer.Regions, EntityKind.Place);
        Add(OrganizationLexicon.Known, EntityKind.Organization);
        for (var c = 0; c < GivenNames.VariantClasses.Length; c++)
        {
            foreach (var name in GivenNames.VariantClasses[c].Split('|'))
            {
                var key = EntityKeys.Key(name);
                s_givenNames.Add(key);
                if (!s_givenNameClasses.ContainsKey(key))
                {
                    s_givenNameClasses[key] = c;
                }
            }
        }
    }

    /// <summary>The known place, agency or organization this name is, or null.</summary>
    public static LexiconEntry? Find(string surface) => FindAcronym(surface) ?? FindKey(EntityKeys.Key(surface));

    /// <summary><see cref="Find(string)"/> of a surface whose <see cref="EntityKeys.Key"/> the caller has already.</summary>
    public static LexiconEntry? Find(string surface, string key) => FindAcronym(surface) ?? FindKey(key);

    private static LexiconEntry? FindAcronym(string surface)
    {
        var closed = EntityKeys.CloseAbbreviations(surface);
        return IsAcronymShaped(closed) && s_byAcronym.TryGetValue(closed, out var acronym) ? acronym : null;
    }

    private static LexiconEntry? FindKey(string key) => s_byKey.TryGetValue(key, out var entry) ? entry : null;

    public static bool IsTitle(string word) => Has(word, WordClass.Title);

    public static bool IsRoleModifier(string word) => Has(word, WordClass.Modifier);

    public static bool IsHonorific(string word) => Has(word, WordClass.Honorific);

    public static bool IsDemonym(string word) => Has(word, WordClass.Demonym);

    private static bool IsDemonymNormalized(string normalized)
    {
        if (s_demonyms.Contains(normalized))
        {
            return true;
        }

        // "Russian-American", "Euro-Atlantic": every part an adjective of nationality.
        if (normalized.IndexOf('-') > 0)
        {
            foreach (var part in normalized.Split('-'))
            {
                if (!s_demonyms.Contains(part))
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    public static bool IsFunctionWord(string word) => Has(word, WordClass.Function);

    /// <summary>Capitalized words and phrases that are not names: "Cold War", "West".</summary>
    public static bool IsNotName(string phrase) => s_notNames.Contains(EntityKeys.Key(phrase));

    /// <summary><see cref="IsNotName"/> of a phrase by its <see cref="EntityKeys.Key"/>.</summary>
    public static bool IsNotNameKey(string key) => s_notNames.Contains(key);

    public static bool IsHeadWord(string word) => Has(word, WordClass.Head);

    public static bool IsLeadingHeadWord(string word) => Has(word, WordClass.LeadingHead);

    public static bool IsGivenName(string word) => s_givenNames.Contains(EntityKeys.Key(word));

    /// <summary>The transliteration class of a given name (Vladimir and Volodymyr share one), or -1.</summary>
    public static int GivenNameClass(string word) => s_givenNameClasses.TryGetValue(EntityKeys.Key(word), out var c) ? c : -1;

    /// <summary>"Mr", "St", "Gen": a dot after them does not end a sentence.</summary>
    /// <remarks>Asked at every dot after a word: the length is compared first, as most words are longer than any abbreviation.</remarks>
    public static bool IsAbbreviation(string word) =>
        (word.Length <= s_longestAbbreviation && s_abbreviations.Contains(word)) || (word.Length == 1 && char.IsUpper(word[0]));

    /// <summary>"backed" in "Russia-backed": the hyphenated word is an adjective built on a name.</summary>
    public static bool IsAdjectiveSuffix(string word) => s_adjectiveSuffixes.Contains(word);

    /// <summary>No lower-case letters and at least two letters: "NATO", "UAE", "OPEC+".</summary>
    public static bool IsAcronymShaped(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsWhiteSpace(c) || char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 2;
    }

    private static void Add(string[] entries, EntityKind kind)
    {
        foreach (var entry in entries)
        {
            var variants = entry.Split('|');
            var value = new LexiconEntry(variants[0], kind);
            foreach (var variant in variants)
            {
                var closed = EntityKeys.CloseAbbreviations(variant);
                if (IsAcronymShaped(closed))
                {
                    if (!s_byAcronym.ContainsKey(closed))
                    {
                        s_byAcronym[closed] = value;
                    }
                }
                else
                {
                    var key = EntityKeys.Key(variant);
                    if (!s_byKey.ContainsKey(key))
                    {
                        s_byKey[key] = value;
                    }
                }
            }
        }
    }

    private static string Normalize(string word) => word.TrimEnd('.').ToLowerInvariant();

    /// <summary>Whether the word is on any of the lists in <paramref name="wordClass"/>: one lookup for several questions.</summary>
    public static bool Has(string word, WordClass wordClass) => (ClassOf(word) & wordClass) != 0;

    /// <summary>
    /// Which word lists a word is on. The finder asks this of every capitalized word several times over, and each
    /// question used to lower-case a copy of it; the answer is now worked out once per word and thread (bounded),
    /// and a token carries it (<see cref="EntityToken.Classes"/>).
    /// </summary>
    public static WordClass ClassOf(string word)
    {
        var classes = t_wordClasses ??= new Dictionary<string, WordClass>(StringComparer.Ordinal);
        if (classes.TryGetValue(word, out var known))
        {
            return known;
        }

        var normalized = Normalize(word);
        var found = WordClass.None;
        found |= s_titles.Contains(normalized) ? WordClass.Title : WordClass.None;
        found |= s_modifiers.Contains(normalized) ? WordClass.Modifier : WordClass.None;
        found |= s_honorifics.Contains(normalized) ? WordClass.Honorific : WordClass.None;
        found |= IsDemonymNormalized(normalized) ? WordClass.Demonym : WordClass.None;
        found |= s_functionWords.Contains(normalized) ? WordClass.Function : WordClass.None;
        found |= s_timeWords.Contains(normalized) ? WordClass.Time : WordClass.None;
        found |= s_headWords.Contains(word.TrimEnd('.')) ? WordClass.Head : WordClass.None;
        found |= s_leadingHeadWords.Contains(word) ? WordClass.LeadingHead : WordClass.None;
        if (word.Length <= MaxCachedWordLength)
        {
            if (classes.Count >= MaxCachedWords)
            {
                classes.Clear();
            }

            classes[word] = found;
        }

        return found;
    }

    private static int Longest(IEnumerable<string> words)
    {
        var longest = 0;
        foreach (var word in words)
        {
            longest = Math.Max(longest, word.Length);
        }

        return longest;
    }

    private static HashSet<string> Lower(string[] words)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            set.Add(word.ToLowerInvariant());
        }

        return set;
    }

    private static HashSet<string> Keys(string[] words)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            set.Add(EntityKeys.Key(word));
        }

        return set;
    }
}

/// <summary>The word lists of <see cref="EntityLexicon"/> a word is on.</summary>
[Flags]
internal enum WordClass : byte
{
    None = 0,
    Title = 1,
    Modifier = 2,
    Honorific = 4,
    Demonym = 8,
    Function = 16,
    Time = 32,

    /// <summary>Ends an organization's name, as written (a closing dot aside): "Ministry", "Council", "Corp.".</summary>
    Head = 64,

    /// <summary>Leads an organization's name before "of" or "for", as written: "Ministry" of "Ministry of Defence".</summary>
    LeadingHead = 128,
}
