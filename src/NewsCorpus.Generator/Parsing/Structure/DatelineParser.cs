using System;
using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing.Structure;

/// <summary>A dateline read off the start of a paragraph.</summary>
/// <param name="Place">"MINSK", "KYIV, Ukraine"; null for an agency alone ("(Reuters) - …").</param>
/// <param name="Agency">"BelTA", "AP"; null when the dateline names none.</param>
/// <param name="Day">Day of month printed in the dateline, or 0.</param>
/// <param name="Month">Month printed in the dateline, or 0.</param>
/// <param name="BodyStart">Offset in the paragraph where the story text begins.</param>
internal sealed record Dateline(string? Place, string? Agency, int Day, int Month, int BodyStart);

/// <summary>
/// Recognizes the wire-story opening "PLACE[, Region][, 18 January] [(Agency)] —": "MINSK, 18 January (BelTA) -",
/// "WASHINGTON (AP) —", "LONDON, Jan 5 (Reuters) -", "KYIV, Ukraine (AP) —", "(Reuters) -". The place is in
/// capitals unless an agency in brackets vouches for it ("Moscow (Reuters) -"); without an agency a dash must
/// follow. Anything else at the start of a paragraph is story text and stays.
/// </summary>
internal static class DatelineParser
{
    /// <summary>Datelines are short; only this much of a paragraph is read.</summary>
    private const int MaxPrefix = 160;

    /// <summary>
    /// This thread's tokens of the paragraph head being read; its own, since <see cref="DateParser.TryParseDayMonth"/>
    /// splits a segment while they are in use.
    /// </summary>
    [ThreadStatic]
    private static List<DateToken>? t_tokens;

    public static bool TryParse(string paragraph, out Dateline dateline)
    {
        dateline = null!;
        // The head is read in place, not cut out: every token, and so every offset below, lies inside it.
        var headLength = Math.Min(paragraph.Length, MaxPrefix);
        var tokens = DateTokens.Split(paragraph, headLength, ref t_tokens);
        var i = 0;

        var capitals = ReadPlace(tokens, ref i, upperCaseOnly: true);
        var placeEnd = capitals > 0 ? tokens[i - 1].End : 0;
        if (capitals == 0)
        {
            i = 0;
            if (ReadPlace(tokens, ref i, upperCaseOnly: false) > 0)
            {
                placeEnd = tokens[i - 1].End;
            }
        }

        var hasPlace = placeEnd > 0;
        int day = 0, month = 0;
        for (var segment = 0; hasPlace && segment < 2 && i < tokens.Count && tokens[i].IsMark(','); segment++)
        {
            var end = SegmentEnd(tokens, i + 1);
            if (end == i + 1)
            {
                return false;
            }

            var text = paragraph.Substring(tokens[i + 1].Start, tokens[end - 1].End - tokens[i + 1].Start);
            if (month == 0 && DateParser.TryParseDayMonth(text, out var d, out var m))
            {
                (day, month) = (d, m);
            }
            else if (month == 0 && IsRegion(tokens, i + 1, end))
            {
                placeEnd = tokens[end - 1].End;
            }
            else if (month > 0 && end == i + 2 && tokens[i + 1].Kind == DateTokenKind.Number && tokens[i + 1].Length == 4)
            {
                // "WASHINGTON, Jan. 18, 2024 (Reuters) -": the year of the dateline's date.
            }
            else
            {
                return false;
            }

            i = end;
        }

        var agency = ReadAgency(paragraph, tokens, ref i);
        var dash = ReadDash(tokens, ref i);
        var valid = agency is not null
            ? hasPlace || dash
            : dash && capitals > 0 && (month > 0 || LetterCount(paragraph, 0, placeEnd) >= 4);
        if (!valid || i >= tokens.Count)
        {
            return false;
        }

        // Without an agency the story must open like a sentence, so "NATO — the alliance …" stays text.
        var bodyStart = tokens[i].Start;
        if (agency is null && char.IsLower(TextShape.FirstLetterOrDigit(paragraph, bodyStart, headLength)))
        {
            return false;
        }

        if (!TextShape.HasLetterOrDigit(paragraph, bodyStart))
        {
            return false;
        }

        var place = hasPlace ? paragraph.Substring(0, placeEnd).Trim() : null;
        dateline = new Dateline(place, agency, day, month, bodyStart);
        return true;
    }

