namespace NewsCorpus.Generator.Model;

/// <summary>
/// A run of consecutive articles (in store order) whose part of the full-text index is built as one pipeline value.
/// Where a run ends depends only on the ids at its end (<c>SearchIndexBuilder.Shards</c>), not on positions, so an
/// edit changes one shard and an inserted file one or two; the others compare equal and stay cached.
/// </summary>
/// <param name="Articles">The articles' term statistics, in store order.</param>
internal sealed record SearchShardSpec(EquatableArray<SearchTermsSpec> Articles);

/// <summary>
/// One shard's part of the index: every term with its postings already encoded, articles numbered from the shard's
/// first article, so the shard does not change when articles before it come or go. The corpus-wide merge only
/// re-bases each term's first posting and concatenates (<c>SearchIndexBuilder.Merge</c>).
/// </summary>
/// <param name="ArticleCount">How many articles the shard holds: the next shard's first article is this many further.</param>
/// <param name="PassageCount">How many passages its articles have.</param>
/// <param name="TokenCount">Their total length in tokens.</param>
/// <param name="Terms">Each term once, in the dictionary's order (UTF-8 bytes of the stored term).</param>
internal sealed record SearchShardIndexSpec(int ArticleCount, int PassageCount, long TokenCount, EquatableArray<SearchShardTermSpec> Terms);

/// <summary>One term's postings within a shard.</summary>
/// <param name="Term">The term as counted (the dictionary key).</param>
/// <param name="Stored">The term as stored (unpaired surrogates replaced): what the dictionary is sorted by.</param>
/// <param name="PostingCount">How many postings (passages) the shard has for it.</param>
/// <param name="FirstArticle">The first posting's article, counted from the shard's first article.</param>
/// <param name="LastArticle">The last posting's article, likewise: the next shard's first delta starts from it.</param>
/// <param name="Postings">The encoded postings after the first posting's article delta (which the merge writes).</param>
internal sealed record SearchShardTermSpec(string Term, string Stored, int PostingCount, int FirstArticle, int LastArticle, string Postings);

/// <summary>
/// The terms of one range of the dictionary (those whose stored form starts with one ASCII character, or with any
/// other character for the last range), from every shard. Ranges are fixed, so an edit that changes a few terms'
/// postings changes only the ranges holding them; the others compare equal and stay cached.
/// </summary>
/// <param name="Slices">Each shard's terms in the range, in shard order.</param>
internal sealed record SearchTermRangeSpec(EquatableArray<SearchShardSliceSpec> Slices);

/// <summary>One shard's terms within a range.</summary>
/// <param name="ArticleBase">The position of the shard's first article in store order.</param>
/// <param name="Terms">Its terms in the range, in dictionary order.</param>
internal sealed record SearchShardSliceSpec(int ArticleBase, EquatableArray<SearchShardTermSpec> Terms);

/// <summary>
/// A range's part of the dictionary: its entries, encoded and in order. Packing entries into chunks is left to the
/// last step (a copy, no encoding), so the chunks are exactly those of one build over all terms.
/// </summary>
/// <param name="Entries">Each term's entry as text whose UTF-8 bytes are the stored bytes.</param>
/// <param name="ByteLengths">The entries' UTF-8 lengths.</param>
internal sealed record SearchRangeEntriesSpec(EquatableArray<string> Entries, EquatableArray<int> ByteLengths);

/// <summary>The corpus-wide BM25 numbers: the sums of the shards'.</summary>
internal sealed record SearchTotalsSpec(int PassageCount, long TokenCount);
