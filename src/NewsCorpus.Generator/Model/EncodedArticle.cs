namespace NewsCorpus.Generator.Model;

/// <summary>
/// One article's stored record. Kept per article so that an edit re-encodes only that article, and compared
/// by value so that unchanged chunks of the output are reused.
/// </summary>
/// <param name="Id">The article id; the planner sorts by it.</param>
/// <param name="SourcePath">The corpus file, for diagnostics about the article as a whole.</param>
/// <param name="Record">The record as text whose UTF-8 bytes are the stored bytes.</param>
/// <param name="ByteLength">The UTF-8 length of <paramref name="Record"/>.</param>
/// <param name="Checksum"><c>CorpusChecksum</c> of the record's UTF-8 bytes, checked when the record is read from a resource.</param>
internal sealed record EncodedArticle(string Id, string SourcePath, string Record, int ByteLength, uint Checksum);
