namespace NewsCorpus.Generator.Model;

/// <summary>
/// The corpus-wide numbers of the full-text index, the input of the generated search class. The term dictionary
/// and postings themselves are in the data chunks (<see cref="ChunkSpec"/>), each its own output.
/// </summary>
/// <param name="Settings">Names of the generated class and the chunk size.</param>
/// <param name="PassageCount">How many passages (headlines and paragraphs) are indexed.</param>
/// <param name="TokenCount">The total length of all passages in tokens; with the count, BM25's average length.</param>
/// <param name="TermCount">How many dictionary entries there are: each term once per shard whose articles have it.</param>
/// <param name="ChunkCount">How many data chunks the dictionaries are split into.</param>
/// <param name="ShardStarts">Per shard, its first article (store position) and its first chunk; a shard's chunks run to the next shard's first.</param>
internal sealed record SearchIndexSpec(SearchSettingsSpec Settings, int PassageCount, long TokenCount, int TermCount, int ChunkCount, EquatableArray<int> ShardStarts);
