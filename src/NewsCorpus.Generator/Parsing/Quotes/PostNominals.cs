using System;
using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>
/// Letters after a name: "Judge Timothy Spencer KC", "Anna Kell MP", "Dame Ruth Evans DBE", "Ian Marsh PhD". They
/// are honours, degrees, ranks and offices, not part of the name, so two mentions of one person ("Ruth Evans") meet
/// under one canonical name. An office (MP, MEP) is kept as the role when no title came before the name. A
/// generational suffix (Jr, Sr, III) is different: it tells a son from his father, so it stays in the name
/// (<see cref="IsGeneration"/>) and only the surname lookups look past it. Matched case-sensitively, as printed.
/// </summary>
internal static class PostNominals
{
    /// <summary>Honours, degrees and professional ranks: dropped.</summary>
    private static readonly HashSet<string> s_letters = new(StringComparer.Ordinal)
    {
        "KC", "QC", "K.C.", "Q.C.", "SC", "OBE", "MBE", "CBE", "KBE", "DBE", "GBE", "BEM", "CH", "OM", "KG", "KT", "VC", "GC",
        "KCMG", "GCMG", "CMG", "KCB", "GCB", "CB", "QPM", "KPM", "FRS", "FRSE", "FREng", "FBA", "FMedSci", "FRCP", "FRCS",
        "PhD", "Ph.D.", "DPhil", "MD", "M.D.", "JP", "DL", "RN",
    };

    /// <summary>Elected offices written after the name: dropped from the name, kept as the role.</summary>
    private static readonly HashSet<string> s_offices = new(StringComparer.Ordinal)
    {
        "MP", "MEP", "MSP", "MLA", "TD", "AM", "MPP", "MHA", "MNA",
    };

    private static readonly string[] s_generations = { "Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV" };

    /// <summary>True for letters printed after a name that are not part of it.</summary>
    public static bool IsPostNominal(string word) => s_letters.Contains(word) || s_offices.Contains(word);

    /// <summary>True for an office written after a name ("MP"), which is the person's role.</summary>
    public static bool IsOffice(string word) => s_offices.Contains(word);

    /// <summary>"Jr.", "III": part of the name, but not the surname. Read in place: <paramref name="text"/> from <paramref name="start"/> to its end.</summary>
    public static bool IsGeneration(string text, int start) => Words.IsOneOf(text, start, text.Length, s_generations);
}
