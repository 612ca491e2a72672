using System.Text;

namespace NewsCorpus.Generator.Storage;

/// <summary>The checksum of a record held as text, over exactly the UTF-8 bytes that get stored.</summary>
internal static class RecordChecksum
{
    // Records are valid UTF-16 by construction (CorpusRecordWriter), so no replacement happens here.
    private static readonly Encoding s_utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static uint Compute(string record) => global::NewsCorpus.CorpusChecksum.Compute(s_utf8.GetBytes(record));
}
