using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace NewsCorpus.Generator.Parsing.Structure;

/// <summary>
/// A list of line openings ("photo:", "subscribe to") grouped by first character, so a line is compared only with
/// the openings it could start with instead of with every entry. Which first characters belong together is asked
/// of the runtime's own ordinal case-insensitive comparison, never assumed, so the matches are exactly those of
/// <see cref="TextShape.StartsWithWord"/> over the whole list, whatever the runtime folds (Turkish dotless i,
/// long s): the grouping only skips openings whose first character cannot match.
/// </summary>
internal sealed class OpeningIndex
{
    /// <summary>Distinct non-ASCII first characters remembered; past this, groups are found again on each call.</summary>
    private const int MaxCachedCharacters = 512;

    private readonly string[] _openings;
    private readonly string[] _firstCharacters;
    private readonly string[][] _ascii = new string[128][];
    private readonly ConcurrentDictionary<char, string[]> _other = new();
    private int _cached;

    public OpeningIndex(params string[] openings)
    {
        _openings = openings;
        var firsts = new List<string>();
        foreach (var opening in openings)
        {
            var first = opening.Substring(0, 1);
            if (!firsts.Contains(first))
            {
                firsts.Add(first);
            }
        }

        _firstCharacters = firsts.ToArray();
        for (var c = 0; c < _ascii.Length; c++)
        {
            _ascii[c] = Group(((char)c).ToString());
        }
    }

    /// <summary>True when <paramref name="text"/> opens with one of the openings as a word (see <see cref="TextShape.StartsWithWord"/>).</summary>
    public bool Matches(string text) => First(text, 0, text.Length) is not null;

    /// <summary><see cref="Matches(string)"/> of <c>text[start..end)</c>, read in place.</summary>
    public bool Matches(string text, int start, int end) => First(text, start, end) is not null;

    /// <summary>The first opening, in list order, that <paramref name="text"/> opens with as a word; null when none does.</summary>
    public string? First(string text) => First(text, 0, text.Length);

    private string? First(string text, int start, int end)
    {
        if (start == end)
        {
            return null;
        }

        foreach (var opening in Candidates(text, start))
        {
            if (TextShape.StartsWithWord(text, start, end, opening))
            {
                return opening;
            }
        }

        return null;
    }

    private string[] Candidates(string text, int start)
    {
        var c = text[start];
        if (c < 128)
        {
            return _ascii[c];
        }

        // A surrogate may be folded together with the character after it: no grouping is safe, so try them all.
        if (char.IsSurrogate(c))
        {
            return _openings;
        }

        if (_other.TryGetValue(c, out var group))
        {
            return group;
        }

        group = Group(text.Substring(start, 1));
        // Counted by hand: ConcurrentDictionary.Count takes every lock.
        if (Interlocked.Increment(ref _cached) <= MaxCachedCharacters)
        {
            _other.TryAdd(c, group);
        }

        return group;
    }

    /// <summary>The openings, in list order, whose first character equals <paramref name="first"/> ignoring case.</summary>
    private string[] Group(string first)
    {
        var matchingFirsts = new List<string>();
        foreach (var candidate in _firstCharacters)
        {
            if (string.Equals(first, candidate, StringComparison.OrdinalIgnoreCase))
            {
                matchingFirsts.Add(candidate);
            }
        }

        if (matchingFirsts.Count == 0)
        {
            return Array.Empty<string>();
        }

        var group = new List<string>();
        foreach (var opening in _openings)
        {
            if (matchingFirsts.Contains(opening.Substring(0, 1)))
            {
                group.Add(opening);
            }
        }

        return group.ToArray();
    }
}
