using System;
using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>
/// Addresses in court and local reports: "Peter Vance, 58, of Station Road, Harrowby, admitted theft", "Tom Reid of
/// Mill Lane, Harrowby, said". The town after a street is a place, not a one-word name that could speak; and the
/// address ("of"/"from" and its places, after the name and its age) is set off like an apposition, so the verb after
/// it has the person as its subject. One pass over the sentence's mentions.
/// </summary>
internal static class Addresses
{
    /// <summary>Last words of streets that are surnames too ("Mill Lane", "Park Close"): streets only inside an address.</summary>
    private static readonly HashSet<string> s_streetWords = new(StringComparer.Ordinal)
    {
        "Lane", "Close", "Drive", "Way", "Crescent", "Gardens", "Terrace", "Grove", "Place", "Court", "Rise", "Walk",
        "Mews", "Row", "Hill", "Park", "Green", "Gate", "View",
    };

    public static void Apply(List<Token> tokens, List<Mention> mentions, int end)
    {
        // Joined places are dropped in one sweep at the end: removing each in place would be quadratic in a long sentence.
        HashSet<Mention>? joined = null;
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Kind == MentionKind.Place && NonPersonNames.EndsLikePlace(tokens[mention.Last].Text) && m + 1 < mentions.Count
                && IsTownAfter(tokens, mention, mentions[m + 1], end))
            {
                mentions[m + 1].Kind = MentionKind.Place;
            }
            else if (mention.Kind == MentionKind.Person && JoinAddress(tokens, mentions, m, end) is var last and > 0)
            {
                joined ??= new HashSet<Mention>();
                for (var k = m + 1; k <= last; k++)
                {
                    joined.Add(mentions[k]);
                }

                m = last;
            }
        }

        if (joined is not null)
        {
            mentions.RemoveAll(joined.Contains);
        }
    }

    /// <summary>"Station Road, Harrowby,": a single unknown word right after a street and a comma, closed by punctuation.</summary>
    private static bool IsTownAfter(List<Token> tokens, Mention street, Mention next, int end) =>
        next is { Kind: MentionKind.Person, Weak: true } && next.First == street.Last + 2 && tokens[street.Last + 1].IsPunctuation(',')
        && (next.Last + 1 >= end || tokens[next.Last + 1].Kind == TokenKind.Punctuation);

    /// <summary>"Peter Vance, 58, of Station Road, Harrowby,": the address becomes part of the person's mention.</summary>
    /// <returns>The index of the address's last mention, or -1 when there is no address.</returns>
    private static int JoinAddress(List<Token> tokens, List<Mention> mentions, int m, int end)
    {
        var person = mentions[m];
        var p = Math.Max(person.Last, person.AppositionEnd) + 1;
        if (p + 2 < end && tokens[p].IsPunctuation(',') && person.Age > 0 && tokens[p + 2].IsPunctuation(','))
        {
            p += 2;
        }

        if (p < end && tokens[p].IsPunctuation(','))
        {
            p++;
        }

        if (p + 1 >= end || !(tokens[p].Is("of") || tokens[p].Is("from")) || m + 1 >= mentions.Count || mentions[m + 1].First != p + 1
            || !IsAddressPart(tokens, mentions[m + 1], first: true))
        {
            return -1;
        }

        var last = m + 1;
        while (last + 1 < mentions.Count && mentions[last].Last + 2 < end && tokens[mentions[last].Last + 1].IsPunctuation(',')
            && mentions[last + 1].First == mentions[last].Last + 2 && IsAddressPart(tokens, mentions[last + 1], first: false))
        {
            last++;
        }

        // A lone unknown word ("Tom Reid of Harrowby said") could be a firm, unless commas set it off: "Karen Webb, 52, from Harrowby, said".
        var closed = mentions[last].Last + 1 < end && tokens[mentions[last].Last + 1].IsPunctuation(',');
        if (last == m + 1 && mentions[last].Kind != MentionKind.Place && !(tokens[p - 1].IsPunctuation(',') && closed))
        {
            return -1;
        }

        person.AppositionEnd = mentions[last].Last;
        return last;
    }

    /// <summary>A street or town: a place, one unknown word, or (first in the address) a name ending in a street word.</summary>
    private static bool IsAddressPart(List<Token> tokens, Mention mention, bool first) =>
        mention.Kind == MentionKind.Place
        || (mention.Kind == MentionKind.Person && mention.Weak)
        || (first && mention.Kind == MentionKind.Person && mention.Role is null && mention.Last > mention.First && s_streetWords.Contains(tokens[mention.Last].Text));
}
