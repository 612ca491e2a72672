using System;
using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>
/// A person's nationality as the article gives it ("the Spaniard", "Spanish midfielder X", "X, the American,"),
/// reduced to one key per nation so the noun and the adjective meet ("Spaniard" and "Spanish" are "spanish").
/// Regions and blocs (European, Arab, Western) and abbreviations (US, EU) say nothing about one person's nation.
/// </summary>
internal static class Nationalities
{
    /// <summary>Nouns that differ from the adjective: the noun, then the adjective it is keyed by.</summary>
    private static readonly Dictionary<string, string> s_nouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Spaniard"] = "spanish", ["Serb"] = "serbian", ["Croat"] = "croatian", ["Briton"] = "british", ["Brit"] = "british",
        ["Scot"] = "scottish", ["Scotsman"] = "scottish", ["Scotswoman"] = "scottish", ["Dane"] = "danish", ["Swede"] = "swedish",
        ["Turk"] = "turkish", ["Slovene"] = "slovenian", ["Aussie"] = "australian", ["Filipina"] = "filipino",
        ["Frenchman"] = "french", ["Frenchwoman"] = "french", ["Dutchman"] = "dutch", ["Dutchwoman"] = "dutch",
        ["Englishman"] = "english", ["Englishwoman"] = "english", ["Irishman"] = "irish", ["Irishwoman"] = "irish",
        ["Welshman"] = "welsh", ["Welshwoman"] = "welsh", ["Icelander"] = "icelandic",
    };

    /// <summary>Adjectives spelt two ways, keyed by the one <see cref="RoleLexicon.Demonyms"/> holds.</summary>
    private static readonly Dictionary<string, string> s_spellings = new(StringComparer.OrdinalIgnoreCase) { ["Argentinian"] = "argentine" };

    private static readonly HashSet<string> s_regions = new(StringComparer.OrdinalIgnoreCase)
    {
        "European", "Asian", "African", "Arab", "Western", "Eastern", "Northern", "Southern", "Soviet", "Post-Soviet",
        "Allied", "Nordic", "Baltic",
    };

    /// <summary>"Spaniard", "Briton", "Dutchman": a noun for one person, never an adjective ("the Spaniard saved …").</summary>
    public static bool IsNounOnly(string word) => s_nouns.ContainsKey(word);

    /// <summary>The nation a capitalized word names a person of, or null: "Spaniard" and "Spanish" → "spanish".</summary>
    public static string? Key(Token token)
    {
        if (!token.IsCapitalized)
        {
            return null;
        }

        var word = token.Text;
        if (s_nouns.TryGetValue(word, out var adjective) || s_spellings.TryGetValue(word, out adjective))
        {
            return adjective;
        }

        if (!(token.Has(LexFlags.NationalityNoun) || token.Has(LexFlags.Demonym)) || Words.IsAcronym(word) || Words.IsPossessive(word) || s_regions.Contains(word))
        {
            return null;
        }

        return word.ToLowerInvariant();
    }

    /// <summary>The first nationality among a role's words ("Russian Deputy Foreign Minister" → "russian"), or null.</summary>
    public static string? InRole(string? role)
    {
        if (role is null)
        {
            return null;
        }

        foreach (var word in ParagraphTokenizer.WordsOf(role))
        {
            if (Key(word) is { } key)
            {
                return key;
            }
        }

        return null;
    }
}
