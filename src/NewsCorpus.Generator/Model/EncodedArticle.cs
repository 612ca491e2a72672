namespace NewsCorpus.Generator.Model;

/// <summary>
/// One article's stored record. Kept per article so that an edit re-encodes only that article, and compared
/// by value so that unchanged chunks of the output are reused.
/// </summary>
/// <param name="Id">The article id; the planner sorts by it.</param>
/// <param name="SourcePath">The corpus file, for diagnostics about the article as a whole.</param>
/// <param name="Record">
/// The stored bytes, valid UTF-8. Kept as bytes, not as the text they encode: the driver keeps every record for its
/// next run, and UTF-16 would take twice the room; a resource stores them as they are, and a chunk decodes them once
/// when it is emitted.
/// </param>
/// <param name="Checksum"><c>CorpusChecksum</c> of the record, checked when the record is read from a resource.</param>
internal sealed record EncodedArticle(string Id, string SourcePath, EquatableArray<byte> Record, uint Checksum)
{
    /// <summary>The record's length in bytes.</summary>
    public int ByteLength => Record.Count;
}
