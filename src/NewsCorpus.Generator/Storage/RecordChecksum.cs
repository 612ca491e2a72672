namespace NewsCorpus.Generator.Storage;

/// <summary>The checksum of a record held as text, over exactly the UTF-8 bytes that get stored.</summary>
internal static class RecordChecksum
{
    /// <summary>
    /// <c>CorpusChecksum.Compute</c> of the UTF-8 encoding of <paramref name="record"/>: each character's bytes are
    /// hashed as they are worked out, so the record is not encoded into a buffer first and read back.
    /// </summary>
    /// <remarks>Records are valid UTF-16 by construction (CorpusRecordWriter); an unpaired surrogate would count as U+FFFD, as the encoder writes it.</remarks>
    public static uint Compute(string record)
    {
        var hash = global::NewsCorpus.CorpusChecksum.Seed;
        for (var i = 0; i < record.Length; i++)
        {
            uint c = record[i];
            if (c < 0x80)
            {
                hash = Add(hash, c);
                continue;
            }

            if (c < 0x800)
            {
                hash = Add(Add(hash, 0xC0 | (c >> 6)), 0x80 | (c & 0x3F));
                continue;
            }

            if (char.IsSurrogate((char)c))
            {
                if (char.IsHighSurrogate((char)c) && i + 1 < record.Length && char.IsLowSurrogate(record[i + 1]))
                {
                    var point = (uint)char.ConvertToUtf32((char)c, record[++i]);
                    hash = Add(Add(Add(Add(hash, 0xF0 | (point >> 18)), 0x80 | ((point >> 12) & 0x3F)), 0x80 | ((point >> 6) & 0x3F)), 0x80 | (point & 0x3F));
                    continue;
                }

                c = 0xFFFD;
            }

            hash = Add(Add(Add(hash, 0xE0 | (c >> 12)), 0x80 | ((c >> 6) & 0x3F)), 0x80 | (c & 0x3F));
        }

        return hash;
    }

    // One step of CorpusChecksum.Add, for one byte.
    private static uint Add(uint hash, uint b) => unchecked((hash ^ b) * global::NewsCorpus.CorpusChecksum.Prime);
}
