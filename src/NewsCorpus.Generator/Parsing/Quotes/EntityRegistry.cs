using System;
using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>
/// The people and bodies of one article. A full name is registered once; a surname alone ("Lavrov", "Mr
/// Ermakov") or a first name used as the family name ("Wang" for Wang Wenbin) resolves to the full name of the
/// same article, whichever comes first; spelling variants are one person.
/// </summary>
internal sealed class EntityRegistry
{
    /// <summary>Entities or name spellings of one article past which the registry is not kept for the next.</summary>
    private const int MaxKeptItems = ThreadScratch.MaxKeptItems;

    private readonly List<SpeakerEntity> _entities = new();
    private readonly Dictionary<string, SpeakerEntity> _byKey = new(StringComparer.Ordinal);

    // NameVariants.Key normalizes Unicode; an article repeats its names, so each spelling is keyed once.
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);

    // The initials of each body named by several words ("WHO" for the World Health Organization), for a later acronym.
    private readonly Dictionary<string, SpeakerEntity> _byInitials = new(StringComparer.Ordinal);

    /// <summary>Empties the registry for another article, its tables keeping their room; false when the article was too long to keep them.</summary>
    public bool TryClear()
    {
        if (_entities.Count > MaxKeptItems || _keys.Count > MaxKeptItems)
        {
            return false;
        }

        _entities.Clear();
        _byKey.Clear();
        _keys.Clear();
        _byInitials.Clear();
        return true;
    }

    public SpeakerEntity Person(string name, string? role, Gender gender)
    {
        var key = KeyOf(name);
        if (!_byKey.TryGetValue(key, out var entity) || Clashes(entity.Gender, gender))
        {
            var words = new KeyWords(key);
            entity = words.Count > 1 ? FindSamePerson(words, SpeakerEntity.GenerationOf(name), gender) : FindByPart(key, people: true, gender);
            if (entity is null)
            {
                entity = new SpeakerEntity(name, global::NewsCorpus.SpeakerKind.Person);
                _entities.Add(entity);
            }
            else if (words.Count > entity.PartCount)
            {
                entity.SetName(name);
            }

            if (!_byKey.ContainsKey(key))
            {
                _byKey[key] = entity;
            }
        }

        entity.AddForm(name);
        entity.Role ??= role;
        if (entity.Gender == Gender.Unknown)
        {
            entity.Gender = gender;
        }

        return entity;
    }

    public SpeakerEntity Organization(string name)
    {
        var key = KeyOf(name);
        if (!_byKey.TryGetValue(key, out var entity))
        {
            entity = FindSameOrganization(name) ?? FindByInitials(name);
            if (entity is null)
            {
                entity = new SpeakerEntity(name, global::NewsCorpus.SpeakerKind.Organization) { IsMedia = RoleLexicon.IsMedia(name) };
                _entities.Add(entity);
                if (Initials(name) is { } initials)
                {
                    _byInitials[initials] = entity;
                }
            }
            else if (key.Length > entity.Key.Length && entity.PartCount == 1)
            {
                entity.SetName(name);
            }

            _byKey[key] = entity;
        }

        entity.AddForm(name);
        return entity;
    }

    /// <summary>"A WHO spokesperson" after "The World Health Organization said": an acronym of a body named before is that body.</summary>
    private SpeakerEntity? FindByInitials(string name)
    {
        if (name.Length < 2 || name.Length > 8)
        {
            return null;
        }

        foreach (var c in name)
        {
            if (c < 'A' || c > 'Z')
            {
                return null;
            }
        }

        return _byInitials.TryGetValue(name, out var entity) ? entity : null;
    }

    /// <summary>"World Health Organization" → "WHO", "Council for Rural Transport" → "CRT": the capitals of a name of two or more words.</summary>
    private static string? Initials(string name)
    {
        // The words between single spaces (two spaces make an empty word), read in place: most names have none.
        var words = 1;
        foreach (var c in name)
        {
            words += c == ' ' ? 1 : 0;
        }

        if (words < 2 || words > MaxInitials)
        {
            return null;
        }

        Span<char> initials = stackalloc char[MaxInitials];
        var n = 0;
        for (var start = 0; start <= name.Length; start++)
        {
            var end = name.IndexOf(' ', start);
            end = end < 0 ? name.Length : end;
            if (end == start || name[start] is < 'A' or > 'Z')
            {
                // "of", "for", "the", "&" are left out of an acronym; anything else capitalized otherwise is no plain name.
                if (!Words.IsOneOf(name, start, end, s_acronymFillers))
                {
                    return null;
                }
            }
            else
            {
                initials[n++] = name[start];
            }

            start = end;
        }

        return n >= 2 ? initials.Slice(0, n).ToString() : null;
    }

    private const int MaxInitials = 8;

    private static readonly string[] s_acronymFillers = { "of", "for", "the", "and", "&" };

    /// <summary>A club the article names in a person's title ("Real Sociedad coach X"); a name read as a person's becomes the club.</summary>
    public void Team(string name)
    {
        var key = KeyOf(name);
        if (_byKey.TryGetValue(key, out var entity))
        {
            if (entity.IsPlace || entity.PartCount < 2 && entity.Kind == global::NewsCorpus.SpeakerKind.Person)
            {
                return;
            }

            entity.BecomeOrganization();
            entity.IsTeam = true;
            return;
        }

        Organization(name).IsTeam = true;
    }

    public SpeakerEntity Place(string name)
    {
        var key = KeyOf(name);
        if (!_byKey.TryGetValue(key, out var entity))
        {
            entity = new SpeakerEntity(name, global::NewsCorpus.SpeakerKind.Organization) { IsPlace = true };
            _entities.Add(entity);
            _byKey[key] = entity;
        }

        return entity;
    }

    /// <summary>The person or body a single word names in this article: a surname, a first name, a body's first word; or null.</summary>
    /// <remarks>
    /// A gender from the mention ("Mr Hill") keeps it off a person of the other gender ("Margaret Hill"): another
    /// Hill who fits is taken, or none.
    /// </remarks>
    public SpeakerEntity? Find(string word, Gender gender = Gender.Unknown)
    {
        var key = KeyOf(word);
        if (_byKey.TryGetValue(key, out var exact) && !Clashes(exact.Gender, gender))
        {
            exact.AddForm(word);
            return exact;
        }

        var entity = FindByPart(key, people: true, gender) ?? (gender is Gender.Male or Gender.Female ? null : FindByPart(key, people: false, gender));
        entity?.AddForm(word);
        return entity;
    }

    /// <summary>Two known genders that differ: "Mr Hill" is not Margaret Hill.</summary>
    private static bool Clashes(Gender entity, Gender mention) =>
        entity is Gender.Male or Gender.Female && mention is Gender.Male or Gender.Female && entity != mention;

    private string KeyOf(string name)
    {
        if (!_keys.TryGetValue(name, out var key))
        {
            key = NameKeys.Key(name);
            _keys[name] = key;
        }

        return key;
    }

    /// <summary>"Alexei Zaitsev" and "Zaytsev", "Joe Biden" and "J. Biden": same last name and no clash in the first.</summary>
    private SpeakerEntity? FindSamePerson(KeyWords words, string generation, Gender gender)
    {
        var last = words.Surname(generation.Length > 0);
        var first = words.First;
        for (var i = _entities.Count - 1; i >= 0; i--)
        {
            var entity = _entities[i];
            if (entity.Kind != global::NewsCorpus.SpeakerKind.Person || entity.LastKey != last || Clashes(entity.Gender, gender))
            {
                continue;
            }

            // A son named after his father ("Hank Rowe Jr.") is someone else; a surname alone may be either.
            if (entity.PartCount > 1 && entity.Generation != generation)
            {
                continue;
            }

            if (entity.PartCount == 1 || entity.FirstKey == first || entity.FirstKey.Length == 1 || first.Length == 1)
            {
                return entity;
            }
        }

        return null;
    }

    private SpeakerEntity? FindByPart(string key, bool people, Gender gender)
    {
        if (key.Length == 0 || key.IndexOf(' ') >= 0)
        {
            return null;
        }

        SpeakerEntity? byFirst = null;
        for (var i = _entities.Count - 1; i >= 0; i--)
        {
            var entity = _entities[i];
            if ((entity.Kind == global::NewsCorpus.SpeakerKind.Person) != people || entity.IsPlace || (people && Clashes(entity.Gender, gender)))
            {
                continue;
            }

            if (entity.LastKey == key)
            {
                return entity;
            }

            if (entity.PartCount > 1 && entity.FirstKey == key)
            {
                byFirst ??= entity;
            }
        }

        return byFirst;
    }

    /// <summary>
    /// "Foreign Ministry" and "Russian Foreign Ministry", "Velora" and "Velora Motors": the shorter name starts the
    /// longer one, or ends it after nothing but nationality or place words. "Egyptian Foreign Ministry" and
    /// "Syria's Foreign Ministry" stay apart.
    /// </summary>
    private SpeakerEntity? FindSameOrganization(string name)
    {
        // Split only when there is a body to compare with: the first body an article names has none.
        string[]? words = null;
        for (var i = _entities.Count - 1; i >= 0; i--)
        {
            var entity = _entities[i];
            if (entity.Kind != global::NewsCorpus.SpeakerKind.Organization || entity.IsPlace)
            {
                continue;
            }

            words ??= NameWords(name);
            var other = entity.NameWords;
            if (Extends(words, other) || Extends(other, words))
            {
                return entity;
            }
        }

        return null;
    }

    private static bool Extends(string[] longer, string[] shorter)
    {
        if (shorter.Length == 0 || shorter.Length >= longer.Length)
        {
            return false;
        }

        var prefix = true;
        var suffix = true;
        var extra = longer.Length - shorter.Length;
        for (var k = 0; k < shorter.Length; k++)
        {
            // NameVariants.Same is equality of NameVariants.Key: the memoized keys, as each pair of bodies is compared again and again.
            var key = NameKeys.Key(shorter[k]);
            prefix &= string.Equals(NameKeys.Key(longer[k]), key, StringComparison.Ordinal);
            suffix &= string.Equals(NameKeys.Key(longer[extra + k]), key, StringComparison.Ordinal);
        }

        if (prefix)
        {
            return true;
        }

        if (!suffix)
        {
            return false;
        }

        for (var k = 0; k < extra; k++)
        {
            var word = Words.WithoutPossessive(longer[k]);
            if (!RoleLexicon.Demonyms.Contains(word) && !NameLexicon.Places.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    private static string[] NameWords(string name) => name.Split(Words.Space, StringSplitOptions.RemoveEmptyEntries);
}
