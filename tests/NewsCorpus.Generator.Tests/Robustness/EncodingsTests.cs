using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing.Input;
using NewsCorpus.Generator.Tests.Infrastructure;
using NewsCorpus.Generator.Tests.Robustness.Support;

namespace NewsCorpus.Generator.Tests.Robustness;

/// <summary>
/// Corpus files arrive as whatever bytes people saved. The compiler decodes them (UTF-8, a byte order mark for
/// UTF-16, a fallback for anything else) and the generator must give the same article for the same text, say so
/// when the compiler had to guess, and skip binary data with a warning.
/// </summary>
public sealed class EncodingsTests
{
    private const string Article = "Café owners in Zürich say “prices rise”\n\nThe owner said: “We cannot go on like this,” and closed the shop.\n";

    public static TheoryData<string> Encodings => new() { "utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom" };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Utf8_with_and_without_bom_and_utf16_with_bom_give_the_same_article(string encoding)
    {
        var bytes = Encode(Article, encoding);
        var run = RawCorpus.RunBytes(new CorpusProject(), "cafe.txt", CompilerDecoding.Decode(bytes));
        var reference = new CorpusProject().WithFile("cafe.txt", Article).Run();

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == DiagnosticIds.NotUtf8 || d.Id == DiagnosticIds.BinaryFile);
        Assert.Equal(Sources(reference), Sources(run));
    }

    [Fact]
    public void Invalid_utf8_is_kept_with_a_warning_naming_the_file_and_the_first_bad_byte()
    {
        // "Caf\xE9" is Latin-1/Windows-1252, not UTF-8: byte 0xE9 sits at offset 3 of the second line.
        var head = Encoding.UTF8.GetBytes("Owners of a small cafe count their losses\n\nCaf");
        var bytes = head.Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes(" owners are worried.\n")).ToArray();

        var run = RawCorpus.RunBytes(new CorpusProject(), "latin.txt", CompilerDecoding.Decode(bytes)).ShouldCompile();

        var warning = Assert.Single(run.GeneratorDiagnostics, d => d.Id == DiagnosticIds.NotUtf8);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        var message = warning.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("latin.txt", message, StringComparison.Ordinal);
        Assert.Contains("offset " + head.Length.ToString(CultureInfo.InvariantCulture), message, StringComparison.Ordinal);
        var position = warning.Location.GetLineSpan();
        Assert.EndsWith("latin.txt", position.Path, StringComparison.Ordinal);
        Assert.Equal((2, 3), (position.StartLinePosition.Line, position.StartLinePosition.Character));
        Assert.Single(CompiledCorpus.Load(run).Articles);
    }

    [Fact]
    public void Invalid_utf8_is_decoded_as_windows_1252_where_that_is_the_compilers_fallback()
    {
        var bytes = Encoding.ASCII.GetBytes("Owners of a small cafe count their losses\n\nThe caf").Concat(new byte[] { 0xE9, 0x20, 0x93, 0x77, 0x61, 0x73, 0x94 }).Concat(Encoding.ASCII.GetBytes(" full.\n")).ToArray();

        var run = RawCorpus.RunBytes(new CorpusProject(), "cp1252.txt", CompilerDecoding.Decode(bytes, CompilerDecoding.Windows1252)).ShouldCompile();

        var warning = Assert.Single(run.GeneratorDiagnostics, d => d.Id == DiagnosticIds.NotUtf8);
        var message = warning.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("offset 50", message, StringComparison.Ordinal);
        Assert.Contains("windows-1252", message, StringComparison.Ordinal);
        var article = Assert.Single(CompiledCorpus.Load(run).Articles);
        var paragraph = ((System.Collections.IEnumerable)CompiledCorpus.Get(article, "Paragraphs")!).Cast<object>().Single();
        Assert.Equal("The café “was” full.", CompiledCorpus.Get(paragraph, "Text"));
    }

    [Fact]
    public void Invalid_bytes_after_a_utf8_bom_are_counted_from_the_start_of_the_file()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.ASCII.GetBytes("A headline with a bad byte in it\n\nBad ")).Concat(new byte[] { 0xFF }).Concat(Encoding.ASCII.GetBytes(" byte.\n")).ToArray();

        var run = RawCorpus.RunBytes(new CorpusProject(), "bom.txt", CompilerDecoding.Decode(bytes)).ShouldCompile();

        var warning = Assert.Single(run.GeneratorDiagnostics, d => d.Id == DiagnosticIds.NotUtf8);
        Assert.Contains("offset " + (bytes.Length - 8).ToString(CultureInfo.InvariantCulture), warning.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[]> BinaryFiles()
    {
        var random = new Random(8);
        var noise = new byte[4096];
        random.NextBytes(noise);
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52 }.Concat(noise).ToArray();
        var zeroFilledTail = Encoding.UTF8.GetBytes("A headline before a region of zeros\n\nText.\n").Concat(new byte[2048]).ToArray();
        return new TheoryData<string, byte[]>
        {
            { "random bytes", noise },
            { "an image", png },
            { "UTF-16 without a byte order mark", Encoding.Unicode.GetBytes(Article) },
            { "text with a zero-filled tail", zeroFilledTail },
            { "NUL bytes only", new byte[64] },
        };
    }

    [Theory]
    [MemberData(nameof(BinaryFiles))]
    public void Binary_content_is_skipped_with_a_warning_and_the_rest_generates(string kind, byte[] bytes)
    {
        var project = new CorpusProject().WithFile("good.txt", Article);

        var run = RawCorpus.Run(project, new Dictionary<string, AdditionalText> { ["blob.txt"] = Decoded("blob.txt", bytes) }).ShouldCompile();

        var diagnostics = run.GeneratorDiagnostics.Where(d => d.Location.GetLineSpan().Path.EndsWith("blob.txt", StringComparison.Ordinal)).ToList();
        Assert.True(diagnostics.Count > 0, kind);
        Assert.All(diagnostics, d => Assert.Contains(d.Id, new[] { DiagnosticIds.BinaryFile, DiagnosticIds.UnreadableFile, DiagnosticIds.NotUtf8 }));
        Assert.Contains(diagnostics, d => d.Id is DiagnosticIds.BinaryFile or DiagnosticIds.UnreadableFile);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        var article = Assert.Single(CompiledCorpus.Load(run).Articles);
        Assert.Equal("good", CompiledCorpus.Get(article, "Id"));
    }

    [Fact]
    public void A_binary_warning_points_at_the_first_control_character()
    {
        var text = "A headline above binary data\n\nab" + new string('\0', 40) + "\n";

        var parsed = InputGate.Parse(new CorpusFileSpec("/corpus/b.txt", "b", text));

        Assert.Null(parsed.Article);
        var diagnostic = Assert.Single(parsed.Diagnostics);
        Assert.Equal(DiagnosticIds.BinaryFile, diagnostic.DescriptorId);
        Assert.Equal((2, 2), (diagnostic.Span.StartLine, diagnostic.Span.StartColumn));
        Assert.Equal(text.IndexOf('\0', StringComparison.Ordinal), diagnostic.Span.Start);
    }

    [Fact]
    public void A_few_stray_control_characters_in_real_text_are_kept_as_text()
    {
        var text = "A headline with a stray bell character\n\nThe body has one \u0007 bell and one \0 NUL in a long enough sentence of words.\n";

        var parsed = InputGate.Parse(new CorpusFileSpec("/corpus/s.txt", "s", text));

        Assert.NotNull(parsed.Article);
        Assert.Contains("\0", parsed.Article!.Paragraphs.Single().Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("io")]
    [InlineData("unauthorized")]
    [InlineData("invalid data")]
    [InlineData("unexpected")]
    public void A_file_whose_reading_throws_is_reported_and_the_rest_generates(string failure)
    {
        Exception exception = failure switch
        {
            "io" => new IOException("disk gone"),
            "unauthorized" => new UnauthorizedAccessException("no access"),
            "invalid data" => new InvalidDataException("binary"),
            _ => new InvalidOperationException("something nobody expected"),
        };
        var project = new CorpusProject().WithFile("good.txt", Article);

        var run = RawCorpus.Run(project, new Dictionary<string, AdditionalText> { ["broken.txt"] = new RawCorpus.Throwing("broken.txt", exception) }).ShouldCompile();

        Assert.Single(run.GeneratorDiagnostics, d => d.Id == DiagnosticIds.UnreadableFile);
        Assert.Single(CompiledCorpus.Load(run).Articles);
    }

    [Fact]
    public void The_utf8_validator_agrees_with_the_strict_dotnet_decoder_on_random_bytes()
    {
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var random = new Random(11);
        for (var round = 0; round < 2000; round++)
        {
            var bytes = new byte[random.Next(0, 24)];
            random.NextBytes(bytes);
            for (var i = 0; i < bytes.Length; i++)
            {
                // Mostly ASCII and well-formed lead bytes, so valid sequences are common too.
                bytes[i] = random.Next(3) == 0 ? (byte)random.Next(0x20, 0x7F) : bytes[i];
            }

            int expected;
            try
            {
                strict.GetString(bytes);
                expected = -1;
            }
            catch (DecoderFallbackException exception)
            {
                expected = exception.Index;
            }

            Assert.True(expected == Utf8Validation.FirstInvalidByte(bytes), Convert.ToHexString(bytes));
        }
    }

    private static AdditionalText Decoded(string path, byte[] bytes)
    {
        try
        {
            return new InMemoryAdditionalText(CorpusProject.CorpusPath(path), CompilerDecoding.Decode(bytes));
        }
        catch (InvalidDataException)
        {
            // The compiler refuses some binary files itself (two NULs in a row after its fallback): it reports its own
            // error and the generator gets no text.
            return new InMemoryAdditionalText(CorpusProject.CorpusPath(path), (string?)null);
        }
    }

    private static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-8" => new UTF8Encoding(false).GetBytes(text),
        "utf-8-bom" => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(),
        "utf-16le-bom" => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(),
        "utf-16be-bom" => Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray(),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
    };

    private static List<(string, string)> Sources(GeneratorRun run) =>
        run.CorpusSources.Select(s => (s.HintName, s.SourceText.ToString())).ToList();
}
