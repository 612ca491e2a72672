using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing;
using NewsCorpus.Generator.Parsing.Input;

namespace NewsCorpus.Generator.Storage;

/// <summary>
/// A corpus file's bytes, read and parsed as the generator reads and parses an additional file: decoded as the
/// compiler decodes it (<see cref="CorpusTextDecoder"/>), refused above the article limit and noted when it is not
/// UTF-8 as <c>CorpusFileReader</c> does (<see cref="ReadChecks"/>), then <see cref="InputGate"/>, which skips binary
/// content and parses. The build task and the command-line tool read files from disk themselves; both come through
/// here, so neither can see a file differently from the generator.
/// </summary>
internal static class CorpusFileParser
{
    /// <param name="file">The file, its id root and its bytes (null when it could not be read).</param>
    /// <param name="maxArticleBytes">NewsCorpusMaxArticleBytes: a file with more UTF-8 bytes of text is skipped, as the generator skips it.</param>
    public static ParsedArticle Parse(CorpusBlobSource file, long maxArticleBytes = CorpusSettings.DefaultMaxArticleBytes)
    {
        var id = ArticleIds.FromPath(file.Path, file.Root);
        if (file.Bytes is null)
        {
            return InputGate.Parse(new CorpusFileSpec(file.Path, id, null));
        }

        var text = CorpusTextDecoder.Decode(file.Bytes, out var encoding);
        var bytes = System.Text.Encoding.UTF8.GetByteCount(text);
        if (bytes > maxArticleBytes)
        {
            var tooLarge = new CorpusFileSpec(file.Path, id, null) { ReadDiagnostics = new[] { ReadChecks.TooLarge(file.Path, bytes, maxArticleBytes) }.ToEquatableArray() };
            return InputGate.Parse(tooLarge);
        }

        var read = ReadChecks.Decoding(file.Path, text, encoding) is { } notUtf8
            ? new CorpusFileSpec(file.Path, id, text) { ReadDiagnostics = new[] { notUtf8 }.ToEquatableArray() }
            : new CorpusFileSpec(file.Path, id, text);
        return InputGate.Parse(read);
    }
}
