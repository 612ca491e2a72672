namespace NewsCorpus.Generator.Model;

/// <summary>
/// The parsed article, free of Roslyn types. It is the unit of incremental caching: editing one file yields
/// one new <see cref="ArticleSpec"/> and leaves every other equal, so only that article is re-encoded.
/// </summary>
internal sealed record ArticleSpec(
    string Id,
    string SourcePath,
    string Title,
    string? Section,
    string? PublishedAt,
    string? Dateline,
    string? Agency,
    EquatableArray<string> Authors,
    EquatableArray<string> Credits,
    EquatableArray<string> Subheadings,
    EquatableArray<ParagraphSpec> Paragraphs,
    EquatableArray<QuoteSpec> Quotes,
    EquatableArray<RemovedLineSpec> Removed,
    EquatableArray<EntityMentionSpec> Entities = default);
