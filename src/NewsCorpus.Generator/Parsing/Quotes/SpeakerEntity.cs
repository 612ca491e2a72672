using System;
using System.Collections.Generic;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>
/// One person or body of an article, under one canonical name: every mention that refers to it (a surname
/// alone, "Mr Ermakov", another spelling) becomes an alias. Names match by <see cref="NameVariants.Key"/>, which
/// folds case, accents and transliteration variants (Zaytsev/Zaitsev).
/// </summary>
internal sealed class SpeakerEntity
{
    private readonly int _hash = IdentityHash.Next();

    // Every form seen but the name, in ordinal order and each once: a sorted list, as a name has a few forms (a
    // SortedSet costs a node per form and a stack per walk); null while there is none, as for most entities.
    private List<string>? _aliases;

    public SpeakerEntity(string name, global::NewsCorpus.SpeakerKind kind)
    {
        Kind = kind;
        Rename(name);
    }

    public string Name { get; private set; } = string.Empty;

    public global::NewsCorpus.SpeakerKind Kind { get; private set; }

    /// <summary>
    /// A single word nothing showed to be a person ("Andarra said …"), which the article then calls "the company":
    /// no given name, title, honorific, gender, age or nationality was ever attached to it.
    /// </summary>
    public bool IsBareWord =>
        Kind == global::NewsCorpus.SpeakerKind.Person && PartCount == 1 && Role is null && Gender == Gender.Unknown && Age == 0 && Nationality is null;

    /// <summary>"Andarra said …. “…,” the company said": the bare word was a body all along.</summary>
    public void BecomeOrganization() => Kind = global::NewsCorpus.SpeakerKind.Organization;

    /// <summary>A country or city standing for its government.</summary>
    public bool IsPlace { get; set; }

    /// <summary>A sports club or team ("beat Aston Villa 2-1", "Real Sociedad coach X"): "the club" and "the team" fit it.</summary>
    public bool IsTeam { get; set; }

    /// <summary>A news outlet: it reports what others say.</summary>
    public bool IsMedia { get; set; }

    public string? Role { get; set; }

    public Gender Gender { get; set; }

    /// <summary>The age the article gives ("Karen Doyle, 52,"), or 0: "the 52-year-old" is this person.</summary>
    public int Age { get; set; }

    /// <summary>The nationality the article gives ("The 22-year-old Spaniard", "X, the American,"), or null: "the Spaniard" is this person, "the American" is not.</summary>
    public string? Nationality { get; set; }

    public string Key { get; private set; } = string.Empty;

    /// <summary>The name's words as written, in order; cut out once per name, as every new body is compared with each known one.</summary>
    public string[] NameWords => _nameWords ??= Name.Split(Words.Space, StringSplitOptions.RemoveEmptyEntries);

    private string[]? _nameWords;

    /// <summary>How many words the key has.</summary>
    public int PartCount { get; private set; }

    /// <summary>The key of the name's first word.</summary>
    public string FirstKey { get; private set; } = string.Empty;

    /// <summary>The surname's key: "Hank Rowe Jr." is found as "Rowe".</summary>
    public string LastKey { get; private set; } = string.Empty;

    /// <summary>"Jr.", "III" when the name ends with one: "Hank Rowe Jr." is not his father "Hank Rowe".</summary>
    public string Generation { get; private set; } = string.Empty;

    /// <summary>Another form of the name seen in the article.</summary>
    public void AddForm(string form)
    {
        if (form.Length > 0 && !string.Equals(form, Name, StringComparison.Ordinal))
        {
            AddAlias(form);
        }
    }

    private void AddAlias(string form)
    {
        var aliases = _aliases ??= new List<string>();
        var at = aliases.BinarySearch(form, StringComparer.Ordinal);
        if (at < 0)
        {
            aliases.Insert(~at, form);
        }
    }

    /// <summary>A fuller form of the name becomes canonical: "Peskov" seen first, then "Dmitry Peskov".</summary>
    public void SetName(string name)
    {
        // The name it had is an alias now, and the new one no longer is.
        if (!string.Equals(name, Name, StringComparison.Ordinal))
        {
            AddAlias(Name);
            var at = _aliases!.BinarySearch(name, StringComparer.Ordinal);
            if (at >= 0)
            {
                _aliases.RemoveAt(at);
            }
        }

        Rename(name);
    }

    private void Rename(string name)
    {
        Name = name;
        _nameWords = null;
        Key = NameKeys.Key(name);
        Generation = GenerationOf(name);

        var words = new KeyWords(Key);
        PartCount = words.Count;
        FirstKey = words.First;
        LastKey = words.Surname(Generation.Length > 0);
    }

    /// <summary>The generational suffix a name ends with ("Jr."), or empty.</summary>
    public static string GenerationOf(string name)
    {
        // The last word is cut out only when it is one: most names end with a surname.
        var space = name.LastIndexOf(' ');
        return space >= 0 && PostNominals.IsGeneration(name, space + 1) ? name.Substring(space + 1).TrimEnd('.') : string.Empty;
    }

    /// <summary>
    /// The speaker as the model stores it, made when first asked (the article is read by then) and kept: the
    /// quotations of one entity share one spec.
    /// </summary>
    public SpeakerSpec ToSpec() => _spec ??= new SpeakerSpec(Name, Kind, Role, new EquatableArray<string>(_aliases?.ToArray() ?? Array.Empty<string>()));

    private SpeakerSpec? _spec;

    public override string ToString() => Name;

    /// <summary>Identity, as before; only cheaper to compute (<see cref="IdentityHash"/>).</summary>
    public override int GetHashCode() => _hash;
}
