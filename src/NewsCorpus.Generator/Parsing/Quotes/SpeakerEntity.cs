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
    private readonly SortedSet<string> _forms = new(StringComparer.Ordinal);

    public SpeakerEntity(string name, global::NewsCorpus.SpeakerKind kind)
    {
        Kind = kind;
        SetName(name);
        _forms.Add(name);
    }

    public string Name { get; private set; } = string.Empty;

    public global::NewsCorpus.SpeakerKind Kind { get; }

    /// <summary>A country or city standing for its government.</summary>
    public bool IsPlace { get; set; }

    /// <summary>A news outlet: it reports what others say.</summary>
    public bool IsMedia { get; set; }

    public string? Role { get; set; }

    public Gender Gender { get; set; }

    /// <summary>The age the article gives ("Karen Doyle, 52,"), or 0: "the 52-year-old" is this person.</summary>
    public int Age { get; set; }

    public string Key { get; private set; } = string.Empty;

    /// <summary>Keys of the name's words, in order.</summary>
    public string[] Parts { get; private set; } = Array.Empty<string>();

    public string FirstKey => Parts.Length > 0 ? Parts[0] : string.Empty;

    public string LastKey => Parts.Length > 0 ? Parts[Parts.Length - 1] : string.Empty;

    /// <summary>Another form of the name seen in the article.</summary>
    public void AddForm(string form)
    {
        if (form.Length > 0)
        {
            _forms.Add(form);
        }
    }

    /// <summary>A fuller form of the name becomes canonical: "Peskov" seen first, then "Dmitry Peskov".</summary>
    public void SetName(string name)
    {
        Name = name;
        Key = NameKeys.Key(name);
        Parts = Key.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        _forms.Add(name);
    }

    public SpeakerSpec ToSpec()
    {
        var aliases = new List<string>();
        foreach (var form in _forms)
        {
            if (!string.Equals(form, Name, StringComparison.Ordinal))
            {
                aliases.Add(form);
            }
        }

        return new SpeakerSpec(Name, Kind, Role, aliases.ToEquatableArray());
    }

    public override string ToString() => Name;

    /// <summary>Identity, as before; only cheaper to compute (<see cref="IdentityHash"/>).</summary>
    public override int GetHashCode() => _hash;
}
