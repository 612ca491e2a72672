using System.Collections.Generic;

namespace NewsCorpus.Generator.Storage;

/// <summary>A built full-text index: the numbers BM25 needs and the stored term dictionary, chunk by chunk.</summary>
/// <param name="PassageCount">How many passages (headlines and paragraphs) are indexed.</param>
/// <param name="TokenCount">The total length of all passages in tokens.</param>
/// <param name="TermCount">How many dictionary entries there are: each term once per shard whose articles have it.</param>
/// <param name="Chunks">The stored chunks, as text whose UTF-8 bytes are the stored bytes (<see cref="SearchIndexBuilder"/>).</param>
/// <param name="ShardStarts">Per shard, its first article and its first chunk (<see cref="Model.SearchIndexSpec.ShardStarts"/>).</param>
internal sealed record SearchIndexData(int PassageCount, long TokenCount, int TermCount, IReadOnlyList<string> Chunks, Model.EquatableArray<int> ShardStarts);
