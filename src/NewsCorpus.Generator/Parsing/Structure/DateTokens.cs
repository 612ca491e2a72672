using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing.Structure;

internal enum DateTokenKind
{
    Number,
    Word,
    Mark,
}

/// <summary>A run of ASCII digits, a run of letters, or one other visible character, with where it sits in the line.</summary>
internal readonly record struct DateToken(DateTokenKind Kind, int Start, int End, string Text)
{
    public int Length => End - Start;

    public bool IsMark(char c) => Kind == DateTokenKind.Mark && Text[0] == c;

    public int Value => Kind == DateTokenKind.Number && Length <= 9 ? int.Parse(Text, System.Globalization.CultureInfo.InvariantCulture) : -1;
}

/// <summary>
/// Splits a short line into <see cref="DateToken"/>s. Dates are matched on tokens rather than with regular
/// expressions over the text, so the cost is one pass per line whatever the line holds.
/// </summary>
internal static class DateTokens
{
    public static List<DateToken> Split(string text)
    {
        var tokens = new List<DateToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            DateTokenKind kind;
            if (c is >= '0' and <= '9')
            {
                kind = DateTokenKind.Number;
                while (i < text.Length && text[i] is >= '0' and <= '9')
                {
                    i++;
                }
            }
            else if (char.IsLetter(c))
            {
                kind = DateTokenKind.Word;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }
            }
            else
            {
                kind = DateTokenKind.Mark;
                i++;
            }

            tokens.Add(new DateToken(kind, start, i, text.Substring(start, i - start)));
        }

        return tokens;
    }
}
