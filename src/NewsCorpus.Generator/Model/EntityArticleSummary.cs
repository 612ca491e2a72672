namespace NewsCorpus.Generator.Model;

/// <summary>
/// What corpus-wide entity merging and the named accessors need from one article: names, kinds, roles and
/// counts, plus the headline and first sentence for doc comments — never the body. Small and equatable, so an
/// edit that leaves an article's entities alone leaves the corpus entity table cached.
/// </summary>
/// <param name="Id">The article id.</param>
/// <param name="SourcePath">The corpus file, to order duplicates the way the chunk planner does.</param>
/// <param name="Title">The headline.</param>
/// <param name="Lead">The first sentence of the body, for previews; empty when there is no body.</param>
/// <param name="Section">The section label, when any.</param>
/// <param name="Agency">The credited news agency, when any.</param>
/// <param name="Authors">Byline names.</param>
/// <param name="PublishedAt">ISO 8601 publication date, when known.</param>
/// <param name="Entities">The article's entities, in the order of <see cref="ArticleSpec.Entities"/>.</param>
/// <param name="Speakers">Which entity says each attributed quotation.</param>
internal sealed record EntityArticleSummary(
    string Id,
    string SourcePath,
    string Title,
    string Lead,
    string? Section,
    string? Agency,
    EquatableArray<string> Authors,
    string? PublishedAt,
    EquatableArray<EntityDigestSpec> Entities,
    EquatableArray<EntitySpeakerRefSpec> Speakers);

/// <summary>An article's entity without its positions: positions move with every edit, counts rarely do.</summary>
/// <param name="MergeKeys">
/// The keys under which it meets the same thing in other articles (<c>EntityCorpusMerger.MergeKeys</c>): folding
/// names is the costly part of merging, so each article does it once in its own step, not the corpus on every edit.
/// </param>
internal sealed record EntityDigestSpec(
    string Name,
    global::NewsCorpus.EntityKind Kind,
    string? Role,
    EquatableArray<string> Aliases,
    int MentionCount,
    EquatableArray<int> Quotes,
    EquatableArray<string> MergeKeys);

/// <summary>Quotation <paramref name="Quote"/> of the article is said by its entity <paramref name="Entity"/>.</summary>
/// <param name="Role">The role the quotation's attribution gives, when any.</param>
internal readonly record struct EntitySpeakerRefSpec(int Quote, int Entity, string? Role);
