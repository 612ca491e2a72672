using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing;
using NewsCorpus.Generator.Parsing.Input;

namespace NewsCorpus.Generator.Storage;

/// <summary>One corpus file as the build task sees it: its full path, the folder ids are relative to, its bytes.</summary>
/// <param name="Bytes">The file's content, or null when it could not be read.</param>
internal sealed record CorpusBlobSource(string Path, string? Root, byte[]? Bytes);

/// <summary>
/// Builds the embedded corpus resource from file bytes with the generator's own steps: decode as the compiler
/// does (<see cref="CorpusTextDecoder"/>), parse (<see cref="InputGate"/>, as the generator does), encode
/// (<see cref="ArticleRecordEncoder"/>) and lay out (<see cref="ResourcePlanner"/>). The build task and the tests
/// call it; it does no I/O of its own.
/// </summary>
internal static class CorpusBlobBuilder
{
    private static readonly CorpusSettings s_settings = new(string.Empty, CorpusSettings.DefaultClassName, CorpusSettings.DefaultChunkSize, EquatableArray<DiagnosticSpec>.Empty);

    /// <summary>Parses and encodes every file (in parallel: files are independent) and returns the header and records in stored order.</summary>
    /// <param name="files">The corpus files.</param>
    /// <param name="maxArticleBytes">NewsCorpusMaxArticleBytes: a file with more UTF-8 bytes of text is skipped, as the generator skips it.</param>
    public static (string Header, IReadOnlyList<EncodedArticle> Records) Build(IReadOnlyList<CorpusBlobSource> files, long maxArticleBytes = CorpusSettings.DefaultMaxArticleBytes)
    {
        var encoded = new EncodedArticle?[files.Count];
        Parallel.For(0, files.Count, i => encoded[i] = Encode(files[i], maxArticleBytes));

        var articles = new List<EncodedArticle>(files.Count);
        foreach (var article in encoded)
        {
            if (article is not null)
            {
                articles.Add(article);
            }
        }

        var (layout, records) = ResourcePlanner.Plan(articles, s_settings);
        return (layout.Resource!.Header, records);
    }

    /// <summary>Writes the header line and the records, in the layout <see cref="ResourcePlanner"/> gave them.</summary>
    public static void Write(Stream output, string header, IReadOnlyList<EncodedArticle> records)
    {
        var headerBytes = CorpusBlobFormat.HeaderBytes(header);
        output.Write(headerBytes, 0, headerBytes.Length);
        var utf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (var record in records)
        {
            var bytes = utf8.GetBytes(record.Record);
            output.Write(bytes, 0, bytes.Length);
        }
    }

    private static EncodedArticle? Encode(CorpusBlobSource file, long maxArticleBytes)
    {
        var text = file.Bytes is null ? null : CorpusTextDecoder.Decode(file.Bytes);
        if (text is not null && System.Text.Encoding.UTF8.GetByteCount(text) > maxArticleBytes)
        {
            return null;
        }

        // The generator's per-file step: InputGate skips binary content, then the parser runs.
        var parsed = InputGate.Parse(new CorpusFileSpec(file.Path, ArticleIds.FromPath(file.Path, file.Root), text));
        return parsed.Article is null ? null : ArticleRecordEncoder.Encode(parsed.Article);
    }
}