    /// <summary>
    /// Reads up to four place words: in capitals ("NEW YORK", "ST. LOUIS", "WILKES-BARRE") or, when
    /// <paramref name="upperCaseOnly"/> is false, capitalized ("Moscow"). Returns how many words it read.
    /// </summary>
    private static int ReadPlace(List<DateToken> tokens, ref int i, bool upperCaseOnly)
    {
        var words = 0;
        var letters = 0;
        var start = i;
        while (i < tokens.Count && words < 4)
        {
            var token = tokens[i];
            if (token.Kind == DateTokenKind.Word && (upperCaseOnly ? IsAllUpper(token.Text) : char.IsUpper(token.Text[0])))
            {
                words++;
                letters += token.Length;
                i++;
                continue;
            }

            // Dots, hyphens, slashes and apostrophes inside a place name: "ST. LOUIS", "D.C.", "WILKES-BARRE", "MOSCOW/KYIV".
            if (words > 0 && token.Kind == DateTokenKind.Mark && token.Text[0] is '.' or '-' or '/' or '\'' or '\u2019'
                && token.Start == tokens[i - 1].End && i + 1 < tokens.Count && tokens[i + 1].Kind == DateTokenKind.Word)
            {
                i++;
                continue;
            }

            if (words > 0 && token.IsMark('.') && token.Start == tokens[i - 1].End)
            {
                i++;
                continue;
            }

            break;
        }

        if (words == 0 || (upperCaseOnly && letters < 2))
        {
            i = start;
            return 0;
        }

        return words;
    }

    /// <summary>A region after the place: "Ukraine", "D.C.", "Calif.", up to three capitalized words.</summary>
    private static bool IsRegion(List<DateToken> tokens, int from, int end)
    {
        var words = 0;
        for (var k = from; k < end; k++)
        {
            var token = tokens[k];
            if (token.Kind == DateTokenKind.Word)
            {
                if (!char.IsUpper(token.Text[0]))
                {
                    return false;
                }

                words++;
            }
            else if (!(token.IsMark('.') || token.IsMark('-')))
            {
                return false;
            }
        }

        return words is >= 1 and <= 3;
    }

    /// <summary>The index just past a comma segment: up to the next comma, bracket or dash.</summary>
    private static int SegmentEnd(List<DateToken> tokens, int from)
    {
        var k = from;
        while (k < tokens.Count && k - from < 8)
        {
            var token = tokens[k];
            if (token.IsMark(',') || token.IsMark('(') || IsDash(token))
            {
                break;
            }

            k++;
        }

        return k;
    }

    /// <summary>"(BelTA)": one to four words in brackets, letters only, starting with a letter.</summary>
    private static string? ReadAgency(string head, List<DateToken> tokens, ref int i)
    {
        if (i >= tokens.Count || !tokens[i].IsMark('('))
        {
            return null;
        }

        var words = 0;
        for (var k = i + 1; k < tokens.Count && k - i <= 10; k++)
        {
            var token = tokens[k];
            if (token.IsMark(')'))
            {
                var agency = words == 0 ? string.Empty : head.Substring(tokens[i + 1].Start, tokens[k - 1].End - tokens[i + 1].Start);
                if (agency.Length == 0 || !(char.IsUpper(agency[0]) || IsKnownAgency(agency)))
                {
                    return null;
                }

                i = k + 1;
                return agency;
            }

            if (token.Kind == DateTokenKind.Word)
            {
                words++;
                if (words > 4)
                {
                    return null;
                }
            }
            else if (!(token.IsMark('.') || token.IsMark('-') || token.IsMark('&') || token.IsMark('/')))
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsKnownAgency(string name)
    {
        foreach (var agency in BoilerplateLexicon.Agencies)
        {
            if (agency.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ReadDash(List<DateToken> tokens, ref int i)
    {
        var dashes = 0;
        while (i < tokens.Count && IsDash(tokens[i]) && dashes < 2)
        {
            dashes++;
            i++;
        }

        return dashes > 0;
    }

    private static bool IsDash(DateToken token) => token.Kind == DateTokenKind.Mark && token.Text[0] is '-' or '\u2013' or '\u2014' or '\u2012' or '\u2015';

    private static bool IsAllUpper(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int LetterCount(string text, int start, int end)
    {
        var count = 0;
        for (var k = start; k < end; k++)
        {
            count += char.IsLetter(text[k]) ? 1 : 0;
        }

        return count;
    }
}
