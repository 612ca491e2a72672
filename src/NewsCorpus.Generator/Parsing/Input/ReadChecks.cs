using System.Globalization;
using System.Text;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Parsing.Input;

/// <summary>
/// What reading a corpus file reports before it is parsed: a file over the article limit (NC0012) and a file the
/// compiler had to decode with a fallback (NC0011). The generator reports these from the text the compiler gives it
/// (<c>CorpusFileReader</c>); in resource mode the build task reports the same from the file's bytes
/// (<c>CorpusBlobBuilder</c>), because the compiler is then never handed the corpus files.
/// </summary>
internal static class ReadChecks
{
    /// <summary>NC0012: the file has more UTF-8 bytes of text than NewsCorpusMaxArticleBytes allows.</summary>
    public static DiagnosticSpec TooLarge(string path, long bytes, long maxArticleBytes) =>
        At(DiagnosticIds.ArticleTooLarge, path, TextSpanSpec.FileStart, Invariant(bytes), Invariant(maxArticleBytes));

    /// <summary>NC0011 when <paramref name="encoding"/> decoded <paramref name="content"/> with a fallback, else null.</summary>
    public static DiagnosticSpec? Decoding(string path, string content, Encoding? encoding) =>
        DecodingCheck.Inspect(content, encoding) is { } problem
            ? At(DiagnosticIds.NotUtf8, path, TextPosition.At(content, problem.CharIndex), Invariant(problem.ByteOffset), problem.DecodedAs)
            : null;

    /// <summary>A diagnostic in the file at <paramref name="path"/>, whose message names the file first.</summary>
    public static DiagnosticSpec At(string id, string path, TextSpanSpec span, params string[] arguments)
    {
        var all = new string[arguments.Length + 1];
        all[0] = path;
        arguments.CopyTo(all, 1);
        return new DiagnosticSpec(id, path, span, all.ToEquatableArray());
    }

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
