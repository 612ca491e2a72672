using System;
using System.Collections.Generic;
using NewsCorpus.Generator.Parsing.Entities;

namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>
/// Capitalized runs that look like a given name and a surname but are not people: bodies whose last word is an
/// organization's head word ("Premier League", "Al Jazeera", "Westminster Council"), places of the entity
/// gazetteer ("Gaza City", "Tel Aviv", a dateline's "MOSCOW") and a few events named like people ("Wimbledon").
/// Quotation attribution asks here before it takes a run as a person, so the fallbacks that look for "the latest
/// person" never land on a league, a broadcaster or a city.
/// </summary>
internal static class NonPersonNames
{
    /// <summary>Last words of bodies, besides <see cref="OrganizationLexicon.HeadWords"/>: competitions, broadcasters, venues.</summary>
    private static readonly string[] s_organizationTails =
    {
        "League", "Championship", "Championships", "Cup", "Open", "Games", "Olympics", "Paralympics", "Grand Prix",
        "Jazeera", "Arabiya", "Club", "FC", "United", "Rovers", "Athletic", "Wanderers", "Hotspur", "Stadium",
        "Arena", "Festival", "Prize", "Awards", "Council", "Ministry", "Bank", "Party", "Hospital", "Infirmary",
        "School", "Academy", "Society", "Trust", "Museum", "Gallery", "Theatre", "Theater", "Orchestra",
    };

    /// <summary>Last words of places.</summary>
    private static readonly string[] s_placeTails =
    {
        // Not Park, Lane, Lake or Bay, which are surnames too.
        "City", "Street", "Road", "Avenue", "Square", "River", "Islands", "Valley", "Province", "County", "Oblast",
        "Region", "Republic", "Strip", "Coast",
    };

    /// <summary>Events and venues named by one word, which read as a surname on their own.</summary>
    private static readonly string[] s_eventWords =
    {
        "Wimbledon", "Glastonbury", "Eurovision", "Olympics", "Paralympics", "Wembley", "Anfield", "Davos", "Brexit",
    };

    private static readonly HashSet<string> s_organizationWords = Build(OrganizationLexicon.HeadWords, s_organizationTails);
    private static readonly HashSet<string> s_placeWords = Build(s_placeTails);
    private static readonly HashSet<string> s_events = Build(s_eventWords);
    private static readonly HashSet<string> s_places = Places();

    /// <summary>True when the last word of a multi-word name makes it a body ("Premier League").</summary>
    public static bool EndsLikeOrganization(string lastWord) => s_organizationWords.Contains(Words.WithoutPossessive(lastWord));

    /// <summary>True when the last word of a multi-word name makes it a place ("Gaza City", "Oxford Street").</summary>
    public static bool EndsLikePlace(string lastWord) => s_placeWords.Contains(Words.WithoutPossessive(lastWord));

    /// <summary>True for a place of the gazetteer or the quotation lexicon, whatever its case ("MOSCOW", "Gaza City").</summary>
    public static bool IsPlace(string name)
    {
        var bare = Words.WithoutPossessive(name);
        return s_places.Contains(bare) || (bare.IndexOf(' ') < 0 && NameLexicon.Places.Contains(bare));
    }

    /// <summary>True for an event or venue named by one word ("Wimbledon").</summary>
    public static bool IsEvent(string word) => s_events.Contains(Words.WithoutPossessive(word));

    private static HashSet<string> Build(params string[][] lists)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var list in lists)
        {
            foreach (var word in list)
            {
                if (word.IndexOf(' ') < 0)
                {
                    set.Add(word);
                }
            }
        }

        return set;
    }

    private static HashSet<string> Places()
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var list in new[] { Gazetteer.Countries, Gazetteer.Cities, Gazetteer.Regions })
        {
            foreach (var entry in list)
            {
                foreach (var variant in entry.Split('|'))
                {
                    set.Add(variant);
                }
            }
        }

        return set;
    }
}
