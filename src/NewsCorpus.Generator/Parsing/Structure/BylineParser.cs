using System;
using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing.Structure;

/// <summary>The people (and agency) a byline names.</summary>
internal sealed record Byline(IReadOnlyList<string> Authors, string? Agency);

/// <summary>
/// Bylines and the other lines about who wrote the story: "By Jane Doe and John Roe", "By JANE DOE, Reuters |
/// 18 January 2024", "Written by …", "Author: …"; a lone name line at the end ("Jack phillips"); an author's
/// note ("Jane Doe is a reporter for …"). A line only counts when every part of it reads as a name, an agency
/// or a short description, so "By Thursday, the troops had left." stays a sentence.
/// </summary>
internal static class BylineParser
{
    private const int MaxBylineLength = 200;

    /// <summary>Dashes and spaces before a byline or name line ("— By Jane Doe"); one array, not one per line read.</summary>
    private static readonly char[] s_leadingDashes = { '-', '\u2013', '\u2014', ' ' };

    /// <summary>How far into an author's note its verb may open: the name before it is short.</summary>
    private const int MaxBioVerbAt = 60;

    /// <summary>Openings that make a line a byline even when the name is not a full name ("Posted by admin").</summary>
    private static readonly string[] s_strongOpenings = { "written by", "words by", "story by", "posted by", "reported by", "authors:", "author:", "byline:", "by:" };

    private static readonly OpeningIndex s_strongOpeningIndex = new(s_strongOpenings);

    /// <summary>Where the names stop: separators and the words that introduce a date or a place.</summary>
    private static readonly string[] s_stopWords = { "updated", "published", "posted", "on", "at", "in" };

    private static readonly string[] s_agencySuffixes = { "staff", "staff writer", "staff writers", "reporters", "reporter", "correspondent", "news", "wire", "report" };

    /// <summary>The verbs that join a name to its description in an author's note.</summary>
    private static readonly string[] s_bioVerbs = { " is ", " was ", " has been ", " covers ", " writes ", " reports ", " joined ", " has covered ", " has written ", " previously " };

    public static bool TryParse(string text, out Byline byline) => TryParse(new LineView(text), out byline);

    /// <inheritdoc cref="TryParse(string, out Byline)"/>
    public static bool TryParse(LineView line, out Byline byline)
    {
        byline = null!;
        if (line.Text.Length > MaxBylineLength)
        {
            return false;
        }

        var bare = line.Stripped.TrimStart(s_leadingDashes);
        string rest;
        var strong = false;
        if (TextShape.StartsWithWord(bare, "by") && bare.Length > 3 && bare[2] == ' ')
        {
            rest = bare.Substring(3);
        }
        else
        {
            var opening = s_strongOpeningIndex.First(bare);
            if (opening is null)
            {
                return false;
            }

            rest = bare.Substring(opening.Length);
            strong = true;
        }

        var names = new List<string>();
        string? agency = null;
        var parts = SplitParts(CutAtMetadata(rest.TrimStart(':', ' ')));
        for (var k = 0; k < parts.Count; k++)
        {
            var part = SplitTrailingAgency(parts[k], ref agency);
            var asAgency = Agency(part);
            if (asAgency is not null)
            {
                agency ??= asAgency;
            }
            else if (PersonNames.IsName(part))
            {
                names.Add(PersonNames.Normalize(part));
            }
            else if (k == 0 || names.Count == 0 || !IsDescription(part))
            {
                if (!strong)
                {
                    return false;
                }
            }
        }

        if (names.Count == 0 && agency is null && !strong)
        {
            return false;
        }

        byline = new Byline(names, agency);
        return true;
    }

    /// <summary>
    /// A line that is only a person's name ("Jack phillips"), as outlets print the author below the story. A name
    /// in <paramref name="knownNames"/> (from a byline or an author's note) is recognized in any letter case.
    /// </summary>
    public static bool TryParseNameLine(string text, KnownAuthors knownNames, out string name)
    {
        name = string.Empty;
        if (text.Length > 60)
        {
            return false;
        }

        var bare = Markup.Strip(text).TrimStart(s_leadingDashes).Trim();
        var last = TextShape.LastSignificantChar(bare);
        if (last is ',' or ';' or ':' or '!' or '?' || (last == '.' && !EndsWithInitialOrSuffix(bare)) || TextShape.WordCount(bare, 5) > 4)
        {
            return false;
        }

        if (!PersonNames.IsName(bare) && !(knownNames.Contains(bare) && bare.IndexOf(' ') > 0))
        {
            return false;
        }

        name = PersonNames.Normalize(bare);
        return true;
    }

    /// <summary>
    /// An author's note: "Jane Doe is a reporter for …", "JANE DOE covers energy for …". The subject is a
    /// person's name (or one of <paramref name="authors"/>) and the note names a newsroom role.
    /// </summary>
    /// <param name="text">The line.</param>
    /// <param name="authors">Names already known as authors.</param>
    /// <param name="subject">The person the note is about, or empty for an "About the author" heading.</param>
    public static bool IsAuthorBio(string text, KnownAuthors authors, out string subject)
    {
        subject = string.Empty;
        if (text.Length > 600)
        {
            return false;
        }

        var bare = Markup.Strip(text).TrimStart(s_leadingDashes);
        if (BoilerplateClassifier.IsBioOpening(bare))
        {
            return true;
        }

        // Only a verb opening by offset 60 counts, so the search stops there: the last story line is often long.
        var verb = -1;
        foreach (var candidate in s_bioVerbs)
        {
            var at = bare.IndexOf(candidate, 0, Math.Min(bare.Length, MaxBioVerbAt + candidate.Length), StringComparison.Ordinal);
            if (at > 0 && at <= MaxBioVerbAt && (verb < 0 || at < verb))
            {
                verb = at;
            }
        }

        // Counted only once a verb is found: most lines read here are story lines without one.
        if (verb < 0 || TextShape.WordCount(bare, 81) > 80)
        {
            return false;
        }

        var name = bare.Substring(0, verb).Trim();
        if (!PersonNames.IsName(name) && !authors.Contains(name))
        {
            return false;
        }

        var description = bare.Substring(verb);
        foreach (var role in BoilerplateLexicon.BioRoles)
        {
            if (TextShape.ContainsWord(description, role))
            {
                subject = name;
                return true;
            }
        }

        return false;
    }

