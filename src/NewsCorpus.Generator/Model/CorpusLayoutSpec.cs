
namespace NewsCorpus.Generator.Model;

/// <summary>
/// Where every article's record lives: the input of the corpus class. It holds no article text, so an edit
/// that keeps every record's length and chunk unchanged leaves the class source untouched.
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
/// <param name="Checksum">The record's checksum; only resource storage uses it (0 inline, so inline layouts change only with lengths).</param>
internal sealed record ArticleLocationSpec(string Id, int Chunk, int Offset, int Length, uint Checksum = 0);

/// <summary>The embedded corpus resource: the header it starts with (also its digest), the bytes of every section after that, and where its article table starts.</summary>
internal sealed record ResourceLayoutSpec(string Header, long DataBytes, long TableOffset);

/// <summary>
/// One data chunk: the concatenated records of the articles stored in it. Each chunk is its own source file,
/// so a chunk whose articles did not change is not emitted again.
/// </summary>
internal sealed record ChunkSpec(string Namespace, string ClassName, int Index, string Text);

/// <summary>
/// Which records one data chunk holds, in order: the chunk before its text is joined. The records are the encoded
/// articles' own strings, so an unchanged chunk compares equal by reference checks and is not joined again.
/// </summary>
internal sealed record ChunkRecordsSpec(string Namespace, string ClassName, int Index, EquatableArray<string> Records);
