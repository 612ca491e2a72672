using System.Text;

namespace NewsCorpus.Generator.Storage;

/// <summary>The checksum of a record held as text, over exactly the UTF-8 bytes that get stored.</summary>
internal static class RecordChecksum
{
    // Records are valid UTF-16 by construction (CorpusRecordWriter), so no replacement happens here.
    private static readonly Encoding s_utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    // Every record is checksummed once: its UTF-8 bytes go into one buffer per thread instead of a new array each time.
    [System.ThreadStatic]
    private static byte[]? t_bytes;

    public static uint Compute(string record)
    {
        var length = s_utf8.GetMaxByteCount(record.Length);
        var bytes = t_bytes;
        if (bytes is null || bytes.Length < length)
        {
            bytes = new byte[System.Math.Max(length, 1 << 16)];
            if (length <= 1 << 23)
            {
                t_bytes = bytes;
            }
        }

        var written = s_utf8.GetBytes(record, 0, record.Length, bytes, 0);
        return global::NewsCorpus.CorpusChecksum.Compute(new System.ReadOnlySpan<byte>(bytes, 0, written));
    }
}
