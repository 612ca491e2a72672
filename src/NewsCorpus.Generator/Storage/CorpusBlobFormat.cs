using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Storage;

/// <summary>
/// The embedded-resource form of a corpus: one ASCII header line, then five sections back to back: every record in
/// <see cref="RecordOrder"/>, the search term chunks (<see cref="SearchIndexBuilder"/>), the quote cluster record
/// (<see cref="SearchClusterEncoder"/>), the entity index record (<see cref="EntityIndexEncoder"/>) and the article
/// table (<see cref="ArticleTableFormat"/>).
/// The header is also the digest the build task hands the generator (MSBuild property NewsCorpusResourceDigest):
/// it names the format version, the article count, each section's bytes and a hash over every piece's length and
/// checksum, so equal headers mean the generated code and the embedded bytes describe the same data.
/// </summary>
internal static class CorpusBlobFormat
{
    /// <summary>The sections of the resource, in stored order.</summary>
    public enum BlobSection
    {
        Records,
        Search,
        Clusters,
        Entities,
        Table,
    }

    /// <summary>The manifest resource name the build targets give the blob and the generated store opens.</summary>
    public const string ResourceName = "NewsCorpus.Records";

    /// <summary>Bumped when the sections change; with the record format version, the header's first number.</summary>
    public const int SectionsVersion = 4;

    private static readonly Encoding s_utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private const ulong FnvOffset = 14695981039346656037;

    private const ulong FnvPrime = 1099511628211;

    /// <summary>Describes the five sections and computes their header.</summary>
    public static ResourceBlobSpec Describe(BlobSectionSpec records, BlobSectionSpec search, BlobSectionSpec clusters, BlobSectionSpec entities, BlobSectionSpec table)
    {
        var hash = FnvOffset;
        foreach (var section in new[] { records, search, clusters, entities, table })
        {
            // The piece count goes in too, so bytes cannot move from one section to the next unnoticed.
            hash = Mix(hash, (uint)section.Pieces.Count);
            foreach (var piece in section.Pieces)
            {
                hash = Mix(hash, (uint)piece.Length);
                hash = Mix(hash, piece.Checksum);
            }
        }

        // Lower-case letters, digits and '-' only: the value travels through an .editorconfig line unchanged.
        var header = string.Format(
            CultureInfo.InvariantCulture,
            "newscorpus-{0}-{1}-{2}-{3}-{4}-{5}-{6}-{7}-{8:x16}",
            global::NewsCorpus.CorpusRecordFormat.Version,
            SectionsVersion,
            records.Pieces.Count,
            records.Bytes(),
            search.Bytes(),
            clusters.Bytes(),
            entities.Bytes(),
            table.Bytes(),
            hash);
        return new ResourceBlobSpec(header, records, search, clusters, entities, table);
    }

    /// <summary>The records section: each record as one piece, with the length and checksum the encoder computed.</summary>
    public static BlobSectionSpec Records(IReadOnlyList<EncodedArticle> ordered)
    {
        var pieces = new BlobPieceSpec[ordered.Count];
        for (var i = 0; i < pieces.Length; i++)
        {
            pieces[i] = new BlobPieceSpec(ordered[i].ByteLength, ordered[i].Checksum);
        }

        return new BlobSectionSpec(new EquatableArray<BlobPieceSpec>(pieces));
    }

    /// <summary>A section of stored text pieces (search chunks, a record), each measured over its UTF-8 bytes.</summary>
    public static BlobSectionSpec Section(IEnumerable<string> pieces)
    {
        var specs = new List<BlobPieceSpec>();
        foreach (var piece in pieces)
        {
            var bytes = s_utf8.GetBytes(piece);
            specs.Add(new BlobPieceSpec(bytes.Length, global::NewsCorpus.CorpusChecksum.Compute(bytes)));
        }

        return new BlobSectionSpec(specs.ToEquatableArray());
    }

    /// <summary>Where one of <paramref name="blob"/>'s sections lies, for the generated store of that section.</summary>
    public static ResourceSectionSpec Locate(ResourceBlobSpec blob, BlobSection which)
    {
        var sections = new[] { blob.Records, blob.Search, blob.Clusters, blob.Entities, blob.Table };
        long offset = 0;
        for (var i = 0; i < (int)which; i++)
        {
            offset += sections[i].Bytes();
        }

        var section = sections[(int)which];

        var index = new int[section.Pieces.Count * 3];
        for (var i = 0; i < section.Pieces.Count; i++)
        {
            var piece = section.Pieces[i];
            index[i * 3] = checked((int)offset);
            index[(i * 3) + 1] = piece.Length;
            index[(i * 3) + 2] = unchecked((int)piece.Checksum);
            offset += piece.Length;
        }

        return new ResourceSectionSpec(blob.Header, blob.DataBytes, new EquatableArray<int>(index));
    }

    /// <summary>The bytes of the header line as stored: ASCII, then a line feed.</summary>
    public static byte[] HeaderBytes(string header) => Encoding.ASCII.GetBytes(header + "\n");

    private static ulong Mix(ulong hash, uint value)
    {
        for (var i = 0; i < 4; i++)
        {
            hash = unchecked((hash ^ ((value >> (8 * i)) & 0xFF)) * FnvPrime);
        }

        return hash;
    }
}
