using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace NewsCorpus.Generator.Parsing.Structure;

/// <summary>An absolute date found in a line, with the time printed next to it when there is one.</summary>
/// <param name="Start">Offset of the first character of the date (or of its time, when the time comes first).</param>
/// <param name="End">Offset just past the date and its time.</param>
/// <param name="IsUpdate">The line calls it an update ("Updated 19 January 2024"), not the publication.</param>
internal readonly record struct DateMatch(int Year, int Month, int Day, int Hour, int Minute, int Second, bool HasTime, int Start, int End, bool IsUpdate)
{
    public DateTime Value => new(Year, Month, Day, Hour, Minute, Second, DateTimeKind.Unspecified);

    /// <summary>The form the runtime reads: "yyyy-MM-dd'T'HH:mm:ss" with a time, "yyyy-MM-dd" without.</summary>
    public string ToIso() => Value.ToString(HasTime ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>
/// Reads absolute dates in the forms news pages print them: "18 January 2024, 14:32", "January 18, 2024",
/// "Jan. 18, 2024", "Wednesday, 24 April 2024", "2024-01-18T14:32", "18.01.2024 14:32", "1/18/2024 2:32 p.m.".
/// Only dates with a year count: "on Thursday" or "18 January" alone never become a date, and a numeric date
/// whose day and month could be swapped ("03/04/2024") is left out rather than guessed.
/// </summary>
internal static class DateParser
{
    /// <summary>Longer lines are story text, not date lines; they are not searched.</summary>
    public const int MaxLineLength = 200;

    /// <summary>Longer lines are never date lines (<see cref="IsDateLine"/>), whatever dates they hold.</summary>
    public const int MaxDateLineLength = 120;

    private const int MinYear = 1900;
    private const int MaxYear = 2100;

    private static readonly Dictionary<string, int> s_months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
    };

    private static readonly HashSet<string> s_weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    };

    private static readonly int s_longestWeekday = s_weekdays.Max(day => day.Length);

    /// <summary>Words that may stand between a date and its time, or around them on a date line, without making it a sentence.</summary>
    private static readonly HashSet<string> s_dateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "published", "updated", "posted", "last", "modified", "created", "edited", "on", "at", "date", "time", "gmt",
        "utc", "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "cet", "cest", "eet", "eest", "msk", "bst",
        "ist", "jst", "local", "t", "z",
    };

    /// <summary>This thread's tokens of the line being read; <see cref="DateTokens.Split"/> empties it for each line.</summary>
    [ThreadStatic]
    private static List<DateToken>? t_tokens;

    private static readonly HashSet<string> s_updateWords = new(StringComparer.OrdinalIgnoreCase) { "updated", "update", "modified", "edited" };

    /// <summary>This thread's dates and times of the line being read, emptied by <see cref="Find"/> for each line.</summary>
    [ThreadStatic]
    private static List<(int Year, int Month, int Day, int First, int Next)>? t_dates;

    /// <inheritdoc cref="t_dates"/>
    [ThreadStatic]
    private static List<TimeAt>? t_times;

    /// <summary>The absolute dates in <paramref name="text"/>, each with the time printed next to it.</summary>
    /// <remarks>Most lines hold none: they share the empty list, and only a line with dates gets a list of its own.</remarks>
    public static IReadOnlyList<DateMatch> Find(string text)
    {
        if (text.Length > MaxLineLength || text.IndexOfAny(Digits) < 0)
        {
            return Array.Empty<DateMatch>();
        }

        var tokens = DateTokens.Split(text, text.Length, ref t_tokens);
        var dates = ThreadScratch.List(ref t_dates);
        for (var i = 0; i < tokens.Count;)
        {
            if (TryDate(tokens, i, out var year, out var month, out var day, out var next))
            {
                dates.Add((year, month, day, i, next));
                i = next;
            }
            else
            {
                i++;
            }
        }

        if (dates.Count == 0)
        {
            return Array.Empty<DateMatch>();
        }

        var times = ThreadScratch.List(ref t_times);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (TryTime(tokens, i, out var hour, out var minute, out var second, out var next))
            {
                times.Add(new TimeAt(hour, minute, second, i, next));
                i = next - 1;
            }
        }

        var result = new List<DateMatch>(dates.Count);
        var previousEnd = 0;
        foreach (var date in dates)
        {
            var time = AttachedTime(tokens, date.First, date.Next, times);
            var first = date.First;
            var next = date.Next;
            var hour = 0;
            var minute = 0;
            var second = 0;
            if (time >= 0)
            {
                times[time] = times[time] with { Used = true };
                (hour, minute, second) = (times[time].Hour, times[time].Minute, times[time].Second);
                first = Math.Min(first, times[time].First);
                next = Math.Max(next, times[time].Next);
            }

            var isUpdate = false;
            for (var k = previousEnd; k < first; k++)
            {
                isUpdate |= tokens[k].Kind == DateTokenKind.Word && s_updateWords.Contains(tokens[k].Text);
            }

            previousEnd = next;
            result.Add(new DateMatch(date.Year, date.Month, date.Day, hour, minute, second, time >= 0, tokens[first].Start, tokens[next - 1].End, isUpdate));
        }

        return result;
    }

    /// <summary>
    /// True when the line is a date line: it holds a date, and besides dates, times, weekdays and words such as
    /// "Published" or "GMT" at most two words ("Flag Wednesday, 24 April 2024", "Updated: 18.01.2024 14:32 | Minsk").
    /// </summary>
    public static bool IsDateLine(string text, IReadOnlyList<DateMatch> dates)
    {
        if (dates.Count == 0 || text.Length > MaxDateLineLength)
        {
            return false;
        }

        var others = 0;
        foreach (var token in DateTokens.Split(text, text.Length, ref t_tokens))
        {
            if (token.Kind != DateTokenKind.Word || Inside(token, dates) || s_dateWords.Contains(token.Text) || IsWeekday(token.Text) || MonthOf(token.Text) > 0)
            {
                continue;
            }

            others++;
        }

        return others <= 2;
    }

    /// <summary>A day and month without a year, as in a dateline ("18 January", "Jan. 5", "January 5th").</summary>
    public static bool TryParseDayMonth(string text, out int day, out int month)
    {
        day = 0;
        month = 0;
        var tokens = DateTokens.Split(text, text.Length, ref t_tokens);
        var count = tokens.Count;
        while (count > 0 && (tokens[count - 1].IsMark('.') || tokens[count - 1].IsMark(',')))
        {
            count--;
        }

        var i = 0;
        if (count > 0 && tokens[0].Kind == DateTokenKind.Number)
        {
            day = DayAt(tokens, ref i);
            month = MonthAt(tokens, ref i);
        }
        else
        {
            month = MonthAt(tokens, ref i);
            day = DayAt(tokens, ref i);
        }

        return i == count && day > 0 && month > 0 && day <= DateTime.DaysInMonth(2000, month);
    }

    /// <summary>The month a name or abbreviation stands for (1-12), or 0.</summary>
    public static int MonthOf(string word) => s_months.TryGetValue(word, out var month) ? month : 0;

    // A word longer than every weekday name is not hashed: case-insensitive ordinal equality needs equal lengths.
    public static bool IsWeekday(string word) => IsWeekday(word, 0, word.Length);

    /// <summary><see cref="IsWeekday(string)"/> of <c>text[start..end)</c>, cut out only when short enough to be one.</summary>
    public static bool IsWeekday(string text, int start, int end) => end - start <= s_longestWeekday && s_weekdays.Contains(text.Substring(start, end - start));

    private static readonly char[] Digits = { '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' };

    private static bool TryDate(List<DateToken> tokens, int i, out int year, out int month, out int day, out int next)
    {
        year = month = day = 0;
        next = i;
        var j = i;
        if (tokens[i].Kind == DateTokenKind.Word)
        {
            // January 18, 2024 / Jan. 18 2024
            month = MonthAt(tokens, ref j);
            day = month > 0 ? DayAt(tokens, ref j) : 0;
            SkipMark(tokens, ref j, ',');
            year = YearAt(tokens, ref j);
        }
        else if (tokens[i].Kind == DateTokenKind.Number && tokens[i].Length <= 2 && !IsNumericDate(tokens, i))
        {
            // 18 January 2024 / 18th of January, 2024
            day = DayAt(tokens, ref j);
            if (j < tokens.Count && tokens[j].Kind == DateTokenKind.Word && tokens[j].Text.Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                j++;
            }

            month = day > 0 ? MonthAt(tokens, ref j) : 0;
            SkipMark(tokens, ref j, ',');
            year = YearAt(tokens, ref j);
        }
        else if (tokens[i].Kind == DateTokenKind.Number)
        {
            return TryNumericDate(tokens, i, out year, out month, out day, out next);
        }

        next = j;
        return year > 0 && month > 0 && day > 0 && day <= DateTime.DaysInMonth(year, month);
    }

    /// <summary>2024-01-18, 2024/01/18, 18.01.2024, 18/01/2024, 1/18/2024; the separators must match and touch the numbers.</summary>
    private static bool TryNumericDate(List<DateToken> tokens, int i, out int year, out int month, out int day, out int next)
    {
        year = month = day = 0;
        next = i + 5;
        if (!IsNumericDate(tokens, i))
        {
            return false;
        }

        var separator = tokens[i + 1].Text[0];
        var a = tokens[i];
        var b = tokens[i + 2];
        var c = tokens[i + 4];
        if (a.Length == 4 && b.Length <= 2 && c.Length <= 2)
        {
            (year, month, day) = (a.Value, b.Value, c.Value);
        }
        else if (a.Length <= 2 && b.Length <= 2 && c.Length == 4)
        {
            year = c.Value;
            if (separator == '.' || a.Value > 12)
            {
                (day, month) = (a.Value, b.Value);
            }
            else if (b.Value > 12 || a.Value == b.Value)
            {
                (month, day) = (a.Value, b.Value);
            }
            else
            {
                // 03/04/2024 is March or April depending on the country: no date beats a wrong one.
                return false;
            }
        }
        else
        {
            return false;
        }

        // "1.2.2024.5" is a version number, not a date.
        if (next + 1 < tokens.Count && tokens[next].IsMark(separator) && Touches(tokens, next) && tokens[next + 1].Kind == DateTokenKind.Number)
        {
            return false;
        }

        return year is >= MinYear and <= MaxYear && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    private static bool IsNumericDate(List<DateToken> tokens, int i)
    {
        if (i + 4 >= tokens.Count)
        {
            return false;
        }

        var separator = tokens[i + 1];
        return separator.Kind == DateTokenKind.Mark
            && separator.Text[0] is '-' or '/' or '.'
            && tokens[i + 2].Kind == DateTokenKind.Number
            && tokens[i + 3].IsMark(separator.Text[0])
            && tokens[i + 4].Kind == DateTokenKind.Number
            && Touches(tokens, i + 1) && Touches(tokens, i + 2) && Touches(tokens, i + 3) && Touches(tokens, i + 4);
    }

    /// <summary>14:32, 14:32:05, 2:32 PM, 2:32 p.m.</summary>
    private static bool TryTime(List<DateToken> tokens, int i, out int hour, out int minute, out int second, out int next)
    {
        hour = minute = second = 0;
        next = i;
        if (i + 2 >= tokens.Count
            || tokens[i].Kind != DateTokenKind.Number || tokens[i].Length > 2
            || !tokens[i + 1].IsMark(':') || !Touches(tokens, i + 1)
            || tokens[i + 2].Kind != DateTokenKind.Number || tokens[i + 2].Length != 2 || !Touches(tokens, i + 2))
        {
            return false;
        }

        hour = tokens[i].Value;
        minute = tokens[i + 2].Value;
        var j = i + 3;
        if (j + 1 < tokens.Count && tokens[j].IsMark(':') && Touches(tokens, j) && tokens[j + 1].Kind == DateTokenKind.Number && tokens[j + 1].Length == 2 && Touches(tokens, j + 1))
        {
            second = tokens[j + 1].Value;
            j += 2;
        }

        var meridiem = Meridiem(tokens, ref j);
        if (meridiem != 0 && hour is >= 1 and <= 12)
        {
            hour = hour % 12 + (meridiem > 0 ? 12 : 0);
        }

        next = j;
        return hour <= 23 && minute <= 59 && second <= 59;
    }

    /// <summary>-1 for "am"/"a.m.", +1 for "pm"/"p.m.", 0 for neither; advances past it.</summary>
    private static int Meridiem(List<DateToken> tokens, ref int j)
    {
        if (j >= tokens.Count || tokens[j].Kind != DateTokenKind.Word)
        {
            return 0;
        }

        var word = tokens[j].Text;
        if (word.Equals("am", StringComparison.OrdinalIgnoreCase) || word.Equals("pm", StringComparison.OrdinalIgnoreCase))
        {
            j++;
            SkipMark(tokens, ref j, '.');
            return char.ToLowerInvariant(word[0]) == 'p' ? 1 : -1;
        }

        if ((word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("p", StringComparison.OrdinalIgnoreCase))
            && j + 2 < tokens.Count && tokens[j + 1].IsMark('.') && tokens[j + 2].Text.Equals("m", StringComparison.OrdinalIgnoreCase))
        {
            var result = char.ToLowerInvariant(word[0]) == 'p' ? 1 : -1;
            j += 3;
            SkipMark(tokens, ref j, '.');
            return result;
        }

        return 0;
    }

    /// <summary>The unused time that follows or precedes the date with only separators, weekdays or "at" between; -1 when none.</summary>
    private static int AttachedTime(List<DateToken> tokens, int first, int next, List<TimeAt> times)
    {
        var k = next;
        for (var skipped = 0; k < tokens.Count && skipped < 4 && IsConnector(tokens[k]); skipped++)
        {
            k++;
        }

        for (var t = 0; t < times.Count; t++)
        {
            if (!times[t].Used && times[t].First == k)
            {
                return t;
            }
        }

        k = first - 1;
        for (var skipped = 0; k >= 0 && skipped < 4 && IsConnector(tokens[k]); skipped++)
        {
            k--;
        }

        for (var t = 0; t < times.Count; t++)
        {
            if (!times[t].Used && times[t].Next - 1 == k && times[t].Next <= first)
            {
                return t;
            }
        }

        return -1;
    }

    private static bool IsConnector(DateToken token) =>
        token.Kind == DateTokenKind.Mark
            ? token.Text[0] is ',' or '|' or '-' or '\u2013' or '\u2014' or '@' or '/' or '\u00B7' or '\u2022' or '(' or ')'
            : token.Kind == DateTokenKind.Word && (s_dateWords.Contains(token.Text) || IsWeekday(token.Text));

    private static int MonthAt(List<DateToken> tokens, ref int j)
    {
        if (j >= tokens.Count || tokens[j].Kind != DateTokenKind.Word)
        {
            return 0;
        }

        var month = MonthOf(tokens[j].Text);
        if (month > 0)
        {
            j++;
            if (j < tokens.Count && tokens[j].IsMark('.') && Touches(tokens, j))
            {
                j++;
            }
        }

        return month;
    }

    private static int DayAt(List<DateToken> tokens, ref int j)
    {
        if (j >= tokens.Count || tokens[j].Kind != DateTokenKind.Number || tokens[j].Length > 2)
        {
            return 0;
        }

        var day = tokens[j].Value;
        if (day is < 1 or > 31)
        {
            return 0;
        }

        j++;
        if (j < tokens.Count && Touches(tokens, j) && tokens[j].Kind == DateTokenKind.Word && tokens[j].Text.ToLowerInvariant() is "st" or "nd" or "rd" or "th")
        {
            j++;
        }

        return day;
    }

    private static int YearAt(List<DateToken> tokens, ref int j)
    {
        if (j >= tokens.Count || tokens[j].Kind != DateTokenKind.Number || tokens[j].Length != 4)
        {
            return 0;
        }

        var year = tokens[j].Value;
        if (year is < MinYear or > MaxYear)
        {
            return 0;
        }

        j++;
        return year;
    }

    private static void SkipMark(List<DateToken> tokens, ref int j, char mark)
    {
        if (j < tokens.Count && tokens[j].IsMark(mark))
        {
            j++;
        }
    }

    /// <summary>True when token <paramref name="j"/> follows the previous token with no space between.</summary>
    private static bool Touches(List<DateToken> tokens, int j) => j > 0 && tokens[j].Start == tokens[j - 1].End;

    private static bool Inside(DateToken token, IReadOnlyList<DateMatch> dates)
    {
        foreach (var date in dates)
        {
            if (token.Start >= date.Start && token.End <= date.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A time of day found at tokens [First, Next); <see cref="Used"/> once a date has taken it.</summary>
    private readonly record struct TimeAt(int Hour, int Minute, int Second, int First, int Next, bool Used = false);
}
