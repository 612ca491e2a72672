using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using NewsCorpus.Generator.Tests.Infrastructure;

namespace NewsCorpus.Generator.Tests.Storage;

/// <summary>
/// The runtime decodes short UTF-8 text itself (<c>CorpusText.Decode</c>, to keep Encoding.UTF8's first-call cost
/// off the way to the first headline): it must give exactly what Encoding.UTF8 gives, for any bytes.
/// </summary>
public sealed class RuntimeTextDecodingTests
{
    private const string ProbeSource = """
        public static class TextProbe
        {
            public static string Decode(byte[] bytes) => global::NewsCorpus.CorpusText.Decode(bytes);
        }
        """;

    private static readonly Lazy<MethodInfo> s_decode = new(() =>
    {
        var project = new CorpusProject().WithFile("a.txt", "Headline\n\nBody.\n");
        project.Sources.Add(ProbeSource);
        var corpus = CompiledCorpus.Load(project.Run());
        return corpus.Assembly.GetType("TextProbe", throwOnError: true)!.GetMethod("Decode")!;
    });

    [Fact]
    public void Well_formed_text_of_every_length_and_width_decodes_like_Encoding_UTF8()
    {
        // One, two, three and four byte characters, around the stack buffer's 256 bytes and beyond it.
        const string alphabet = "aZ09 -\"é ñ Ł ж 東 京 — \u2019 \U0001F600 \U00010348 \uFFFD \u007F \u0080 \u07FF \u0800 \uFFFF";
        var random = new Random(20261205);
        for (var n = 0; n < 3000; n++)
        {
            var builder = new StringBuilder();
            var length = random.Next(0, n % 10 == 0 ? 400 : 80);
            while (builder.Length < length)
            {
                var i = random.Next(alphabet.Length);
                builder.Append(char.IsHighSurrogate(alphabet[i]) ? alphabet.Substring(i, 2) : char.IsLowSurrogate(alphabet[i]) ? "x" : alphabet.Substring(i, 1));
            }

            AssertDecodesLikeEncoding(Encoding.UTF8.GetBytes(builder.ToString()));
        }
    }

    [Fact]
    public void Ill_formed_bytes_decode_like_Encoding_UTF8_with_its_replacement_characters()
    {
        var cases = new List<byte[]>
        {
            new byte[] { 0xC0, 0x80 },             // overlong NUL
            new byte[] { 0xE0, 0x80, 0x80 },       // overlong
            new byte[] { 0xF0, 0x80, 0x80, 0x80 }, // overlong
            new byte[] { 0xED, 0xA0, 0x80 },       // a surrogate
            new byte[] { 0xF4, 0x90, 0x80, 0x80 }, // beyond U+10FFFF
            new byte[] { 0x41, 0xC3 },             // cut short
            new byte[] { 0xE2, 0x82 },
            new byte[] { 0x80, 0x41 },             // a lone continuation byte
            new byte[] { 0xF8, 0x88, 0x80, 0x80, 0x80 },
            new byte[] { 0xFF, 0xFE },
            new byte[] { 0xC3, 0x41 },
        };
        var random = new Random(7);
        for (var n = 0; n < 2000; n++)
        {
            var bytes = new byte[random.Next(1, 12)];
            random.NextBytes(bytes);
            cases.Add(bytes);
        }

        foreach (var bytes in cases)
        {
            AssertDecodesLikeEncoding(bytes);
        }
    }

    private static void AssertDecodesLikeEncoding(byte[] bytes) =>
        Assert.Equal(Encoding.UTF8.GetString(bytes), (string)s_decode.Value.Invoke(null, new object[] { bytes })!);
}
