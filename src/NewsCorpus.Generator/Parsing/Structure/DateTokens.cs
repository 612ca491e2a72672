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
    /// <summary>
    /// The tokens' strings, one per distinct token on this thread: the same month names, years, digits and marks
    /// come back line after line, so a token's text is found in place instead of cut out each time.
    /// </summary>
    [System.ThreadStatic]
    private static TextPool<bool>? t_texts;

    /// <summary>A reused list that grew past this is dropped, so a thread keeps little after an odd line.</summary>
    private const int MaxKeptTokens = 256;

    /// <summary>
    /// The tokens of <c>text.Substring(0, length)</c>, read in place, into <paramref name="reused"/>: the caller's
    /// [ThreadStatic] list, emptied here, valid until that caller splits again. Lines are split by the thousand, so
    /// their tokens go into one list per caller and thread rather than a new list grown by doubling each time.
    /// </summary>
    public static List<DateToken> Split(string text, int length, ref List<DateToken>? reused)
    {
        var tokens = ThreadScratch.List(ref reused, MaxKeptTokens);
        var texts = t_texts ??= new TextPool<bool>(lowerAscii: false);
        var i = 0;
        while (i < length)
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
                while (i < length && text[i] is >= '0' and <= '9')
                {
                    i++;
                }
            }
            else if (char.IsLetter(c))
            {
                kind = DateTokenKind.Word;
                while (i < length && char.IsLetter(text[i]))
                {
                    i++;
                }
            }
            else
            {
                kind = DateTokenKind.Mark;
                i++;
            }

            var tokenText = i - start > TextPool<bool>.MaxLength ? text.Substring(start, i - start) : texts.Find(text, start, i - start).Text!;
            tokens.Add(new DateToken(kind, start, i, tokenText));
        }

        return tokens;
    }
}
