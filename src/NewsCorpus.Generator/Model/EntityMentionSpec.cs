namespace NewsCorpus.Generator.Model;

/// <summary>
/// One real-world thing named in one article, with every place the article names it. Stored at the end of the
/// article record, so the runtime can show mentions and highlight them without parsing again.
/// </summary>
/// <param name="Name">The fullest form the article uses ("Sergey Lavrov", "NATO", "Kyiv").</param>
/// <param name="Kind">Person, organization, place or agency.</param>
/// <param name="Role">The title or role the article gives a person ("Russian Foreign Minister"), when any.</param>
/// <param name="Aliases">Other forms seen in the article ("Lavrov", "North Atlantic Treaty Organization", "Kiev"), ordinal order.</param>
/// <param name="Occurrences">Where the article names it, in reading order.</param>
/// <param name="Quotes">Indexes into <see cref="ArticleSpec.Quotes"/> of quotations it says or is named in, ascending.</param>
/// <param name="Said">Indexes of the quotations attributed to it (a subset of <paramref name="Quotes"/>), ascending.</param>
internal sealed record EntityMentionSpec(
    string Name,
    global::NewsCorpus.EntityKind Kind,
    string? Role,
    EquatableArray<string> Aliases,
    EquatableArray<EntityOccurrenceSpec> Occurrences,
    EquatableArray<int> Quotes,
    EquatableArray<int> Said);

/// <summary>One place an article names an entity.</summary>
/// <param name="Paragraph">Index into <see cref="ArticleSpec.Paragraphs"/>, or -1 for the headline.</param>
/// <param name="Start">UTF-16 offset of the first character of the name in that text.</param>
/// <param name="End">UTF-16 offset just past the name (exclusive); a possessive "'s" is not included.</param>
internal readonly record struct EntityOccurrenceSpec(int Paragraph, int Start, int End);
