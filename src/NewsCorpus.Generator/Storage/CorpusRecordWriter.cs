using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Text;
using NewsCorpus.Generator.Model;
using Format = NewsCorpus.CorpusRecordFormat;

namespace NewsCorpus.Generator.Storage;

/// <summary>
/// Appends record fields as text: numbers in the printable digits of <see cref="Format"/>, strings as their
/// UTF-8 byte length followed by the string. The result is a .NET string whose UTF-8 encoding is exactly the
/// stored bytes, so it can be written into a <c>"..."u8</c> literal or a resource unchanged.
/// </summary>
internal sealed class CorpusRecordWriter
{
    // Lone surrogates cannot be stored as UTF-8; replacing them once here keeps the byte count and the text in step.
    private static readonly Encoding s_utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly StringBuilder _text;

    public CorpusRecordWriter()
        : this(new StringBuilder())
    {
    }

    /// <summary>Writes into <paramref name="buffer"/>, emptied first: a caller that encodes many records reuses one builder.</summary>
    public CorpusRecordWriter(StringBuilder buffer) => _text = buffer.Clear();

    public int ByteLength { get; private set; }

    public void WriteNumber(int value)
    {
        var remaining = (uint)value;
        while (remaining > Format.DigitMask)
        {
            Append((char)(Format.MoreDigitBase + (remaining & Format.DigitMask)), 1);
            remaining >>= Format.DigitBits;
        }

        Append((char)(Format.LastDigitBase + remaining), 1);
    }

    /// <summary>
    /// Writes <paramref name="value"/> in at least <paramref name="digits"/> digits, padded with zero digits of
    /// higher weight. It reads back like any number, and a table of such numbers can be indexed by position.
    /// </summary>
    public void WriteNumber(int value, int digits)
    {
        var remaining = (uint)value;
        for (var written = 1; written < digits || remaining > Format.DigitMask; written++)
        {
            Append((char)(Format.MoreDigitBase + (remaining & Format.DigitMask)), 1);
            remaining >>= Format.DigitBits;
        }

        Append((char)(Format.LastDigitBase + remaining), 1);
    }

    /// <summary>How many digits <see cref="WriteNumber(int)"/> writes for <paramref name="value"/>, without writing them.</summary>
    public static int DigitCount(int value)
    {
        var digits = 1;
        for (var remaining = (uint)value; remaining > Format.DigitMask; remaining >>= Format.DigitBits)
        {
            digits++;
        }

        return digits;
    }

    public void WriteString(string value)
    {
        var clean = Clean(value, out var bytes);
        WriteNumber(bytes);
        _text.Append(clean);
        ByteLength += bytes;
    }

    public void WriteNullableString(string? value)
    {
        if (value is null)
        {
            WriteNumber(0);
            return;
        }

        var clean = Clean(value, out var bytes);
        WriteNumber(bytes + 1);
        _text.Append(clean);
        ByteLength += bytes;
    }

    /// <summary>
    /// Writes <paramref name="values"/> joined by <paramref name="separator"/> as one string, exactly as
    /// <see cref="WriteString"/> writes the joined text, without building it first. Like a builder that adds the
    /// separator only once it holds text, no separator comes before the first non-empty value. The separator must
    /// hold no surrogate, so no pair forms across a join; <paramref name="values"/> and <paramref name="byteLengths"/>
    /// are as <see cref="Clean"/> gives them, so a text is checked once, when its length is taken.
    /// </summary>
    public void WriteJoined(IReadOnlyList<string> values, IReadOnlyList<int> byteLengths, string separator)
    {
        var separatorBytes = s_utf8.GetByteCount(separator);
        var bytes = 0;
        var any = false;
        for (var i = 0; i < values.Count; i++)
        {
            bytes += byteLengths[i] + (any ? separatorBytes : 0);
            any |= values[i].Length > 0;
        }

        WriteNumber(bytes);
        any = false;
        for (var i = 0; i < values.Count; i++)
        {
            if (any)
            {
                _text.Append(separator);
            }

            _text.Append(values[i]);
            any |= values[i].Length > 0;
        }

        ByteLength += bytes;
    }

    // An EquatableArray, not an IReadOnlyList: the list's strings are read as a span, without boxing the array
    // and allocating an enumerator for each list of each record.
    public void WriteStringList(EquatableArray<string> values)
    {
        WriteNumber(values.Count);
        foreach (var value in values.AsSpan())
        {
            WriteString(value);
        }
    }

