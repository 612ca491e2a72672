namespace NewsCorpus.Generator.Model;

/// <summary>One stored piece of the corpus resource (a record, a search chunk, the cluster or the entity record).</summary>
/// <param name="Length">Its length in UTF-8 bytes.</param>
/// <param name="Checksum"><c>CorpusChecksum</c> of those bytes, checked when the piece is first read.</param>
internal readonly record struct BlobPieceSpec(int Length, uint Checksum);

/// <summary>The pieces of one section of the corpus resource, in stored order; they lie back to back.</summary>
internal sealed record BlobSectionSpec(EquatableArray<BlobPieceSpec> Pieces)
{
    public long Bytes()
    {
        long bytes = 0;
        foreach (var piece in Pieces)
        {
            bytes += piece.Length;
        }

        return bytes;
    }
}

/// <summary>
/// Every section of the corpus resource, in stored order after the header line: article records, search term
/// chunks, the quote cluster record, the entity index record, the article table. The build task computes it from the bytes it writes,
/// the generator from the data it would otherwise emit as source; equal headers mean equal sections.
/// </summary>
/// <param name="Header">The resource's first line, also its digest (<c>CorpusBlobFormat.Header</c>).</param>
internal sealed record ResourceBlobSpec(
    string Header,
    BlobSectionSpec Records,
    BlobSectionSpec Search,
    BlobSectionSpec Clusters,
    BlobSectionSpec Entities,
    BlobSectionSpec Table)
{
    /// <summary>The bytes after the header line: every section.</summary>
    public long DataBytes => Records.Bytes() + Search.Bytes() + Clusters.Bytes() + Entities.Bytes() + Table.Bytes();

    /// <summary>Where the article table starts after the header line: it is the last section.</summary>
    public long TableOffset => DataBytes - Table.Bytes();
}

/// <summary>
/// How the generator's own sections compare with the resource the build task embedded: <paramref name="Blob"/> is
/// set only when the headers are equal; otherwise every section is compiled inline and NC0031 names both headers.
/// </summary>
/// <param name="Digest">The header the task reported (NewsCorpusResourceDigest).</param>
/// <param name="Header">The header of the sections the generator computed.</param>
internal sealed record ResourceMatchSpec(ResourceBlobSpec? Blob, string Digest, string Header);

/// <summary>
/// Where one section lies in the embedded resource, as a generated store needs it: the resource's header and data
/// length (checked when it is opened) and three numbers per piece: offset after the header, length, checksum.
/// </summary>
internal sealed record ResourceSectionSpec(string Header, long DataBytes, EquatableArray<int> Index);

/// <summary>The two sections that follow from the records in stored order: the records and the article table.</summary>
internal sealed record RecordSectionsSpec(BlobSectionSpec Records, BlobSectionSpec Table);
