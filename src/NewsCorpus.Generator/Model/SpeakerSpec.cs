namespace NewsCorpus.Generator.Model;

/// <summary>A speaker as resolved inside one article.</summary>
/// <param name="Name">Canonical name without titles or honorifics ("Dmitry Peskov").</param>
/// <param name="Kind">Person or organization.</param>
/// <param name="Role">The title or role the article gives ("Kremlin spokesman"), when any.</param>
/// <param name="Aliases">Other forms of the name seen in the article ("Peskov", "Zaytsev").</param>
internal sealed record SpeakerSpec(
    string Name,
    global::NewsCorpus.SpeakerKind Kind,
    string? Role,
    EquatableArray<string> Aliases);
