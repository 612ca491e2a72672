using EntityKind = global::NewsCorpus.EntityKind;

namespace NewsCorpus.Generator.Parsing.Entities;

/// <summary>One place an article names something, before the article's mentions are grouped into entities.</summary>
internal sealed class EntityCandidate
{
    private string? _key;
    private string? _lastWordKey;
    private string? _organizationKey;
    private int _wordCount = -1;

    public EntityCandidate(string name, EntityKind kind, int paragraph, int start, int end)
    {
        Name = name;
        Kind = kind;
        Paragraph = paragraph;
        Start = start;
        End = end;
    }

    /// <summary>The name as written, white space folded, without role, honorific or possessive.</summary>
    public string Name { get; }

    public EntityKind Kind { get; set; }

    /// <summary>Paragraph index, or -1 for the headline.</summary>
    public int Paragraph { get; }

    public int Start { get; }

    public int End { get; }

    /// <summary>The lexicon entry, when the name is a known place, agency or organization.</summary>
    public LexiconEntry? Known { get; set; }

    /// <summary>The role written next to a person's name, when any.</summary>
    public string? Role { get; set; }

    /// <summary>
    /// A single word not yet known to be anything: a surname if the article names a person with it, otherwise
    /// a known place or organization, otherwise a person only with <see cref="Evidence"/>.
    /// </summary>
    public bool Pending { get; set; }

    /// <summary>Something beside the name says it is a person: a title, an honorific, a reporting verb, a given name.</summary>
    public bool Evidence { get; set; }

    /// <summary>For an acronym in brackets right after a name ("(NATO)"): that name's candidate.</summary>
    public EntityCandidate? AcronymOf { get; set; }

    /// <summary>
    /// The grouper's answer to "which group is this in": of the live groups it was added to, the one created first.
    /// Kept here rather than in a map over every candidate, as only an acronym's expansion is ever asked; an
    /// article's candidates are grouped once.
    /// </summary>
    public EntityGroup? Group { get; set; }

    public int WordCount => _wordCount >= 0 ? _wordCount : _wordCount = EntityKeys.WordCount(Name);

    /// <summary><see cref="EntityKeys.Key"/> of <see cref="Name"/>, computed once: grouping asks for it often.</summary>
    public string Key => _key ??= EntityKeys.Key(Name);

    /// <summary>The key of the last word: a person's surname.</summary>
    public string LastWordKey => _lastWordKey ??= EntityKeys.LastWordKey(Name);

    /// <summary><see cref="EntityKeys.OrganizationKey"/> of <see cref="Name"/>, computed once.</summary>
    public string OrganizationKey => _organizationKey ??= EntityKeys.OrganizationKey(Name);

    public bool Precedes(EntityCandidate other) =>
        Paragraph < other.Paragraph || (Paragraph == other.Paragraph && Start < other.Start);
}
