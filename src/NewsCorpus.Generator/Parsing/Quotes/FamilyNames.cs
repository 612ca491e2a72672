using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>
/// A relative named by a given name only, right after the person they are related to: "Margaret Hill's son,
/// David," and "Anne Porter, whose husband, Peter,". The relative most likely shares the family name, and the
/// article goes on to call them by it ("Mr Hill told the BBC"), so the mention becomes "David Hill". Only a full
/// name (two words or more) lends its family name; "His daughter, Karen," stays Karen.
/// </summary>
internal static class FamilyNames
{
    public static void Apply(List<Token> tokens, List<Mention> mentions, int end)
    {
        for (var m = 0; m + 1 < mentions.Count; m++)
        {
            var named = mentions[m];
            if (named.Kind != MentionKind.Person || named.Weak || named.Name.IndexOf(' ') < 0)
            {
                continue;
            }

            var kin = named.Last + 1;
            if (!named.Possessive)
            {
                if (kin + 1 >= end || !tokens[kin].IsPunctuation(',') || !tokens[kin + 1].Is("whose"))
                {
                    continue;
                }

                kin += 2;
            }

            if (kin + 2 >= end || !tokens[kin].IsWord || !tokens[kin].Has(LexFlags.Kin) || !tokens[kin + 1].IsPunctuation(','))
            {
                continue;
            }

            var relative = mentions[m + 1];
            var after = relative.Last + 1;
            if (relative.Kind != MentionKind.Person || relative.First != kin + 2 || relative.Name.IndexOf(' ') >= 0
                || after >= end || !tokens[after].IsPunctuation(','))
            {
                continue;
            }

            var family = named.Name.Substring(named.Name.LastIndexOf(' ') + 1);
            relative.Name = relative.Name + " " + family;
            relative.Weak = false;
            relative.Role ??= Words.Lower(tokens[kin].Text);
            if (relative.Gender == Gender.Unknown)
            {
                relative.Gender = MentionFinder.GenderOfRole(Words.Lower(tokens[kin].Text));
            }
        }
    }
}
