namespace NewsCorpus.Generator.Model;

/// <summary>
/// The corpus-wide entity model: one entity per real-world thing, the speakers, and the lookup indexes, all
/// computed at build time. Emitted as <c>{Class}.Entities.g.cs</c>: the stored index plus the named accessors.
/// </summary>
/// <param name="Settings">Names of the generated class and the chunk size.</param>
/// <param name="Articles">Every article, in the stored order (id, ordinal); references below index into it.</param>
/// <param name="Entities">Sorted by name (ordinal), then by first article.</param>
/// <param name="Speakers">Sorted by name (ordinal), then by first article.</param>
/// <param name="Agencies">Articles by credited agency, sorted by name.</param>
/// <param name="Sections">Articles by section label, sorted by name.</param>
/// <param name="Authors">Articles by byline name, sorted by name.</param>
/// <param name="Dates">Articles with a publication date, sorted by date then article.</param>
/// <param name="Diagnostics">Alias-file rules that conflict or match nothing.</param>
internal sealed record EntityCorpusSpec(
    EntityOutputSettings Settings,
    EquatableArray<EntityCorpusArticleSpec> Articles,
    EquatableArray<EntityCorpusEntitySpec> Entities,
    EquatableArray<EntityCorpusSpeakerSpec> Speakers,
    EquatableArray<EntityKeyedArticlesSpec> Agencies,
    EquatableArray<EntityKeyedArticlesSpec> Sections,
    EquatableArray<EntityKeyedArticlesSpec> Authors,
    EquatableArray<EntityDatedArticleSpec> Dates,
    EquatableArray<DiagnosticSpec> Diagnostics);

/// <summary>
/// The only settings the entity output depends on; a projection of <see cref="CorpusSettings"/>, so that settings
/// that change with the corpus (the resource digest) do not re-run the merge.
/// </summary>
internal sealed record EntityOutputSettings(string Namespace, string ClassName, int ChunkSize)
{
    /// <summary>For the command-line tool, which merges without emitting anything.</summary>
    public static readonly EntityOutputSettings Default = new(string.Empty, CorpusSettings.DefaultClassName, CorpusSettings.DefaultChunkSize);

    public static EntityOutputSettings From(CorpusSettings settings) => new(settings.Namespace, settings.ClassName, settings.ChunkSize);
}

/// <summary>An article as the accessors show it.</summary>
internal sealed record EntityCorpusArticleSpec(string Id, string Title, string Lead);

/// <summary>One entity of the corpus.</summary>
/// <param name="Name">The canonical name.</param>
/// <param name="Aliases">Every other name it goes by in the corpus, ordinal order.</param>
/// <param name="MentionCount">How often the corpus names it.</param>
/// <param name="Mentions">Its per-article entities: (article, index into that article's entities).</param>
/// <param name="Quotes">Quotations it says or is named in: (article, quote index).</param>
/// <param name="Speaker">Index into <see cref="EntityCorpusSpec.Speakers"/>, or -1 when it is never quoted.</param>
internal sealed record EntityCorpusEntitySpec(
    string Name,
    global::NewsCorpus.EntityKind Kind,
    string? Role,
    EquatableArray<string> Aliases,
    int MentionCount,
    EquatableArray<EntityRefSpec> Mentions,
    EquatableArray<EntityRefSpec> Quotes,
    int Speaker);

/// <summary>One speaker: an entity with quotations attributed to it.</summary>
/// <param name="Entity">Index into <see cref="EntityCorpusSpec.Entities"/>.</param>
/// <param name="Quotes">(article, quote index) of every quotation it says, in corpus order.</param>
internal sealed record EntityCorpusSpeakerSpec(
    string Name,
    global::NewsCorpus.SpeakerKind Kind,
    string? Role,
    EquatableArray<string> Aliases,
    int Entity,
    EquatableArray<EntityRefSpec> Quotes);

/// <summary>Something inside article <paramref name="Article"/> (an index into the article list): a quote or an entity.</summary>
internal readonly record struct EntityRefSpec(int Article, int Item);

/// <summary>A lookup key (an agency, section or author as written) and the articles that have it, ascending.</summary>
internal sealed record EntityKeyedArticlesSpec(string Name, EquatableArray<int> Articles);

/// <summary>An article's publication date (ISO 8601, as stored in the article).</summary>
internal readonly record struct EntityDatedArticleSpec(string Date, int Article);
