using System;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsCorpus.Generator.Configuration;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing;

namespace NewsCorpus.Generator;

/// <summary>
/// The first pipeline step: decides whether an additional file is a corpus article and, if so, copies what
/// later steps need out of Roslyn's objects into a plain <see cref="CorpusFileSpec"/>.
/// </summary>
internal static class CorpusFileReader
{
    /// <summary>The folder whose .txt files are corpus articles without any configuration.</summary>
    public const string DefaultCorpusFolder = "corpus";

    public static CorpusFileSpec? Read(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var fileOptions = options.GetOptions(file);
        if (!IsCorpusFile(fileOptions))
        {
            return null;
        }

        var root = ResolveRoot(fileOptions, options.GlobalOptions);
        var id = ArticleIds.FromPath(file.Path, root);
        string? content;
        try
        {
            content = file.GetText(cancellationToken)?.ToString();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            content = null;
        }

        return new CorpusFileSpec(file.Path, id, content);
    }

    private static bool IsCorpusFile(AnalyzerConfigOptions options) =>
        options.TryGetValue(MSBuildNames.MetadataPrefix + MSBuildNames.CorpusMetadata, out var flag)
        && string.Equals(flag.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    private static string? ResolveRoot(AnalyzerConfigOptions fileOptions, AnalyzerConfigOptions globalOptions)
    {
        globalOptions.TryGetValue(MSBuildNames.PropertyPrefix + MSBuildNames.ProjectDir, out var projectDir);
        if (fileOptions.TryGetValue(MSBuildNames.MetadataPrefix + MSBuildNames.RootMetadata, out var root) && !string.IsNullOrWhiteSpace(root))
        {
            return Path.IsPathRooted(root) || string.IsNullOrEmpty(projectDir) ? root : Path.Combine(projectDir, root);
        }

        return string.IsNullOrEmpty(projectDir) ? null : Path.Combine(projectDir, DefaultCorpusFolder);
    }
}
