using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using NewsCorpus.Generator.Parsing.Input;
using NewsCorpus.Generator.Storage;

namespace NewsCorpus.Generator.Tests.Storage;

/// <summary>
/// The build task decodes corpus files itself; the generator gets the compiler's text. These pin the task's
/// decoder to the compiler's own reader for additional files (Roslyn's internal EncodedStringText), on this
/// runtime, for every kind of input that decides an encoding.
/// </summary>
public sealed class CorpusTextDecoderTests
{
    public static TheoryData<string, byte[]> Inputs => new()
    {
        { "plain UTF-8", Encoding.UTF8.GetBytes("Zelensky met Łukaszenka in Kyiv — \"talks\" went well.\n") },
        { "UTF-8 with BOM", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Headline: Zürich\n\nBody.")).ToArray() },
        { "UTF-16 LE with BOM", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Headline: 東京\n\nBody.")).ToArray() },
        { "UTF-16 BE with BOM", Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes("Headline: Kraków\n\nBody.")).ToArray() },
        { "invalid UTF-8 (Windows-1252 smart quotes)", new byte[] { 0x93, 0x48, 0x69, 0x94, 0x20, 0x63, 0x61, 0x66, 0xE9, 0x20, 0x80, 0x0A } },
        { "invalid UTF-8 with every high byte", Enumerable.Range(0x41, 0xFF - 0x40).Select(b => (byte)b).ToArray() },
        { "empty", Array.Empty<byte>() },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Decodes_like_the_compiler_reads_an_additional_file(string name, byte[] bytes)
    {
        Assert.NotNull(name);
        Assert.Equal(CompilerText(bytes).ToString(), CorpusTextDecoder.Decode(bytes));
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Reports_a_decoding_fallback_as_the_generator_does_from_the_compilers_text(string name, byte[] bytes)
    {
        var compiler = CompilerText(bytes);
        var text = CorpusTextDecoder.Decode(bytes, out var encoding);

        var expected = ReadChecks.Decoding("a.txt", compiler.ToString(), compiler.Encoding);
        Assert.Equal(expected, ReadChecks.Decoding("a.txt", text, encoding));
        Assert.Equal(name.StartsWith("invalid", StringComparison.Ordinal), expected is not null);
    }

    /// <summary>What csc does for an additional file: EncodedStringText.Create(stream) with no encoding given.</summary>
    private static SourceText CompilerText(byte[] bytes)
    {
        var type = typeof(SourceText).Assembly.GetType("Microsoft.CodeAnalysis.Text.EncodedStringText", throwOnError: true)!;
        var create = type.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
            .Single(m => m.Name == "Create" && m.GetParameters().Length == 4 && m.GetParameters()[0].ParameterType == typeof(Stream));
        using var stream = new MemoryStream(bytes);
        return (SourceText)create.Invoke(null, new object?[] { stream, null, SourceHashAlgorithm.Sha1, false })!;
    }
}
