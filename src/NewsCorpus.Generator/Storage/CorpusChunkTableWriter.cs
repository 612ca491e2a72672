using System.Collections.Generic;

namespace NewsCorpus.Generator.Storage;

/// <summary>
/// Writes the table every stored chunk starts with (read back by the runtime's <c>CorpusChunkTable</c>): the number
/// of entries, the width of one offset, then each entry's UTF-8 offset from the end of the table, all in that width,
/// so any entry is found without reading the ones before it. Article records and search dictionaries use the same
/// table, and the same <see cref="Size"/> to stay under the chunk size.
/// </summary>
internal static class CorpusChunkTableWriter
{
    /// <summary>The table for entries of <paramref name="byteLengths"/> (UTF-8 bytes each), in order.</summary>
    public static void Write(CorpusRecordWriter table, IReadOnlyList<int> byteLengths)
    {
        var lastOffset = 0;
        for (var i = 0; i + 1 < byteLengths.Count; i++)
        {
            lastOffset += byteLengths[i];
        }

        var width = CorpusRecordWriter.DigitCount(lastOffset);
        table.WriteNumber(byteLengths.Count);
        table.WriteNumber(width);
        var offset = 0;
        foreach (var length in byteLengths)
        {
            table.WriteNumber(offset, width);
            offset += length;
        }
    }

    /// <summary>An upper bound of the bytes a chunk of <paramref name="count"/> entries, <paramref name="entryBytes"/> in all, takes with its table.</summary>
    public static int Size(int count, int entryBytes)
    {
        var width = CorpusRecordWriter.DigitCount(entryBytes);
        return entryBytes + (count * width) + CorpusRecordWriter.DigitCount(count) + CorpusRecordWriter.DigitCount(width);
    }
}
