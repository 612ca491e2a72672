using System;
using System.Collections.Generic;
using System.Linq;
using NewsCorpus.Generator.Parsing;
using NewsCorpus.Generator.Parsing.Structure;

namespace NewsCorpus.Generator.Tests.Parsing.Structure;

/// <summary>
/// The indexed lookups the classifier uses answer exactly as a scan of the whole list does, on this runtime's
/// case folding, including the characters it folds unexpectedly (dotless i, long s, Kelvin sign).
/// </summary>
public sealed class LineLookupTests
{
    private static readonly string[] s_openings =
    {
        "photo:", "image credit", "(ap photo", "\u00A9", "copyright (c)", "sign up for", "kelvin", "is", "so", "\u00E9t\u00E9",
    };

    /// <summary>Openings and markers with their first letters swapped for look-alikes, cased both ways, and other lines.</summary>
    private static IEnumerable<string> Lines(IEnumerable<string> seeds)
    {
        var swaps = new[] { "", "I", "i", "\u0131", "\u0130", "S", "s", "\u017F", "K", "k", "\u212A", "\u00C9", "\u00E9", "\uD83D\uDE00", "\uD800", "\u201C" };
        foreach (var seed in seeds)
        {
            foreach (var form in new[] { seed, seed.ToUpperInvariant(), seed + " and more", seed + "x" })
            {
                yield return form;
                foreach (var swap in swaps)
                {
                    yield return swap + form;
                    yield return form.Length > 0 ? swap + form.Substring(1) : swap;
                }
            }
        }

        yield return string.Empty;
    }

    [Fact]
    public void Opening_index_finds_what_a_scan_finds()
    {
        var index = new OpeningIndex(s_openings);
        foreach (var line in Lines(s_openings))
        {
            var scanned = Array.Find(s_openings, o => TextShape.StartsWithWord(line, o));
            Assert.Equal(scanned, index.First(line));
            Assert.Equal(scanned is not null, index.Matches(line));
        }
    }

    [Fact]
    public void Marker_set_finds_what_a_scan_finds()
    {
        var markers = BoilerplateLexicon.CaptionMarkers;
        var set = new MarkerSet(markers);
        foreach (var line in Lines(markers).Concat(Lines(markers).Select(l => "Protesters in Kyiv. " + l + " Smith")))
        {
            foreach (var limit in new[] { 0, 1, 3, 15 })
            {
                bool Accept(string text, int end) => TextShape.WordCount(text.Substring(end), limit + 1) <= limit;
                var scanned = markers.Any(m => line.IndexOf(m, StringComparison.Ordinal) is var at && at >= 0 && Accept(line, at + m.Length));
                Assert.Equal(scanned, set.AnyFirstOccurrence(line, Accept));
            }
        }
    }

    [Fact]
    public void Phrase_list_finds_what_a_scan_finds()
    {
        foreach (var phrases in new[] { BoilerplateLexicon.CreditPhrases, BoilerplateLexicon.PromptPhrases, new[] { "\uD83D\uDE00a", "\uD83D\uDE00b" } })
        {
            var list = new PhraseList(phrases);
            foreach (var line in Lines(phrases).Select(l => "Officials said " + l))
            {
                var scanned = phrases.Any(p => line.IndexOf(p, StringComparison.OrdinalIgnoreCase) >= 0);
                Assert.Equal(scanned, list.ContainsAny(line));
            }
        }
    }
}
