using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>
/// Who "he", "she", "it", "the minister" and "the ministry" are. Each sentence leaves behind its subject (the
/// speaker of its attribution, or the first name it gives that is not after a preposition), and every entity it
/// names. A pronoun goes to the subject of the nearest earlier sentence that fits it (a person for he and she,
/// of a gender that does not clash; a body for it), up to <see cref="SentenceWindow"/> sentences back; a
/// description goes to the most recently named entity whose role fits ("the minister" → the foreign minister).
/// </summary>
internal sealed class PronounResolver
{
    /// <summary>About two or three paragraphs of news text.</summary>
    private const int SentenceWindow = 12;

    /// <summary>How many earlier mentions a description looks through for its role.</summary>
    private const int MentionWindow = 400;

    /// <summary>How many sentences back a title that fits no stated role looks for the person it describes.</summary>
    private const int TitleWindow = 2;

    /// <summary>Sentences or mentions of one article past which the resolver is not kept for the next.</summary>
    private const int MaxKeptItems = ThreadScratch.MaxKeptItems;

    private readonly List<SpeakerEntity?> _subjects = new();

    // Per sentence, a one-word name that was its subject but is nobody the article knows ("… miner Andarra on Tuesday cut its …").
    private readonly List<string?> _unnamedSubjects = new();
    private readonly List<SpeakerEntity> _mentions = new();

    // Where each entity was last mentioned: looking back, an entity is checked once, at its latest mention.
    private readonly Dictionary<SpeakerEntity, int> _latest = new();

    /// <summary>Empties the resolver for another article, its lists keeping their room; false when the article was too long to keep them.</summary>
    public bool TryClear()
    {
        if (_subjects.Count > MaxKeptItems || _mentions.Count > MaxKeptItems)
        {
            return false;
        }

        _subjects.Clear();
        _unnamedSubjects.Clear();
        _mentions.Clear();
        _latest.Clear();
        return true;
    }

    public void Mentioned(SpeakerEntity entity)
    {
        _latest[entity] = _mentions.Count;
        _mentions.Add(entity);
    }

    public void EndSentence(SpeakerEntity? subject, string? unnamedSubject = null)
    {
        _subjects.Add(subject);
        _unnamedSubjects.Add(unnamedSubject);
    }

    /// <summary>The person or body a third-person pronoun refers to; null for "they" or when nothing fits.</summary>
    public SpeakerEntity? Resolve(Gender pronoun)
    {
        if (pronoun is Gender.Plural or Gender.Unknown)
        {
            return null;
        }

        for (var s = _subjects.Count - 1; s >= 0 && s >= _subjects.Count - SentenceWindow; s--)
        {
            if (_subjects[s] is { } subject && Fits(subject, pronoun))
            {
                return subject;
            }
        }

        for (var m = _mentions.Count - 1; m >= 0 && m >= _mentions.Count - MentionWindow; m--)
        {
            if (IsLatest(m) && Fits(_mentions[m], pronoun))
            {
                return _mentions[m];
            }
        }

        return null;
    }

    /// <summary>
    /// "the minister", "the spokesman", "the diplomat": the latest person whose role fits. "the father of five", "the
    /// Spaniard", "the 28-year-old" say what someone is, not their office: they go to the person the article gave that
    /// age or nationality ("Karen Doyle, 52,", "The 22-year-old Spaniard saved …"), else, as a pronoun does, to the
    /// latest person of a fitting gender. A person known by another age or nationality is never taken for one.
    /// </summary>
    /// <param name="byTitleAlone">False for "her lawyer": a title tied to someone else is not the person just spoken of.</param>
    /// <param name="age">The age the description gives, or 0.</param>
    /// <param name="nationality">The nationality the description gives (<see cref="Nationalities"/>), or null.</param>
    public SpeakerEntity? ResolveRole(string head, Gender gender, bool byTitleAlone = true, int age = 0, string? nationality = null)
    {
        age = age > 0 ? age : RoleLexicon.AgeOf(head);
        if (RoleLexicon.IsGenericPerson(head))
        {
            return Described(age, nationality, gender) ?? LatestPerson(gender, age, nationality);
        }

        for (var m = _mentions.Count - 1; m >= 0 && m >= _mentions.Count - MentionWindow; m--)
        {
            var entity = _mentions[m];
            if (IsLatest(m) && entity.Kind == global::NewsCorpus.SpeakerKind.Person && RoleLexicon.RoleFits(head, entity.Role) && Fits(entity, gender)
                && !Contradicts(entity, age, nationality))
            {
                return entity;
            }
        }

        if (Described(age, nationality, gender) is { } described)
        {
            return described;
        }

        // "Arne Slot praised his side. “…,” the Liverpool head coach said": a title nobody was given goes to the
        // person the previous sentence or two were about, when that person's stated role does not say otherwise.
        for (var s = _subjects.Count - 1; byTitleAlone && s >= 0 && s >= _subjects.Count - TitleWindow; s--)
        {
            if (_subjects[s] is { Kind: global::NewsCorpus.SpeakerKind.Person } subject && Fits(subject, gender)
                && (subject.Role is null || !RoleLexicon.RoleContradicts(head, subject.Role)) && !Contradicts(subject, age, nationality))
            {
                return subject;
            }
        }

        return null;
    }

