using System;
using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing.Structure;

/// <summary>
/// Chooses the article's own publication date among the dates in its header, which runs down to the second story
/// line (a standfirst may sit above the byline and date). Only dates next to the headline count: a date cut off
/// from it by navigation or prompts is the page's ("Wednesday, 24 April 2024" in the site bar), not the story's.
/// A dateline's day and month must agree (within a day, for time zones); among the rest a publication date beats
/// an "Updated" one, a date with a time beats one without, and nearer the headline wins. With no candidate the
/// article has no date: none is better than an invented one.
/// </summary>
internal static class PublicationDate
{
    public static (DateMatch Date, ContentLine Line)? Choose(IReadOnlyList<ContentLine> lines, int headline, Dateline? dateline)
    {
        var candidates = new List<(DateMatch Date, ContentLine Line, int Distance)>();

        var attached = true;
        for (var i = headline - 1; i >= 0 && attached; i--)
        {
            var line = lines[i];
            if (line.Kind is LineKind.Navigation or LineKind.Prompt or LineKind.Boilerplate)
            {
                attached = false;
            }
            else if (line.Kind is LineKind.Date or LineKind.Byline)
            {
                Add(candidates, line, headline - i);
            }
        }

        // After the headline the header runs to the story; a standfirst may come before the byline and date.
        var storyLines = 0;
        for (var i = headline + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Kind == LineKind.Text && !line.Placed && ++storyLines > 1)
            {
                break;
            }

            if (line.Kind is LineKind.Date or LineKind.Byline)
            {
                Add(candidates, line, i - headline);
            }
        }

        (DateMatch Date, ContentLine Line, int Distance)? best = null;
        foreach (var candidate in candidates)
        {
            if (dateline is { Month: > 0 } && !Agrees(candidate.Date, dateline.Day, dateline.Month))
            {
                continue;
            }

            if (best is null || Better(candidate, best.Value))
            {
                best = candidate;
            }
        }

        return best is null ? null : (best.Value.Date, best.Value.Line);
    }

    private static void Add(List<(DateMatch, ContentLine, int)> candidates, ContentLine line, int distance)
    {
        foreach (var date in line.Dates)
        {
            candidates.Add((date, line, distance));
        }
    }

    private static bool Better((DateMatch Date, ContentLine Line, int Distance) a, (DateMatch Date, ContentLine Line, int Distance) b)
    {
        if (a.Date.IsUpdate != b.Date.IsUpdate)
        {
            return !a.Date.IsUpdate;
        }

        if (a.Date.HasTime != b.Date.HasTime)
        {
            return a.Date.HasTime;
        }

        return a.Distance < b.Distance;
    }

    /// <summary>The dateline's day falls within a day of the date, in the date's year or across New Year.</summary>
    private static bool Agrees(DateMatch date, int day, int month)
    {
        var published = new DateTime(date.Year, date.Month, date.Day);
        for (var year = date.Year - 1; year <= date.Year + 1; year++)
        {
            if (day <= DateTime.DaysInMonth(year, month) && Math.Abs((new DateTime(year, month, day) - published).TotalDays) <= 1)
            {
                return true;
            }
        }

        return false;
    }
}