    /// <summary>The agency a byline part names ("Reuters", "AP staff"), spelled as the lexicon spells it; null for anything else.</summary>
    private static string? Agency(string part)
    {
        var trimmed = part.TrimEnd('.');
        foreach (var agency in BoilerplateLexicon.Agencies)
        {
            if (trimmed.Equals(agency, StringComparison.OrdinalIgnoreCase))
            {
                return agency;
            }

            // The agency and a space, compared in place: a part is checked against every agency.
            if (trimmed.Length > agency.Length && trimmed[agency.Length] == ' ' && trimmed.StartsWith(agency, StringComparison.OrdinalIgnoreCase))
            {
                var suffix = trimmed.Substring(agency.Length + 1).Trim();
                if (Array.Exists(s_agencySuffixes, s => s.Equals(suffix, StringComparison.OrdinalIgnoreCase)))
                {
                    return agency;
                }
            }
        }

        return null;
    }

    /// <summary>"MARY SMITH Associated Press" → "MARY SMITH", with the agency noted; other parts come back unchanged.</summary>
    private static string SplitTrailingAgency(string part, ref string? agency)
    {
        foreach (var candidate in BoilerplateLexicon.Agencies)
        {
            // A space and the agency, compared in place: a part is checked against every agency.
            if (part.Length > candidate.Length + 1
                && part[part.Length - candidate.Length - 1] == ' '
                && part.EndsWith(candidate, StringComparison.OrdinalIgnoreCase)
                && PersonNames.IsName(part.Substring(0, part.Length - candidate.Length - 1).Trim()))
            {
                agency ??= candidate;
                return part.Substring(0, part.Length - candidate.Length - 1).Trim();
            }
        }

        return part;
    }

    /// <summary>A short description after the names: "Staff Writer", "The Epoch Times", "Moscow Bureau Chief".</summary>
    private static bool IsDescription(string part)
    {
        // A full stop may close an abbreviation ("Ltd.") but not a sentence ("the troops withdrew.").
        var last = TextShape.LastSignificantChar(part);
        var sentence = last is '!' or '?' or ':' || (last == '.' && !EndsWithInitialOrSuffix(part));
        return TextShape.WordCount(part, 7) <= 6 && !sentence && part.IndexOfAny(Digits) < 0;
    }

    private static readonly char[] Digits = { '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' };

    /// <summary>The byline up to the first separator, digit or word that starts a date or place ("| 18 January", "Updated …").</summary>
    private static string CutAtMetadata(string rest)
    {
        var end = rest.Length;
        for (var i = 0; i < rest.Length && i < end; i++)
        {
            var c = rest[i];
            if (c is '|' or '\u2022' or '\u00B7' or '/' or '(' or '[' || (c is >= '0' and <= '9'))
            {
                end = i;
                break;
            }

            if (c is '-' or '\u2013' or '\u2014' && i > 0 && rest[i - 1] == ' ')
            {
                end = i;
                break;
            }

            if (i == 0 || rest[i - 1] == ' ')
            {
                foreach (var word in s_stopWords)
                {
                    // The word in place, followed by a space (which also makes it a whole word), without copying the rest.
                    if (rest.Length > i + word.Length && rest[i + word.Length] == ' '
                        && string.Compare(rest, i, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
                    {
                        end = i;
                        break;
                    }
                }
            }
        }

        return rest.Substring(0, end).Trim().TrimEnd(',', ';').Trim();
    }

    /// <summary>"Jane Doe, John Roe and Ann Poe" → three parts; "&amp;" joins like "and".</summary>
    private static List<string> SplitParts(string names)
    {
        var parts = new List<string>();
        foreach (var piece in names.Split(',', ';'))
        {
            var remaining = piece;
            while (true)
            {
                var at = IndexOfJoiner(remaining, out var length);
                if (at < 0)
                {
                    break;
                }

                Add(parts, remaining.Substring(0, at));
                remaining = remaining.Substring(at + length);
            }

            Add(parts, remaining);
        }

        return parts;

        static void Add(List<string> parts, string part)
        {
            var trimmed = part.Trim();
            if (trimmed.Length > 0)
            {
                parts.Add(trimmed);
            }
        }
    }

    private static int IndexOfJoiner(string text, out int length)
    {
        var and = text.IndexOf(" and ", StringComparison.OrdinalIgnoreCase);
        var ampersand = text.IndexOf(" & ", StringComparison.Ordinal);
        if (and >= 0 && (ampersand < 0 || and < ampersand))
        {
            length = 5;
            return and;
        }

        length = 3;
        return ampersand;
    }

    /// <summary>The text ends on an initial or a short abbreviation ("J.", "Jr.", "Ltd."), whose full stop ends no sentence.</summary>
    private static bool EndsWithInitialOrSuffix(string text)
    {
        var space = text.LastIndexOf(' ');
        var lastWord = space < 0 ? text : text.Substring(space + 1);
        return lastWord.Length <= 4;
    }
}
