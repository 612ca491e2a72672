namespace NewsCorpus.Generator.Parsing.Quotes;

// A byte, as Mention's other enums (Gender, RoleClass): every mention is 8 bytes smaller, and parsing makes tens of
// thousands of them.
internal enum MentionKind : byte
{
    Person,
    Organization,

    /// <summary>A country or city; it speaks for its government ("Moscow also added") when nothing better does.</summary>
    Place,

    Pronoun,

    /// <summary>"the minister", "a statement from the portfolio", "officials": stands for someone named elsewhere, or nobody.</summary>
    Description,
}

/// <summary>Gender a pronoun or a given name tells, to keep "she said" off a man named just before.</summary>
internal enum Gender : byte
{
    Unknown,
    Male,
    Female,
    Neuter,
    Plural,
}

/// <summary>A reference to a possible speaker in a sentence: a name, a pronoun or a description, over a token range.</summary>
internal sealed class Mention
{
    public Mention(MentionKind kind, int first, int last, string name)
    {
        Kind = kind;
        First = first;
        Last = last;
        Name = name;
    }

    public MentionKind Kind { get; set; }

    /// <summary>First token (inclusive), in the paragraph's token list.</summary>
    public int First { get; set; }

    /// <summary>Last token (inclusive).</summary>
    public int Last { get; set; }

    /// <summary>A name without titles; a pronoun in lower case; a description's head noun in lower case.</summary>
    public string Name { get; set; }

    /// <summary>The title or role given with a name ("Kremlin spokesman"), or a description's words.</summary>
    public string? Role { get; set; }

    /// <summary>For a description: what kind of speaker its head noun stands for.</summary>
    public RoleClass RoleClass { get; set; }

    /// <summary>For a description: "the minister" (true) or "a minister" (false).</summary>
    public bool Definite { get; set; }

    /// <summary>Introduced by a possessive ("her lawyer", "Smith's doctor"): someone related to another, not that one.</summary>
    public bool Relative { get; set; }

    /// <summary>For a description: the body it belongs to or comes from ("a spokesman for X", "a statement from X", "a Velora spokesperson").</summary>
    public Mention? Of { get; set; }

    /// <summary>A single capitalized word with nothing to show it is a name: a speaker only if the article knows the name or it speaks.</summary>
    public bool Weak { get; set; }

    /// <summary>The mention follows a preposition, so it is not the subject of its sentence.</summary>
    public bool AfterPreposition { get; set; }

    public Gender Gender { get; set; }

    /// <summary>Last token of a role set off by commas after the name ("X, the minority leader,"), or -1.</summary>
    public int AppositionEnd { get; set; } = -1;

    /// <summary>A possessive ("Biden's comments"): names someone, but is not the subject of a verb.</summary>
    public bool Possessive { get; set; }

    /// <summary>A club named in a match or a transfer (<see cref="TeamNames"/>).</summary>
    public bool Team { get; set; }

    /// <summary>An age given right after a name ("Karen Doyle, 52,") or in a description ("the 22-year-old Spaniard"); 0 when none.</summary>
    public int Age { get; set; }

    /// <summary>The nationality a description or role gives ("the Spaniard", "Russian President"), as a <see cref="Nationalities"/> key; or null.</summary>
    public string? Nationality { get; set; }

    /// <summary>Set when resolved: who this mention is.</summary>
    public SpeakerEntity? Entity { get; set; }

    /// <summary>Set when resolved to nobody in particular ("officials", "a senior official", "they").</summary>
    public bool Anonymous { get; set; }

    public override string ToString() => Kind + ":" + Name + (Role is null ? string.Empty : " (" + Role + ")");
}
