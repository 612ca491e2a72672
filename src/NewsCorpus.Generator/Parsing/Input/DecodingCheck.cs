using System;
using System.Text;

namespace NewsCorpus.Generator.Parsing.Input;

/// <summary>
/// Says whether the compiler had to guess when it decoded a corpus file. Roslyn reads additional files as UTF-8
/// (a byte order mark selects UTF-16 or UTF-32) and, when the bytes are not valid UTF-8, falls back: on Windows
/// to the system's ANSI code page (Windows-1252 on Western systems), elsewhere to UTF-8 with U+FFFD in place of
/// each invalid sequence. The article is kept either way; this finds the first byte that was not UTF-8, so the
/// warning can say where to look.
/// </summary>
internal static class DecodingCheck
{
    private const int Utf16LittleEndian = 1200;
    private const int Utf16BigEndian = 1201;
    private const int Utf32LittleEndian = 12000;
    private const int Utf32BigEndian = 12001;
    private const int Utf8 = 65001;

    /// <summary>What went wrong decoding <paramref name="text"/> with <paramref name="encoding"/>, or null when nothing did.</summary>
    public static DecodingProblem? Inspect(string text, Encoding? encoding)
    {
        if (encoding is null)
        {
            // Text handed over as a string (an editor buffer) was never bytes.
            return null;
        }

        try
        {
            return encoding.CodePage switch
            {
                Utf8 => InspectUtf8(text, encoding),
                Utf16LittleEndian or Utf16BigEndian or Utf32LittleEndian or Utf32BigEndian => null,
                _ => InspectCodePage(text, encoding),
            };
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or EncoderFallbackException)
        {
            return null;
        }
    }

    private static DecodingProblem? InspectUtf8(string text, Encoding encoding)
    {
        // The compiler's first, strict attempt throws on bad bytes: text it returns with that decoder is valid.
        if (encoding.DecoderFallback is DecoderExceptionFallback)
        {
            return null;
        }

        var index = text.IndexOf('\uFFFD');
        if (index < 0)
        {
            return null;
        }

        var offset = encoding.GetPreamble().Length + Utf8Validation.ByteCount(text, index);
        return new DecodingProblem(index, offset, "UTF-8 with U+FFFD in place of each invalid byte sequence");
    }

    private static DecodingProblem? InspectCodePage(string text, Encoding encoding)
    {
        // A code page maps every byte to a character and back, so re-encoding gives the file's bytes.
        var bytes = encoding.GetBytes(text);
        var offset = Utf8Validation.FirstInvalidByte(bytes);
        if (offset < 0)
        {
            return null;
        }

        return new DecodingProblem(encoding.GetCharCount(bytes, 0, offset), offset, encoding.WebName);
    }
}

/// <param name="CharIndex">Where in the decoded text the first invalid byte ended up.</param>
/// <param name="ByteOffset">Offset of that byte in the file.</param>
/// <param name="DecodedAs">How the compiler read the file instead ("windows-1252").</param>
internal sealed record DecodingProblem(int CharIndex, long ByteOffset, string DecodedAs);
