using System;
using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing.Structure;

/// <summary>
/// Case-sensitive markers looked for inside a line ("REUTERS/", "Photo credit:"). A marker can only be in a line that
/// holds each of its characters, so each marker is keyed on one of its rarer characters and searched for only
/// when the line holds that character: a line is scanned once per distinct key instead of once per marker.
/// </summary>
internal sealed class MarkerSet
{
    /// <summary>Characters rare in running text, preferred as keys in this order.</summary>
    private const string RareCharacters = "\u00A9/(:-";

    /// <summary>Which keys a line holds is one bit each in a 64-bit mask.</summary>
    private const int MaxKeys = 64;

    private readonly string[] _markers;
    private readonly char[] _keys;
    private readonly int[] _keyOfMarker;

    public MarkerSet(params string[] markers)
    {
        _markers = markers;
        var keys = new List<char>();
        _keyOfMarker = new int[markers.Length];
        for (var m = 0; m < markers.Length; m++)
        {
            var key = KeyOf(markers[m]);
            var index = keys.IndexOf(key);
            if (index < 0 && keys.Count < MaxKeys)
            {
                index = keys.Count;
                keys.Add(key);
            }

            // Past MaxKeys a marker has no key (-1) and is always searched for.
            _keyOfMarker[m] = index;
        }

        _keys = keys.ToArray();
    }

    /// <summary>
    /// True when some marker's first occurrence in <paramref name="text"/> (ordinal) satisfies <paramref name="accept"/>,
    /// given the offset just past it; the markers are tried in list order.
    /// </summary>
    public bool AnyFirstOccurrence(string text, Func<string, int, bool> accept)
    {
        // Bit k: the line holds key k. Computed once per key, before any marker is searched.
        var present = 0UL;
        for (var k = 0; k < _keys.Length; k++)
        {
            if (text.IndexOf(_keys[k]) >= 0)
            {
                present |= 1UL << k;
            }
        }

        for (var m = 0; m < _markers.Length; m++)
        {
            var key = _keyOfMarker[m];
            if (key >= 0 && (present & (1UL << key)) == 0)
            {
                continue;
            }

            var marker = _markers[m];
            var at = text.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0 && accept(text, at + marker.Length))
            {
                return true;
            }
        }

        return false;
    }

    private static char KeyOf(string marker)
    {
        foreach (var rare in RareCharacters)
        {
            if (marker.IndexOf(rare) >= 0)
            {
                return rare;
            }
        }

        // No rare character: an upper-case letter is rarer than a lower-case one.
        foreach (var c in marker)
        {
            if (char.IsUpper(c))
            {
                return c;
            }
        }

        return marker[0];
    }
}
