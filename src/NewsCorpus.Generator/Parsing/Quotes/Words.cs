namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>Small facts about single words that the name and attribution rules share.</summary>
internal static class Words
{
    /// <summary>The separator of <see cref="string.Split(char[])"/> for words, made once: a one-character argument is an array per call.</summary>
    public static readonly char[] Space = { ' ' };

    /// <summary>
    /// The next word of <c>text[..end)</c> from <paramref name="position"/>, words being the runs between spaces
    /// (<c>Split(' ')</c> with the empty ones dropped), read in place: <c>text[start..wordEnd)</c>; false when no
    /// word is left. <paramref name="position"/> moves past the word.
    /// </summary>
    public static bool NextSpaced(string text, ref int position, int end, out int start, out int wordEnd)
    {
        start = position;
        while (start < end && text[start] == ' ')
        {
            start++;
        }

        if (start >= end)
        {
            position = wordEnd = end;
            return false;
        }

        var space = text.IndexOf(' ', start, end - start);
        position = wordEnd = space < 0 ? end : space;
        return true;
    }

    /// <summary>Whether <c>text[start..end)</c> is one of <paramref name="words"/>, exactly (ordinal), read in place.</summary>
    public static bool IsOneOf(string text, int start, int end, string[] words)
    {
        foreach (var word in words)
        {
            if (word.Length == end - start && string.CompareOrdinal(text, start, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <see cref="string.ToLowerInvariant()"/>, answered without the call for a word that is lower-case ASCII already
    /// (most words the rules lower-case: verbs, titles, pronouns): the word itself, which is what the call returns.
    /// </summary>
    public static string Lower(string word)
    {
        foreach (var c in word)
        {
            if ((uint)(c - 'A') <= 'Z' - 'A' || c >= 0x80)
            {
                return word.ToLowerInvariant();
            }
        }

        return word;
    }

    /// <summary>"Russia’s" → "Russia"; "Zelensky's" → "Zelensky".</summary>
    public static string WithoutPossessive(string word) =>
        IsPossessive(word) ? word.Substring(0, word.Length - 2) : word;

    /// <summary>Ends with 's or ’s (either case) after at least one more character.</summary>
    public static bool IsPossessive(string word) =>
        word.Length > 2 && (word[word.Length - 1] is 's' or 'S') && (word[word.Length - 2] is '\'' or '\u2019');

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