    /// <summary>"the ministry", "the airline", "the newspaper": the latest body whose name fits.</summary>
    public SpeakerEntity? ResolveOrganization(string head)
    {
        for (var m = _mentions.Count - 1; m >= 0 && m >= _mentions.Count - MentionWindow; m--)
        {
            var entity = _mentions[m];
            if (IsLatest(m) && entity.Kind == global::NewsCorpus.SpeakerKind.Organization && !entity.IsPlace
                && (RoleLexicon.OrganizationFits(head, entity.Name) || (entity.IsTeam && head is "club" or "team" or "side")))
            {
                return entity;
            }
        }

        return null;
    }

    /// <summary>
    /// "the company said" when no body of the article fits: the company the story is about, named by one word as the
    /// subject of a recent sentence ("Chile's state-owned copper miner Andarra on Tuesday cut its forecast",
    /// "Andarra said it would …"). A word that spoke was taken for a surname; it becomes the body it is.
    /// </summary>
    public SpeakerEntity? ResolveUnnamedBody(string head, EntityRegistry registry)
    {
        for (var s = _subjects.Count - 1; s >= 0 && s >= _subjects.Count - SentenceWindow; s--)
        {
            if (_subjects[s] is { IsBareWord: true } bare && RoleLexicon.OrganizationFits(head, bare.Name))
            {
                bare.BecomeOrganization();
                return bare;
            }

            if (_unnamedSubjects[s] is { } name && RoleLexicon.OrganizationFits(head, name))
            {
                return registry.Organization(name);
            }
        }

        return null;
    }

    private bool IsLatest(int mention) => _latest[_mentions[mention]] == mention;

    private SpeakerEntity? LatestPerson(Gender gender, int age, string? nationality)
    {
        for (var s = _subjects.Count - 1; s >= 0 && s >= _subjects.Count - SentenceWindow; s--)
        {
            if (_subjects[s] is { } subject && subject.Kind == global::NewsCorpus.SpeakerKind.Person && Fits(subject, gender) && !Contradicts(subject, age, nationality))
            {
                return subject;
            }
        }

        // No recent sentence had a person as subject ("Carlos Alcaraz's win …"): the latest person named, as for "he".
        for (var m = _mentions.Count - 1; m >= 0 && m >= _mentions.Count - MentionWindow; m--)
        {
            if (IsLatest(m) && _mentions[m].Kind == global::NewsCorpus.SpeakerKind.Person && Fits(_mentions[m], gender) && !Contradicts(_mentions[m], age, nationality))
            {
                return _mentions[m];
            }
        }

        return null;
    }

    /// <summary>The latest person the article gave this age and this nationality (either may be unknown, not both).</summary>
    private SpeakerEntity? Described(int age, string? nationality, Gender gender)
    {
        if (age == 0 && nationality is null)
        {
            return null;
        }

        for (var m = _mentions.Count - 1; m >= 0 && m >= _mentions.Count - MentionWindow; m--)
        {
            var entity = _mentions[m];
            if (IsLatest(m) && entity.Kind == global::NewsCorpus.SpeakerKind.Person && Fits(entity, gender)
                && (age == 0 || entity.Age == age) && (nationality is null || entity.Nationality == nationality))
            {
                return entity;
            }
        }

        return null;
    }

    /// <summary>"the 31-year-old" is not someone the article said is 24; "the American" is not "the Spaniard".</summary>
    private static bool Contradicts(SpeakerEntity entity, int age, string? nationality) =>
        (age > 0 && entity.Age > 0 && entity.Age != age)
        || (nationality is not null && entity.Nationality is not null && !string.Equals(entity.Nationality, nationality, System.StringComparison.Ordinal));

    private static bool Fits(SpeakerEntity entity, Gender pronoun)
    {
        if (pronoun == Gender.Neuter)
        {
            return entity.Kind == global::NewsCorpus.SpeakerKind.Organization && !entity.IsMedia;
        }

        if (entity.Kind != global::NewsCorpus.SpeakerKind.Person)
        {
            return false;
        }

        return pronoun == Gender.Unknown || entity.Gender == Gender.Unknown || entity.Gender == pronoun;
    }
}
