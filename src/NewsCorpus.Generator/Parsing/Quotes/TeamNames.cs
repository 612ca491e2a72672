using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>
/// Clubs named like people, with no word such as United or FC to show it ("Aston Villa", "Real Sociedad", "Inter
/// Milan"): the sentence shows it instead. A match score next to the name ("beat Aston Villa 2-1", "a 2-1 win over
/// Aston Villa", "drew 1-1 with Aston Villa") or a move between two of them ("joined Rovigo from Aston Villa",
/// "signed for Real Sociedad") makes it a body. A set score (6-4) is a tennis or snooker match between people, so
/// only scores of at most five a side count; a name opening with a known given name or an honorific is left a person.
/// </summary>
internal static class TeamNames
{
    private const int MaxTeamScore = 5;

    /// <summary>How far before the name a score may be: "a 2-1 home win over X", "drew 1-1 away with X".</summary>
    private const int ScoreWindow = 5;

    public static void Apply(List<Token> tokens, List<Mention> mentions, int start, int end)
    {
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (!CouldBeTeam(tokens, mention))
            {
                continue;
            }

            if (ScoreAfter(tokens, mention.Last + 1, end) || (mention.AfterPreposition && ScoreBefore(tokens, mention.First - 1, start)))
            {
                MakeBody(mention);
            }
            else if (m + 1 < mentions.Count && IsTransfer(tokens, mention, mentions[m + 1], start))
            {
                MakeBody(mention);
                if (CouldBeTeam(tokens, mentions[m + 1]))
                {
                    MakeBody(mentions[m + 1]);
                }
            }
            else if (mention.First - 2 >= start && tokens[mention.First - 1].Is("for") && (tokens[mention.First - 2].Is("signed") || tokens[mention.First - 2].Is("signs")))
            {
                MakeBody(mention);
            }
        }
    }

    private static bool CouldBeTeam(List<Token> tokens, Mention mention) =>
        mention is { Kind: MentionKind.Person, Role: null } && !tokens[mention.First].Has(LexFlags.MaleName | LexFlags.FemaleName | LexFlags.Honorific);

    private static void MakeBody(Mention mention)
    {
        mention.Kind = MentionKind.Organization;
        mention.Team = true;
        mention.Weak = false;
        mention.Gender = Gender.Unknown;
    }

    /// <summary>"joined Rovigo from Aston Villa": the first name right after the verb, "from", then the second.</summary>
    private static bool IsTransfer(List<Token> tokens, Mention first, Mention second, int start) =>
        first.First - 1 >= start && (tokens[first.First - 1].Is("joined") || tokens[first.First - 1].Is("joins") || tokens[first.First - 1].Is("rejoined"))
        && tokens[first.Last + 1].Is("from") && second.First == first.Last + 2;

    private static bool ScoreAfter(List<Token> tokens, int k, int end) => k < end && Score(tokens, k, end, out var max) && max <= MaxTeamScore;

    private static bool ScoreBefore(List<Token> tokens, int k, int start)
    {
        for (var i = k; i >= start && k - i < ScoreWindow; i--)
        {
            // "2-1" is one word; "2–1" is a number, a dash and a number.
            var first = i >= start + 2 && tokens[i - 1].Kind == TokenKind.Punctuation ? i - 2 : i;
            if (Score(tokens, first, k + 1, out var max))
            {
                return max <= MaxTeamScore;
            }
        }

        return false;
    }

    /// <summary>A score at <paramref name="k"/>: "2-1" as one word, or "2", a dash, "1".</summary>
    private static bool Score(List<Token> tokens, int k, int end, out int max)
    {
        max = 0;
        if (!tokens[k].IsWord)
        {
            return false;
        }

        var text = tokens[k].Text;
        var hyphen = text.IndexOf('-');
        if (hyphen > 0 && Number(text.Substring(0, hyphen)) is >= 0 and var a && Number(text.Substring(hyphen + 1)) is >= 0 and var b)
        {
            max = System.Math.Max(a, b);
            return true;
        }

        if (k + 2 < end && Number(text) is >= 0 and var left && tokens[k + 1].Kind == TokenKind.Punctuation && tokens[k + 1].Text[0] is '\u2013' or '-'
            && tokens[k + 2].IsWord && Number(tokens[k + 2].Text) is >= 0 and var right)
        {
            max = System.Math.Max(left, right);
            return true;
        }

        return false;
    }

    private static int Number(string text)
    {
        if (text.Length == 0 || text.Length > 3)
        {
            return -1;
        }

        var value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return -1;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }
}
