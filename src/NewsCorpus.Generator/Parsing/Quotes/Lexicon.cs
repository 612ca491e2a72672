using System;
using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>The word lists a word belongs to, one bit per list.</summary>
[Flags]
internal enum LexFlags
{
    None = 0,
    NotName = 1 << 0,
    Honorific = 1 << 1,
    Particle = 1 << 2,
    Preposition = 1 << 3,
    BetweenSubjectAndVerb = 1 << 4,
    Place = 1 << 5,
    PlaceHead = 1 << 6,
    FemaleName = 1 << 7,
    MaleName = 1 << 8,
    PersonRole = 1 << 9,
    GroupRole = 1 << 10,
    OrganizationRole = 1 << 11,
    StatementNoun = 1 << 12,
    OrganizationHead = 1 << 13,
    Media = 1 << 14,
    TitleModifier = 1 << 15,
    Demonym = 1 << 16,
    Abbreviation = 1 << 17,
    Definite = 1 << 18,
    Indefinite = 1 << 19,
    OfWord = 1 << 20,
    PhraseBreak = 1 << 21,
    Auxiliary = 1 << 22,
    Coordinator = 1 << 23,
    PlaceAcronym = 1 << 24,
    SpeaksForBody = 1 << 25,
    ReportingVerb = 1 << 26,
    Kin = 1 << 27,
    PersonNoun = 1 << 28,
    NationalityNoun = 1 << 29,

    /// <summary>
    /// Not a list: the word has a hyphen. Set only on <see cref="ParagraphTokenizer"/>'s tokens, never by
    /// <see cref="Lexicon.Of"/>: the rules about hyphenated words ("the 28-year-old", "mum-of-three", "al-Hissi")
    /// are asked of every word near a name, and this turns most words away before any search.
    /// </summary>
    Hyphenated = 1 << 30,
}

/// <summary>
/// Every word list of the attribution rules in one case-insensitive dictionary from word to <see cref="LexFlags"/>.
/// Built once, read-only afterwards, so it is safe for the generator's parallel parses.
/// </summary>
internal static class Lexicon
{
    private static readonly Dictionary<string, LexFlags> s_flags = Build();

    public static LexFlags Of(string word) => s_flags.TryGetValue(word, out var flags) ? flags : LexFlags.None;

    private static Dictionary<string, LexFlags> Build()
    {
        var flags = new Dictionary<string, LexFlags>(StringComparer.OrdinalIgnoreCase);
        WordSet[] sets =
        {
            NameLexicon.NotNames, NameLexicon.Honorifics, NameLexicon.Particles, NameLexicon.Prepositions, NameLexicon.BetweenSubjectAndVerb,
            NameLexicon.Places, NameLexicon.PlaceHeads, NameLexicon.FemaleNames, NameLexicon.MaleNames, NameLexicon.PlaceAcronyms,
            RoleLexicon.PersonRoles, RoleLexicon.GroupRoles, RoleLexicon.OrganizationRoles, RoleLexicon.StatementNouns,
            RoleLexicon.OrganizationHeads, RoleLexicon.MediaNames, RoleLexicon.TitleModifiers, RoleLexicon.Demonyms, RoleLexicon.SpeaksForBody,
            RoleLexicon.Kin, RoleLexicon.PersonNouns, RoleLexicon.NationalityNouns,
            FunctionWords.Abbreviations, FunctionWords.Definite, FunctionWords.Indefinite, FunctionWords.OfWords, FunctionWords.PhraseBreaks,
            FunctionWords.Auxiliaries, FunctionWords.Coordinators,
        };

        foreach (var set in sets)
        {
            foreach (var word in set.Words)
            {
                flags.TryGetValue(word, out var existing);
                flags[word] = existing | set.Flag;
            }
        }

        foreach (var form in ReportingVerbs.Forms)
        {
            flags.TryGetValue(form, out var existing);
            flags[form] = existing | LexFlags.ReportingVerb;
        }

        return flags;
    }
}

/// <summary>Small closed-class words the phrase rules stop at or look for.</summary>
internal static class FunctionWords
{
    /// <summary>A period after these belongs to the word, not to the sentence.</summary>
    public static readonly WordSet Abbreviations = new(
        LexFlags.Abbreviation,
        "Mr Mrs Ms Dr St Gen Lt Col Sgt Capt Sen Rep Gov Prof Jr Sr Inc Corp Ltd Co No vs etc Jan Feb Mar Apr Aug Sept Sep Oct Nov Dec",
        "Cllr Mt Ft Rev Adm Maj Cmdr Pres Hon Messrs Gens Sens Reps Govs Brig Cpl Pvt Supt Insp Det Dept Univ Assn Ave Blvd approx est");

    public static readonly WordSet Definite = new(LexFlags.Definite, "the this his her its their our");

    public static readonly WordSet Indefinite = new(LexFlags.Indefinite, "a an another one");

    /// <summary>Words that attach a body to a description: "a spokesman for X", "a statement from X".</summary>
    public static readonly WordSet OfWords = new(LexFlags.OfWord, "of for from at by with");

    /// <summary>Words that end a noun phrase: verbs that are not names, conjunctions, relative pronouns.</summary>
    public static readonly WordSet PhraseBreaks = new(
        LexFlags.PhraseBreak,
        "is was were are be been being has have had will would can could may might must should shall do does did not and or but nor",
        "that which who whom whose where when while because if than as so also said says told added");

    public static readonly WordSet Auxiliaries = new(LexFlags.Auxiliary, "will would could can may might must should did does do to not was were is are been be has have had");

    public static readonly WordSet Coordinators = new(LexFlags.Coordinator, "and but or then");
}
