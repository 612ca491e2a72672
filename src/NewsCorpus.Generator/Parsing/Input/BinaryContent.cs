using System;
using System.Runtime.InteropServices;

namespace NewsCorpus.Generator.Parsing.Input;

/// <summary>
/// Tells binary data from text. Text never holds many control characters, so a file in which at least one
/// character in <see cref="Ratio"/> is a control character other than tab, the line breaks and form feed (NUL,
/// bell, escape, DEL…) is binary: an image, an archive, a document format, UTF-16 saved without a byte order mark.
/// Parsing it would only turn noise into an article. A few stray control characters in real text do not count:
/// they stay in the article as data.
/// </summary>
internal static class BinaryContent
{
    /// <summary>One control character in this many characters makes a file binary (5%).</summary>
    public const int Ratio = 20;

    /// <summary>What makes <paramref name="text"/> binary, or null when it reads as text.</summary>
    public static BinaryEvidence? Inspect(string text)
    {
        var count = 0;
        var first = -1;

        // Every byte of every file is read here, four characters at a time: a block with no character below the
        // space and no DEL (nearly every block of text) is passed at once, the rest is read character by character.
        var blocks = MemoryMarshal.Cast<char, ulong>(text.AsSpan());
        for (var b = 0; b < blocks.Length; b++)
        {
            if (MayHoldControl(blocks[b]))
            {
                for (var i = b * 4; i < b * 4 + 4; i++)
                {
                    Count(text, i, ref count, ref first);
                }
            }
        }

        for (var i = blocks.Length * 4; i < text.Length; i++)
        {
            Count(text, i, ref count, ref first);
        }

        return count > 0 && (long)count * Ratio >= text.Length ? new BinaryEvidence(count, text.Length, first) : null;
    }

    private static void Count(string text, int i, ref int count, ref int first)
    {
        if (IsControl(text[i]))
        {
            first = first < 0 ? i : first;
            count++;
        }
    }

    /// <summary>
    /// False when none of the four UTF-16 characters in <paramref name="block"/> is below U+0020 or is U+007F. A
    /// lane below n borrows in (lane - n) and has its top bit clear, which the test reads; a borrow out of a lane
    /// happens only when that lane is below n, so the test never misses one.
    /// </summary>
    private static bool MayHoldControl(ulong block)
    {
        const ulong Ones = 0x0001000100010001UL;
        const ulong Tops = 0x8000800080008000UL;
        var del = block ^ (Ones * 0x7F);
        var belowSpace = (block - (Ones * 0x20)) & ~block;
        var isDel = (del - Ones) & ~del;
        return ((belowSpace | isDel) & Tops) != 0;
    }

    /// <summary>C0 controls and DEL, less the ones plain text uses. C1 controls are left out: a Windows-1252 file read as Latin-1 has them for its curly quotes.</summary>
    private static bool IsControl(char c) =>
        (c < ' ' && c is not '\t' and not '\n' and not '\v' and not '\f' and not '\r') || c == '\u007F';
}

/// <param name="ControlCharacters">How many control characters the text holds.</param>
/// <param name="Length">The text's length in characters.</param>
/// <param name="FirstIndex">Offset of the first one, where the diagnostic points.</param>
internal readonly record struct BinaryEvidence(int ControlCharacters, int Length, int FirstIndex);
