namespace NewsCorpus.Generator.Parsing.Input;

/// <summary>Finds where bytes stop being valid UTF-8, by the rules of the Unicode standard (no overlongs, no surrogates, nothing above U+10FFFF).</summary>
internal static class Utf8Validation
{
    /// <summary>Offset of the first byte of the first invalid or truncated sequence, or -1 when all of <paramref name="bytes"/> is valid UTF-8.</summary>
    public static int FirstInvalidByte(byte[] bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            var lead = bytes[i];
            if (lead < 0x80)
            {
                i++;
                continue;
            }

            int trailing;
            byte low = 0x80, high = 0xBF; // allowed range of the first continuation byte
            if (lead is >= 0xC2 and <= 0xDF)
            {
                trailing = 1;
            }
            else if (lead is >= 0xE0 and <= 0xEF)
            {
                trailing = 2;
                low = lead == 0xE0 ? (byte)0xA0 : low;   // overlong
                high = lead == 0xED ? (byte)0x9F : high; // UTF-16 surrogates
            }
            else if (lead is >= 0xF0 and <= 0xF4)
            {
                trailing = 3;
                low = lead == 0xF0 ? (byte)0x90 : low;   // overlong
                high = lead == 0xF4 ? (byte)0x8F : high; // above U+10FFFF
            }
            else
            {
                return i;
            }

            if (i + trailing >= bytes.Length || bytes[i + 1] < low || bytes[i + 1] > high)
            {
                return i;
            }

            for (var k = 2; k <= trailing; k++)
            {
                if (bytes[i + k] is < 0x80 or > 0xBF)
                {
                    return i;
                }
            }

            i += trailing + 1;
        }

        return -1;
    }

    /// <summary>The UTF-8 length of <paramref name="text"/>[0..<paramref name="count"/>); an unpaired surrogate counts as the three bytes of U+FFFD that replace it.</summary>
    public static long ByteCount(string text, int count)
    {
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                bytes++;
            }
            else if (c < 0x800)
            {
                bytes += 2;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                bytes += 4;
                i++;
            }
            else
            {
                bytes += 3;
            }
        }

        return bytes;
    }
}
