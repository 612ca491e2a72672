using System;
using NewsCorpus.Generator.Parsing.Input;

namespace NewsCorpus.Generator.Tests.Parsing.Input;

/// <summary>
/// <see cref="BinaryContent.Inspect"/> reads four characters at a time; it must count exactly what a plain scan
/// counts, wherever the control characters sit in a block and whatever surrounds them.
/// </summary>
public sealed class BinaryContentTests
{
    /// <summary>Characters next to the edges of the control range, and above the top bit of a 16-bit lane.</summary>
    private static readonly char[] s_alphabet =
    {
        'a', ' ', '!', '~', '\u007F', '\u0080', '\u009F', '\0', '\u0001', '\u001F', '\t', '\n', '\v', '\f', '\r',
        '\u00A0', '\u2028', '\u7FFF', '\u8000', '\uFFFF', '\u201C',
    };

    [Fact]
    public void Counts_as_a_plain_scan_does()
    {
        var random = new Random(20240118);
        for (var n = 0; n < 4000; n++)
        {
            var chars = new char[random.Next(0, 40)];
            var controls = random.Next(4);
            for (var i = 0; i < chars.Length; i++)
            {
                // Mostly printable text, with as many control characters as the case asks for.
                chars[i] = random.Next(4) < controls ? s_alphabet[random.Next(s_alphabet.Length)] : (char)random.Next(' ', '\u007F');
            }

            var text = new string(chars);
            Assert.Equal(Expected(text), BinaryContent.Inspect(text));
        }
    }

    [Fact]
    public void A_single_control_character_is_found_at_every_offset()
    {
        for (var length = 1; length <= 12; length++)
        {
            for (var at = 0; at < length; at++)
            {
                foreach (var control in new[] { '\0', '\u001F', '\u007F' })
                {
                    var chars = new string('x', length).ToCharArray();
                    chars[at] = control;
                    var text = new string(chars);
                    var evidence = BinaryContent.Inspect(text);
                    Assert.Equal(Expected(text), evidence);
                    Assert.Equal(at, evidence!.Value.FirstIndex);
                }
            }
        }
    }

    private static BinaryEvidence? Expected(string text)
    {
        var count = 0;
        var first = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c < ' ' && c is not '\t' and not '\n' and not '\v' and not '\f' and not '\r') || c == '\u007F')
            {
                first = first < 0 ? i : first;
                count++;
            }
        }

        return count > 0 && (long)count * BinaryContent.Ratio >= text.Length ? new BinaryEvidence(count, text.Length, first) : null;
    }
}
