using System.Collections.Generic;
using System.Text;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Storage;

/// <summary>
/// The article table, the last section of the corpus resource: per article in stored order its record's offset
/// after the header line, its length and its checksum, then where each id starts (one more for the end), then the
/// ids as UTF-8, back to back; every number a little-endian 32-bit integer. The runtime (ResourceCorpusStore)
/// reads it in place, so the generated code carries only the article count and where the table starts: as
/// thousands of numbers in generated array initializers, the same table cost the compiler more than embedding the
/// whole corpus. Written by the build task and described by the generator from the same record locations.
/// </summary>
internal static class ArticleTableFormat
{
    private static readonly Encoding s_utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The table's bytes for records at <paramref name="articles"/> (<see cref="ResourcePlanner.Locate"/>).</summary>
    public static byte[] Write(IReadOnlyList<ArticleLocationSpec> articles)
    {
        var ids = new byte[articles.Count][];
        var idBytes = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            // The record writer's cleaning, so an id read from the table equals the one read from the record.
            ids[i] = s_utf8.GetBytes(CorpusRecordWriter.ToValidUtf16(articles[i].Id));
            idBytes += ids[i].Length;
        }

        var table = new byte[(articles.Count * 12) + ((articles.Count + 1) * 4) + idBytes];
        var at = 0;
        foreach (var article in articles)
        {
            at = WriteInt(table, at, article.Offset);
            at = WriteInt(table, at, article.Length);
            at = WriteInt(table, at, unchecked((int)article.Checksum));
        }

        var offset = 0;
        foreach (var id in ids)
        {
            at = WriteInt(table, at, offset);
            offset += id.Length;
        }

        at = WriteInt(table, at, offset);
        foreach (var id in ids)
        {
            id.CopyTo(table, at);
            at += id.Length;
        }

        return table;
    }

    /// <summary>The table of records at <paramref name="articles"/> as a resource section, for its description only.</summary>
    public static BlobSectionSpec Section(IReadOnlyList<ArticleLocationSpec> articles) => Section(Write(articles));

    /// <summary>The table as a resource section: one piece.</summary>
    public static BlobSectionSpec Section(byte[] table) =>
        new(new[] { new BlobPieceSpec(table.Length, global::NewsCorpus.CorpusChecksum.Compute(table)) }.ToEquatableArray());

    private static int WriteInt(byte[] buffer, int at, int value)
    {
        buffer[at] = (byte)value;
        buffer[at + 1] = (byte)(value >> 8);
        buffer[at + 2] = (byte)(value >> 16);
        buffer[at + 3] = (byte)(value >> 24);
        return at + 4;
    }
}
