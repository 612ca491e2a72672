using NewsCorpus.Generator.Storage;

namespace NewsCorpus.Generator.Tests.Storage;

/// <summary>The writer's one-pass paths store exactly what joining and re-encoding the text would.</summary>
public sealed class CorpusRecordWriterTests
{
    // Lone surrogates cannot sit in attribute arguments (stored as UTF-8), so the cases are built in code.
    public static TheoryData<string[]> ParagraphLists => new()
    {
        new[] { "First paragraph.", "Second, with “quotes” and café." },
        new[] { "", "After an empty one.", "", "And another." },
        new[] { "Lone high \uD800", "\uDC00lone low", "Pair \uD83D\uDE00 kept" },
        new[] { "" },
        new string[0],
    };

    public static TheoryData<string> Texts => new()
    {
        "ascii only", "é ü ß — “” 中文", "emoji \uD83D\uDE00 pair", "lone \uD800 high", "lone \uDC00 low", "ends high \uD800", "\uDC00\uD800",
    };

    [Theory]
    [MemberData(nameof(ParagraphLists))]
    public void Joined_paragraphs_are_stored_as_the_joined_string(string[] paragraphs)
    {
        var joined = new System.Text.StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            if (joined.Length > 0)
            {
                joined.Append(CorpusRecordFormat.ParagraphSeparator);
            }

            joined.Append(paragraph);
        }

        var expected = new CorpusRecordWriter();
        expected.WriteString(joined.ToString());

        var cleaned = new string[paragraphs.Length];
        var lengths = new int[paragraphs.Length];
        for (var i = 0; i < paragraphs.Length; i++)
        {
            cleaned[i] = CorpusRecordWriter.Clean(paragraphs[i], out lengths[i]);
        }

        var actual = new CorpusRecordWriter();
        actual.WriteJoined(cleaned, lengths, CorpusRecordFormat.ParagraphSeparator);

        Assert.Equal(expected.ToString(), actual.ToString());
        Assert.Equal(expected.ByteLength, actual.ByteLength);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Utf8_length_is_the_stored_byte_count(string text)
    {
        var utf8 = new System.Text.UTF8Encoding(false, false);
        Assert.Equal(utf8.GetByteCount(CorpusRecordWriter.ToValidUtf16(text)), CorpusRecordWriter.Utf8Length(text));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_record_as_utf8_is_the_encoding_of_its_text_in_exactly_its_byte_length(string text)
    {
        var writer = new CorpusRecordWriter();
        writer.WriteString(text);
        writer.WriteNumber(12345);
        writer.WriteString("tail " + text);
        char[]? scratch = new char[2];

        var bytes = writer.ToUtf8(ref scratch);

        Assert.Equal(new System.Text.UTF8Encoding(false, false).GetBytes(writer.ToString()), bytes);
        Assert.Equal(writer.ByteLength, bytes.Length);
        Assert.True(scratch!.Length >= writer.ToString().Length, "the scratch buffer grows to the record");
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Text_is_cleaned_as_its_utf8_bytes_wherever_it_sits_among_ascii(string text)
    {
        // The scans read four characters at a time: each case at every offset from a group's start, and long enough to fill groups.
        var utf8 = new System.Text.UTF8Encoding(false, false);
        for (var offset = 0; offset < 8; offset++)
        {
            var padded = new string('a', offset) + text + "tail end";
            var expected = utf8.GetString(utf8.GetBytes(padded));

            Assert.Equal(expected, CorpusRecordWriter.ToValidUtf16(padded));
            Assert.Equal(expected, CorpusRecordWriter.Clean(padded, out var bytes));
            Assert.Equal(utf8.GetByteCount(expected), bytes);
        }
    }
}
