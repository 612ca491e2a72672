using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Emit;

/// <summary>
/// C# member names for the named accessors (<c>Corpus.Speakers.SergeyLavrov</c>). A name comes from the item's own
/// text — a headline, a canonical name — in PascalCase with accents folded, so it stays put when other files
/// change. Where two items want one name, the item whose identity (article id; entity name and first article)
/// sorts first keeps it and the others get a suffix derived from their identity: adding an article can never
/// rename an article that sorts before it, and never an unrelated one.
/// </summary>
internal static class NamedAccessorNames
{
    /// <summary>Longest name taken from a text; a headline is cut at a word boundary before this.</summary>
    public const int MaxLength = 48;

    /// <summary>Names for <paramref name="items"/> (text to name it after, identity), in the same order.</summary>
    /// <param name="reserved">Names that are taken already: the members of the containing type and the type itself.</param>
    public static string[] Assign(IReadOnlyList<(string Text, string Identity)> items, ISet<string> reserved)
    {
        var names = new string[items.Count];
        var byBase = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var name = Identifier(items[i].Text);
            if (!byBase.TryGetValue(name, out var list))
            {
                byBase[name] = list = new List<int>();
            }

            list.Add(i);
        }

        var taken = new HashSet<string>(reserved, StringComparer.Ordinal);

        // Plain names first, so a suffixed name can never take a plain name another item needs.
        foreach (var pair in byBase)
        {
            pair.Value.Sort((a, b) => string.CompareOrdinal(items[a].Identity, items[b].Identity));
            if (!taken.Contains(pair.Key))
            {
                names[pair.Value[0]] = pair.Key;
                taken.Add(pair.Key);
            }
        }

        foreach (var pair in byBase)
        {
            foreach (var index in pair.Value)
            {
                if (names[index] is not null)
                {
                    continue;
                }

                var hash = HashCodes.OfText(items[index].Identity);
                var name = pair.Key + "_" + (hash & 0xFFFF).ToString("X4", CultureInfo.InvariantCulture);
                if (taken.Contains(name))
                {
                    name = pair.Key + "_" + hash.ToString("X8", CultureInfo.InvariantCulture);
                }

                for (var n = 2; taken.Contains(name); n++)
                {
                    name = pair.Key + "_" + hash.ToString("X8", CultureInfo.InvariantCulture) + "_" + n.ToString(CultureInfo.InvariantCulture);
                }

                names[index] = name;
                taken.Add(name);
            }
        }

        return names;
    }

    /// <summary>
    /// "Sergey Lavrov" → SergeyLavrov, "U.S. Defense Secretary" → USDefenseSecretary, "Côte d'Ivoire" →
    /// CoteDIvoire, "5G Alliance" → _5GAlliance. Always a valid identifier that is not a keyword.
    /// </summary>
    public static string Identifier(string text)
    {
        var builder = new StringBuilder();
        var startOfWord = true;
        var afterLatin = false;
        // Normalize throws on an unpaired surrogate (a headline from a damaged file), and a throwing generator loses all its output.
        foreach (var c in SourceEscaping.ReplaceUnpairedSurrogates(global::NewsCorpus.EntityNameKey.Clean(text)).Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                // Accents on Latin letters go (Genève → Geneve, easy to type); marks that make another script's
                // letter (the breve of Cyrillic й) stay, and FormC puts the letter back together.
                if (!afterLatin && builder.Length > 0 && !startOfWord)
                {
                    builder.Append(c);
                }

                continue;
            }

            afterLatin = c < 0x80;

            if (c is '\'' or '\u2019' or '.')
            {
                // "d'Ivoire", "U.S.": apostrophes and dots join, they do not start a new word.
                continue;
            }

            if (!char.IsLetterOrDigit(c) || char.IsSurrogate(c))
            {
                startOfWord = true;
                continue;
            }

            if (builder.Length + 1 > MaxLength && startOfWord)
            {
                break;
            }

            builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        var name = builder.ToString().Normalize(NormalizationForm.FormC);
        if (name.Length == 0)
        {
            return "Unnamed";
        }

        if (!SyntaxFacts.IsIdentifierStartCharacter(name[0]))
        {
            name = "_" + name;
        }

        if (!SyntaxFacts.IsValidIdentifier(name) || SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None)
        {
            name = "_" + name;
        }

        return name;
    }
}
