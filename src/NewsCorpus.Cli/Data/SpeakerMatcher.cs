using System;
using System.Collections.Generic;

namespace NewsCorpus.Cli.Data;

/// <summary>
/// Finds the quotes of a speaker named the way a user types it: any case, accents or common spelling variant
/// (<see cref="NameVariants"/>), the canonical name or any alias (a surname alone). Speakers are grouped across
/// articles the way the compiled dataset groups them, so a folder parsed at run time gives the same answer.
/// </summary>
internal sealed class SpeakerMatcher
{
    // Name key -> the keys of every name and alias of that speaker across the corpus.
    private readonly Dictionary<string, HashSet<string>> _namesBySpeaker = new(StringComparer.Ordinal);

    public SpeakerMatcher(IEnumerable<ArticleView> articles)
    {
        foreach (var article in articles)
        {
            foreach (var quote in article.Quotes)
            {
                if (quote.Speaker is null)
                {
                    continue;
                }

                var key = NameVariants.Key(quote.Speaker);
                if (!_namesBySpeaker.TryGetValue(key, out var names))
                {
                    _namesBySpeaker[key] = names = new HashSet<string>(StringComparer.Ordinal) { key };
                }

                foreach (var alias in quote.SpeakerAliases)
                {
                    names.Add(NameVariants.Key(alias));
                }
            }
        }
    }

    /// <summary>The name keys of every speaker that <paramref name="query"/> names; empty when none.</summary>
    public IReadOnlyCollection<string> SpeakersNamed(string query)
    {
        var wanted = NameVariants.Key(query);
        var found = new List<string>();
        if (wanted.Length == 0)
        {
            return found;
        }

        foreach (var pair in _namesBySpeaker)
        {
            if (pair.Value.Contains(wanted))
            {
                found.Add(pair.Key);
            }
        }

        return found;
    }

    /// <summary>True when <paramref name="quote"/> is by one of <paramref name="speakers"/> (keys from <see cref="SpeakersNamed"/>).</summary>
    public static bool IsBy(QuoteView quote, IReadOnlyCollection<string> speakers)
    {
        if (quote.Speaker is null)
        {
            return false;
        }

        var key = NameVariants.Key(quote.Speaker);
        foreach (var speaker in speakers)
        {
            if (string.Equals(speaker, key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
