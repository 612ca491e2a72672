using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Storage;

/// <summary>A stored record's bytes (<see cref="EncodedArticle.Record"/>) read back as text or copied to a stream, without another copy of them.</summary>
internal static class RecordBytes
{
    private static readonly Encoding s_utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The text the record's UTF-8 bytes encode: what a <c>"..."u8</c> literal of it must spell.</summary>
    public static string Decode(EquatableArray<byte> record)
    {
        var segment = Segment(record);
        return s_utf8.GetString(segment.Array!, segment.Offset, segment.Count);
    }

    public static void Write(Stream output, EquatableArray<byte> record)
    {
        var segment = Segment(record);
        output.Write(segment.Array!, segment.Offset, segment.Count);
    }

    // An EquatableArray always wraps an array, so this never fails; the check keeps it from failing silently.
    private static ArraySegment<byte> Segment(EquatableArray<byte> record) =>
        MemoryMarshal.TryGetArray(record.AsMemory(), out var segment)
            ? segment
            : throw new InvalidOperationException("A record's bytes are not held in an array.");
}
