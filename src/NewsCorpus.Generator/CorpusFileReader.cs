using System;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NewsCorpus.Generator.Configuration;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing;
using NewsCorpus.Generator.Parsing.Input;

namespace NewsCorpus.Generator;

/// <summary>
/// The first pipeline step: decides whether an additional file is a corpus article and, if so, copies what
/// later steps need out of Roslyn's objects into a plain <see cref="CorpusFileSpec"/>. It is also the only step
/// that sees how the compiler decoded the file and how big it is, so it notes a decoding fallback (NC0011) and
/// refuses a file over the article limit (NC0012) before its text is ever copied.
/// </summary>
internal static class CorpusFileReader
{
    /// <summary>The folder whose .txt files are corpus articles without any configuration.</summary>
    public const string DefaultCorpusFolder = "corpus";

    private const int CopyBlock = 1 << 16;

    public static CorpusFileSpec? Read(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var fileOptions = options.GetOptions(file);
        if (!IsCorpusFile(fileOptions))
        {
            return null;
        }

        var id = ArticleIds.FromPath(file.Path, ResolveRoot(fileOptions, options.GlobalOptions));
        try
        {
            return ReadText(file, id, SettingsReader.ReadMaxArticleBytes(options.GlobalOptions), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A generator that throws loses every generated file (CS8785): whatever went wrong is this file's problem only.
            return new CorpusFileSpec(file.Path, id, null)
            {
                ReadDiagnostics = new[] { ReadChecks.At(DiagnosticIds.UnreadableFile, file.Path, TextSpanSpec.FileStart, exception.GetType().Name + ": " + exception.Message) }.ToEquatableArray(),
            };
        }
    }

    private static CorpusFileSpec ReadText(AdditionalText file, string id, long maxArticleBytes, CancellationToken cancellationToken)
    {
        SourceText? text;
        try
        {
            text = file.GetText(cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            text = null;
        }

        if (text is null)
        {
            return new CorpusFileSpec(file.Path, id, null);
        }

        var bytes = Utf8Length(text, cancellationToken);
        if (bytes > maxArticleBytes)
        {
            var tooLarge = ReadChecks.TooLarge(file.Path, bytes, maxArticleBytes);
            return new CorpusFileSpec(file.Path, id, null) { ReadDiagnostics = new[] { tooLarge }.ToEquatableArray() };
        }

        var content = text.ToString();
        return ReadChecks.Decoding(file.Path, content, text.Encoding) is { } notUtf8
            ? new CorpusFileSpec(file.Path, id, content) { ReadDiagnostics = new[] { notUtf8 }.ToEquatableArray() }
            : new CorpusFileSpec(file.Path, id, content);
    }

    /// <summary>The UTF-8 size of the text, counted in blocks so a file over the limit is never copied whole.</summary>
    private static long Utf8Length(SourceText text, CancellationToken cancellationToken)
    {
        var buffer = new char[Math.Min(CopyBlock, text.Length) + 1];
        long bytes = 0;
        var start = 0;
        while (start < text.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(CopyBlock, text.Length - start);
            text.CopyTo(start, buffer, 0, count);

            // A surrogate pair split by the block boundary is counted once, with the block that holds its high half.
            if (char.IsHighSurrogate(buffer[count - 1]) && start + count < text.Length)
            {
                buffer[count] = text[start + count];
                bytes += Utf8Validation.ByteCount(new string(buffer, 0, count + 1), count + 1);
                start += count + 1;
                continue;
            }

            bytes += Utf8Validation.ByteCount(new string(buffer, 0, count), count);
            start += count;
        }

        return bytes;
    }

    private static bool IsCorpusFile(AnalyzerConfigOptions options) =>
        options.TryGetValue(MSBuildNames.MetadataPrefix + MSBuildNames.CorpusMetadata, out var flag)
        && string.Equals(flag.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    private static string? ResolveRoot(AnalyzerConfigOptions fileOptions, AnalyzerConfigOptions globalOptions)
    {
        globalOptions.TryGetValue(MSBuildNames.PropertyPrefix + MSBuildNames.ProjectDir, out var projectDir);
        try
        {
            if (fileOptions.TryGetValue(MSBuildNames.MetadataPrefix + MSBuildNames.RootMetadata, out var root) && !string.IsNullOrWhiteSpace(root))
            {
                return Path.IsPathRooted(root) || string.IsNullOrEmpty(projectDir) ? root : Path.Combine(projectDir, root);
            }

            return string.IsNullOrEmpty(projectDir) ? null : Path.Combine(projectDir, DefaultCorpusFolder);
        }
        catch (ArgumentException)
        {
            // A root with characters the platform rejects in paths: ids fall back to file names.
            return null;
        }
    }
}
