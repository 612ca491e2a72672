using System;

namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>Small facts about single words that the name and attribution rules share.</summary>
internal static class Words
{
    /// <summary>"Russia’s" → "Russia"; "Zelensky's" → "Zelensky".</summary>
    public static string WithoutPossessive(string word) =>
        IsPossessive(word) ? word.Substring(0, word.Length - 2) : word;

    public static bool IsPossessive(string word) =>
        word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal)
            || word.EndsWith("'S", StringComparison.Ordinal) || word.EndsWith("\u2019S", StringComparison.Ordinal));

    /// <summary>All capitals, at least two letters: NATO, TASS, FNSEA, U.S.</summary>
    public static bool IsAcronym(string word)
    {
        var letters = 0;
        foreach (var c in WithoutPossessive(word))
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (c is not ('.' or '&' or '-'))
            {
                return false;
            }
        }

        return letters >= 2;
    }

    /// <summary>A word that can be part of a name: capitalized, or a camel-cased brand (SkyBridge), never all digits.</summary>
    public static bool IsCapitalized(string word) => word.Length > 0 && char.IsUpper(word[0]);
}
