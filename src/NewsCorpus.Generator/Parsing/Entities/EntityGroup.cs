using System;
using System.Collections.Generic;
using EntityKind = global::NewsCorpus.EntityKind;

namespace NewsCorpus.Generator.Parsing.Entities;

/// <summary>
/// The mentions of one real-world thing inside one article, while they are being grouped. What the grouper asks
/// of a group again and again (its name, its first mention, the member nearest before a place) is kept up to
/// date as members are added, so asking costs nothing however many members the group has.
/// </summary>
internal sealed class EntityGroup
{
    private readonly List<EntityCandidate> _members = new();

    // The forms of its name: most groups only ever use one, so the map of them is made when a second one comes.
    private NameTally? _firstName;
    private Dictionary<string, NameTally>? _names;
    private MemberPositions? _positions;
    private NameTally? _best;
    private EntityCandidate? _first;
    private string? _initialsOf;
    private string _initials = string.Empty;

    public EntityGroup(EntityKind kind, int sequence, LexiconEntry? known = null, string? fixedName = null)
    {
        Kind = kind;
        Sequence = sequence;
        Known = known;
        FixedName = fixedName;
    }

    public EntityKind Kind { get; }

    public LexiconEntry? Known { get; }

    /// <summary>A speaker's name, for an entity that only the quotation attribution names.</summary>
    public string? FixedName { get; }

    /// <summary>Members in the order they were added; add through <see cref="Add"/> only.</summary>
    public IReadOnlyList<EntityCandidate> Members => _members;

    // Most groups are no quotation's speaker: the lists are made when the first quotation is attributed.

    /// <summary>The quotations it says, ascending: the grouper attributes them in order, each once. Null when none.</summary>
    public List<int>? Said { get; private set; }

    /// <summary>The names the quotations it says give their speaker, aliases included. Null when it says none.</summary>
    public List<string>? SpeakerNames { get; private set; }

    public void AddSaid(int quote) => (Said ??= new List<int>()).Add(quote);

    public void AddSpeakerName(string name) => (SpeakerNames ??= new List<string>()).Add(name);

    public string? SpeakerRole { get; set; }

    /// <summary>Order of creation, to keep groups without any mention in a stable place.</summary>
    public int Order { get; set; }

    /// <summary>Unique and increasing in creation order, unlike <see cref="Order"/>, which repeats after a merge removes a group.</summary>
    public int Sequence { get; }

    /// <summary>Merged into another group and taken out of the grouper's list.</summary>
    public bool Removed { get; set; }

    /// <summary>The member that comes first in the text; of members at one place, the one added first.</summary>
    public EntityCandidate? First => _first;

    /// <summary>
    /// The fullest form: the lexicon's canonical name; for a person the longest name used; otherwise the form used
    /// most often (then the longer, then the first).
    /// </summary>
    public string Name
    {
        get
        {
            if (Known is not null)
            {
                return Known.Canonical;
            }

            if (FixedName is not null && _members.Count == 0)
            {
                return FixedName;
            }

            var best = _best!;

            // The speaker's name comes after every member's name and has no uses of its own.
            if (FixedName is not null && TallyOf(FixedName) is null && Beats(WordsOf(FixedName), 0, FixedName.Length, best))
            {
                return FixedName;
            }

            return best.Name;
        }
    }

    /// <summary><see cref="EntityKeys.Initials"/> of <see cref="Name"/>, computed again only when the name changes.</summary>
    public string Initials
    {
        get
        {
            var name = Name;
            if (!ReferenceEquals(name, _initialsOf))
            {
                _initials = EntityKeys.Initials(name);
                _initialsOf = name;
            }

            return _initials;
        }
    }

    public void Add(EntityCandidate member)
    {
        _members.Add(member);
        if (_first is null || member.Precedes(_first))
        {
            _first = member;
        }

        var tally = TallyOf(member.Name);
        if (tally is null)
        {
            tally = new NameTally(member.Name, _names?.Count ?? (_firstName is null ? 0 : 1), Kind == EntityKind.Person ? member.WordCount : 0);
            if (_firstName is null)
            {
                _firstName = tally;
            }
            else
            {
                _names ??= new Dictionary<string, NameTally>(StringComparer.Ordinal) { [_firstName.Name] = _firstName };
                _names.Add(member.Name, tally);
            }
        }

        tally.Count++;

        // Only this name's count grew, so the best name is the old one or this one; on a tie the one used first.
        if (_best is null || (tally != _best && (tally.Beats(_best) || (!_best.Beats(tally) && tally.Index < _best.Index))))
        {
            _best = tally;
        }

        _positions?.Add(MemberPositions.Of(member.Paragraph, member.Start));
    }

    private NameTally? TallyOf(string name)
    {
        if (_names is not null)
        {
            return _names.TryGetValue(name, out var tally) ? tally : null;
        }

        return _firstName is not null && _firstName.Name == name ? _firstName : null;
    }

    public void SortMembers(Comparison<EntityCandidate> comparison) => _members.Sort(comparison);

    /// <summary>The position (<see cref="MemberPositions.Of"/>) of the member nearest before the place, for a person.</summary>
    public bool TryGetLastBefore(int paragraph, int start, out long position)
    {
        // Only a person is looked for by the member nearest before a place (a surname used alone), and most people
        // never are: their positions are sorted when first asked for, and kept up to date from then on.
        if (Kind != EntityKind.Person)
        {
            position = 0;
            return false;
        }

        if (_positions is null)
        {
            _positions = new MemberPositions();
            foreach (var member in _members)
            {
                _positions.Add(MemberPositions.Of(member.Paragraph, member.Start));
            }
        }

        return _positions.TryGetLastBefore(MemberPositions.Of(paragraph, start), out position);
    }

    private bool Beats(int words, int count, int length, NameTally other)
    {
        if (Kind == EntityKind.Person && words != other.Words)
        {
            return words > other.Words;
        }

        return count != other.Count ? count > other.Count : length > other.Name.Length;
    }

    private int WordsOf(string name) => Kind == EntityKind.Person ? EntityKeys.WordCount(name) : 0;

    /// <summary>How often a group uses one form of its name, and when it first did.</summary>
    private sealed class NameTally
    {
        public NameTally(string name, int index, int words)
        {
            Name = name;
            Index = index;
            Words = words;
        }

        public string Name { get; }

        public int Index { get; }

        public int Words { get; }

        public int Count { get; set; }

        /// <summary>Strictly better by (words, count, length); words count only for a person (0 otherwise).</summary>
        public bool Beats(NameTally other) =>
            Words != other.Words ? Words > other.Words
            : Count != other.Count ? Count > other.Count
            : Name.Length > other.Name.Length;
    }
}
