using System;
using System.Collections.Generic;
using System.Text;

namespace NewsCorpus.Generator.Parsing.Structure;

/// <summary>
/// What a person's name looks like on a byline, and its normalized spelling: "Jack phillips" and "JACK PHILLIPS"
/// are both "Jack Phillips"; "Ludwig van Beethoven", "Seán O'Brien" and "McDonald" keep their particles and inner capitals.
/// </summary>
internal static class PersonNames
{
    private static readonly HashSet<string> s_particles = new(StringComparer.Ordinal)
    {
        "van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "la", "le", "bin", "ibn", "al", "el", "ter", "ten", "dos", "das", "y",
    };

    /// <summary>Words that never stand in a person's name: grammar, page words, roles and outlets.</summary>
    private static readonly HashSet<string> s_notNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "from", "with", "by", "is", "are", "was",
        "were", "be", "has", "have", "had", "it", "its", "this", "that", "these", "those", "us", "we", "our", "you",
        "your", "my", "he", "she", "they", "his", "her", "their", "not", "no", "yes", "more", "most", "all", "new",
        "news", "latest", "recent", "read", "reading", "readers", "subscribe", "follow", "share", "comment",
        "comments", "reply", "home", "menu", "search", "staff", "writer", "writers", "reporter", "reporters",
        "correspondent", "editor", "editors", "columnist", "contributor", "press", "times", "post", "agency",
        "service", "bureau", "desk", "team", "daily", "herald", "journal", "tribune", "media", "network", "online",
        "report", "reports", "special", "senior", "chief", "international", "national", "world", "politics",
        "business", "sport", "sports", "opinion", "analysis", "video", "photo", "image", "live", "updated",
        "published", "posted", "today", "yesterday", "advertisement", "government", "ministry", "president",
        "minister", "official", "officials", "said", "says", "told",
    };

    /// <summary>
    /// True when <paramref name="text"/> reads as one person's name: two to five words of letters (with
    /// . ' - inside), the first capitalized, none a grammar, page or outlet word, month or weekday.
    /// </summary>
    public static bool IsName(string text)
    {
        if (text.Length is 0 or > 60)
        {
            return false;
        }

        var words = text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5 || !char.IsUpper(words[0][0]))
        {
            return false;
        }

        var particles = 0;
        var lowered = 0;
        foreach (var word in words)
        {
            if (!IsNameWord(word) || IsPossessive(word) || s_notNames.Contains(word.TrimEnd('.')) || DateParser.MonthOf(word.TrimEnd('.')) > 0 || DateParser.IsWeekday(word.TrimEnd('.')))
            {
                return false;
            }

            if (s_particles.Contains(word))
            {
                particles++;
            }
            else if (!char.IsUpper(word[0]))
            {
                lowered++;
            }
        }

        // "de la" is the most a name carries, and a name must still have two real words. One word left in lower
        // case is a typing slip ("Jack phillips"); more than that is a phrase ("Stocks fell sharply").
        return particles <= 2 && words.Length - particles >= 2 && !s_particles.Contains(words[words.Length - 1])
            && (lowered == 0 || (lowered == 1 && words.Length <= 3));
    }

    /// <summary>The name with each word capitalized where the source left it all lower or all upper case.</summary>
    public static string Normalize(string name)
    {
        var words = name.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        var builder = new StringBuilder(name.Length);
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            var word = words[i];
            if (i > 0 && s_particles.Contains(word))
            {
                builder.Append(word);
            }
            else if (IsAllLower(word) || (IsAllUpper(word) && LetterCount(word) > 1 && !IsRomanNumeral(word)))
            {
                builder.Append(Capitalize(word));
            }
            else
            {
                builder.Append(word);
            }
        }

        return builder.ToString();
    }

    /// <summary>"Putin's": a name used in a sentence, not a name standing alone.</summary>
    private static bool IsPossessive(string word) =>
        word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase);

    private static bool IsNameWord(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (c is not ('.' or '\'' or '\u2019' or '-'))
            {
                return false;
            }
        }

        return letters > 0 && char.IsLetter(word[0]);
    }

    /// <summary>"phillips" → "Phillips", "O'BRIEN" → "O'Brien", "jean-paul" → "Jean-Paul".</summary>
    private static string Capitalize(string word)
    {
        var builder = new StringBuilder(word.Length);
        var startOfPart = true;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                builder.Append(startOfPart ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
                startOfPart = false;
            }
            else
            {
                builder.Append(c);
                startOfPart = c is '-' or '\'' or '\u2019' or '.';
            }
        }

        return builder.ToString();
    }

    private static bool IsAllLower(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c) && !char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllUpper(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int LetterCount(string word)
    {
        var count = 0;
        foreach (var c in word)
        {
            count += char.IsLetter(c) ? 1 : 0;
        }

        return count;
    }

    private static bool IsRomanNumeral(string word) => word.TrimEnd('.') is "II" or "III" or "IV" or "VI" or "VII" or "VIII";
}
