namespace NewsCorpus.Generator.Model;

/// <summary>
/// A run of consecutive articles (in store order) that gets a search dictionary of its own, built as one pipeline
/// value. Where a run ends depends only on the ids at its end (<c>SearchIndexBuilder.Shards</c>), not on positions,
/// so an edit changes one shard and an added file one or two; the others compare equal and stay cached (equality
/// here is cheap: unchanged articles are the same objects, and <see cref="EquatableArray{T}"/> checks references first).
/// </summary>
/// <param name="Articles">The articles' term statistics, in store order.</param>
internal sealed record SearchShardSpec(EquatableArray<SearchTermsSpec> Articles);

/// <summary>
/// One shard's part of the index: its dictionary chunks, articles numbered from the shard's first, so the shard
/// does not change when articles before it come or go. Equatable so that an unchanged shard's chunks are not
/// compared, re-assembled into different values or re-emitted.
/// </summary>
/// <param name="ArticleCount">How many articles the shard holds: the next shard's first article is this many further.</param>
/// <param name="PassageCount">How many passages its articles have.</param>
/// <param name="TokenCount">Their total length in tokens.</param>
/// <param name="TermCount">How many distinct terms its dictionary holds.</param>
/// <param name="Chunks">Its dictionary chunks, as text whose UTF-8 bytes are the stored bytes.</param>
internal sealed record SearchShardIndexSpec(int ArticleCount, int PassageCount, long TokenCount, int TermCount, EquatableArray<string> Chunks);