    public override string ToString() => _text.ToString();

    /// <summary>
    /// The record's UTF-8 bytes, in an array of exactly <see cref="ByteLength"/>: the text is copied out through
    /// <paramref name="scratch"/> (grown when too small, and reusable), so no string of it is made.
    /// </summary>
    public byte[] ToUtf8(ref char[]? scratch)
    {
        var length = _text.Length;
        if (scratch is null || scratch.Length < length)
        {
            scratch = new char[System.Math.Max(length, 1 << 12)];
        }

        _text.CopyTo(0, scratch, 0, length);
        var bytes = new byte[ByteLength];
        var written = s_utf8.GetBytes(scratch, 0, length, bytes, 0);
        if (written != bytes.Length)
        {
            // ByteLength is counted as each piece is written, every piece made valid UTF-16 first (Clean,
            // ToValidUtf16): a mismatch is a bug in the writer, not bad input.
            throw new System.InvalidOperationException($"A record counted {bytes.Length} UTF-8 bytes but encodes to {written}.");
        }

        return bytes;
    }

    /// <summary>The number of bytes <see cref="WriteString"/> stores for <paramref name="value"/>.</summary>
    public static int Utf8Length(string value)
    {
        Clean(value, out var bytes);
        return bytes;
    }

    /// <summary>Replaces unpaired surrogates with U+FFFD, the same character UTF-8 decoding would give back.</summary>
    internal static string ToValidUtf16(string value)
    {
        var chars = value.AsSpan();
        var quads = MemoryMarshal.Cast<char, ulong>(chars);
        var i = 0;
        while (i < chars.Length)
        {
            // Four characters at a time while none is 0x8000 or more (ASCII, accents, punctuation): no surrogate among them.
            if ((i & 3) == 0 && (i = SkipQuads(quads, i, 0x8000_8000_8000_8000)) >= chars.Length)
            {
                break;
            }

            if (char.IsSurrogate(chars[i]))
            {
                if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
                {
                    i += 2;
                    continue;
                }

                return s_utf8.GetString(s_utf8.GetBytes(value));
            }

            i++;
        }

        return value;
    }

    /// <summary><see cref="ToValidUtf16"/> of <paramref name="value"/> and its UTF-8 length, in one pass when it is valid (as nearly every string is).</summary>
    internal static string Clean(string value, out int bytes)
    {
        bytes = ValidUtf8Length(value);
        if (bytes >= 0)
        {
            return value;
        }

        var clean = ToValidUtf16(value);
        bytes = s_utf8.GetByteCount(clean);
        return clean;
    }

    /// <summary>The UTF-8 length of <paramref name="value"/> by the encoding's rules, or -1 when it holds an unpaired surrogate.</summary>
    private static int ValidUtf8Length(string value)
    {
        var chars = value.AsSpan();
        var quads = MemoryMarshal.Cast<char, ulong>(chars);
        var bytes = chars.Length;
        var i = 0;
        while (i < chars.Length)
        {
            // Four ASCII characters at a time (one byte each): most of every record is ASCII.
            if ((i & 3) == 0 && (i = SkipQuads(quads, i, 0xFF80_FF80_FF80_FF80)) >= chars.Length)
            {
                break;
            }

            var c = chars[i++];
            if (c < '\u0080')
            {
                continue;
            }

            if (c < '\u0800')
            {
                bytes += 1;
            }
            else if (!char.IsSurrogate(c))
            {
                bytes += 2;
            }
            else if (char.IsHighSurrogate(c) && i < chars.Length && char.IsLowSurrogate(chars[i]))
            {
                // Two UTF-16 units, four bytes.
                bytes += 2;
                i++;
            }
            else
            {
                return -1;
            }
        }

        return bytes;
    }

    /// <summary>
    /// From character <paramref name="i"/> (a multiple of four), past every group of four characters none of which
    /// has a bit of <paramref name="mask"/> (one 16-bit lane per character): where the first such character's group
    /// starts, or the end of the whole groups.
    /// </summary>
    private static int SkipQuads(ReadOnlySpan<ulong> quads, int i, ulong mask)
    {
        var quad = i >> 2;
        while (quad < quads.Length && (quads[quad] & mask) == 0)
        {
            quad++;
        }

        return quad << 2;
    }

    private void Append(char digit, int bytes)
    {
        _text.Append(digit);
        ByteLength += bytes;
    }
}
