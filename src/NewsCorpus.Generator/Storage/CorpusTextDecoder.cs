using System;
using System.Text;

namespace NewsCorpus.Generator.Storage;

/// <summary>
/// Turns a corpus file's bytes into text the way the C# compiler does for an additional file, so the build task
/// (which reads files itself) parses exactly the text the generator gets from Roslyn: a byte order mark decides
/// the encoding when there is one (UTF-8, UTF-16 LE or BE), otherwise strict UTF-8, and when that fails the
/// compiler's fallback: the system's ANSI code page where there is one (Windows-1252 on most Windows machines),
/// UTF-8 with replacement characters elsewhere. If the two ever disagree the corpus digest differs and the
/// generator stores the corpus inline instead (NC0031), so a difference costs build time, never correctness.
/// </summary>
internal static class CorpusTextDecoder
{
    private static readonly Encoding s_strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Encoding s_fallback = CreateFallbackEncoding();

    public static string Decode(byte[] bytes) => Decode(bytes, out _);

    /// <summary>Decodes as the compiler does and says with which encoding, as the compiler's SourceText.Encoding would.</summary>
    public static string Decode(byte[] bytes, out Encoding encoding)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            encoding = Encoding.UTF8;
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            encoding = Encoding.Unicode;
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            encoding = Encoding.BigEndianUnicode;
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }

        try
        {
            encoding = s_strictUtf8;
            return s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            encoding = s_fallback;
            return s_fallback.GetString(bytes);
        }
    }

    /// <summary>
    /// Roslyn's EncodedStringText.CreateFallbackEncoding: register the code-pages provider when the runtime has one
    /// (found by name: a netstandard2.0 task cannot reference it), then the ANSI code page, else 1252, else Latin-1.
    /// </summary>
    private static Encoding CreateFallbackEncoding()
    {
        try
        {
            var provider = Type.GetType("System.Text.CodePagesEncodingProvider, System.Text.Encoding.CodePages", throwOnError: false)
                ?.GetProperty("Instance")?.GetValue(null) as EncodingProvider;
            if (provider is not null)
            {
                Encoding.RegisterProvider(provider);
            }

            return Encoding.GetEncoding(0) ?? Encoding.GetEncoding(1252);
        }
        catch (Exception exception) when (exception is NotSupportedException or ArgumentException)
        {
            return Encoding.GetEncoding("Latin1");
        }
    }
}
