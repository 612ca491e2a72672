using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Storage;

/// <summary>
/// The embedded-resource form of a corpus: one ASCII header line, then every record in <see cref="RecordOrder"/>.
/// The header is also the digest the build task hands the generator (MSBuild property NewsCorpusResourceDigest):
/// it names the format version, the article count, the record bytes and a hash over every record's length and
/// checksum, so equal headers mean the generated index and the embedded bytes describe the same records.
/// </summary>
internal static class CorpusBlobFormat
{
    /// <summary>The manifest resource name the build targets give the blob and the generated store opens.</summary>
    public const string ResourceName = "NewsCorpus.Records";

    private const ulong FnvOffset = 14695981039346656037;

    private const ulong FnvPrime = 1099511628211;

    /// <summary>The header (without its line feed) for these records, in stored order.</summary>
    public static string Header(IReadOnlyList<EncodedArticle> ordered)
    {
        var hash = FnvOffset;
        long bytes = 0;
        foreach (var article in ordered)
        {
            hash = Mix(hash, (uint)article.ByteLength);
            hash = Mix(hash, article.Checksum);
            bytes += article.ByteLength;
        }

        // Lower-case letters, digits and '-' only: the value travels through an .editorconfig line unchanged.
        return string.Format(
            CultureInfo.InvariantCulture,
            "newscorpus-{0}-{1}-{2}-{3:x16}",
            global::NewsCorpus.CorpusRecordFormat.Version,
            ordered.Count,
            bytes,
            hash);
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
