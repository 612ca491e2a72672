
namespace NewsCorpus.Generator.Model;

/// <summary>
/// Where every article's record lives: the input of the corpus class. It holds no article text; inline, not even
/// byte offsets (each chunk has its own table), so an edit that keeps every article in its chunk leaves the class
/// source untouched.
/// </summary>
/// <param name="Settings">Names of the generated class.</param>
/// <param name="Articles">One entry per article, sorted by id (ordinal).</param>
/// <param name="ChunkCount">How many data chunks there are.</param>
/// <param name="Diagnostics">Corpus-wide problems (duplicate ids, invalid settings).</param>
internal sealed record CorpusLayoutSpec(
    CorpusSettings Settings,
    EquatableArray<ArticleLocationSpec> Articles,
    int ChunkCount,
    EquatableArray<DiagnosticSpec> Diagnostics)
{
    /// <summary>Set when the records live in the embedded corpus resource rather than in chunks.</summary>
    public ResourceLayoutSpec? Resource { get; init; }
}

/// <summary>Where one article's record is stored.</summary>
/// <param name="Chunk">Inline: the data chunk holding the record; 0 in the resource.</param>
/// <param name="Offset">
/// Inline: the record's place among its chunk's records, whose byte offsets are in the chunk's own table; in the
/// resource: the record's byte offset in the records section.
/// </param>
/// <param name="Length">The record's UTF-8 length in the resource; 0 inline, where the chunk's table has it.</param>
/// <param name="Checksum">The record's checksum; only resource storage uses it (0 inline, so an inline layout changes only when articles move between chunks).</param>
internal sealed record ArticleLocationSpec(string Id, int Chunk, int Offset, int Length, uint Checksum = 0);

/// <summary>The embedded corpus resource: the header it starts with (also its digest), the bytes of every section after that, and where its article table starts.</summary>
internal sealed record ResourceLayoutSpec(string Header, long DataBytes, long TableOffset);

/// <summary>
/// One chunk of stored UTF-8 data. Data chunks (article records) and search chunks start with a table of where
/// their entries start (<c>CorpusChunkTableWriter</c>); the entity index is cut into chunks as it is. Each chunk is
/// its own source file, so a chunk whose data did not change is not emitted again.
/// </summary>
internal sealed record ChunkSpec(string Namespace, string ClassName, int Index, string Text);

/// <summary>
/// Which records one data chunk holds, in order: the chunk before its text is joined. The records are the encoded
/// articles' own byte arrays, so an unchanged chunk compares equal by reference checks and is not emitted again.
/// </summary>
/// <param name="ByteLengths">Each record's UTF-8 length, for the chunk's table.</param>
internal sealed record ChunkRecordsSpec(string Namespace, string ClassName, int Index, EquatableArray<EquatableArray<byte>> Records, EquatableArray<int> ByteLengths);
