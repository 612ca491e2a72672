using System;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsCorpus.Generator.Configuration;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator;

/// <summary>
/// Picks out entity alias files (AdditionalFiles with NewsCorpusAliases="true") and copies their text into a
/// plain <see cref="EntityAliasFileSpec"/>, so an unchanged alias file compares equal and nothing re-runs.
/// </summary>
internal static class EntityAliasFileReader
{
    public static EntityAliasFileSpec? Read(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var fileOptions = options.GetOptions(file);
        if (!fileOptions.TryGetValue(MSBuildNames.MetadataPrefix + MSBuildNames.AliasesMetadata, out var flag)
            || !string.Equals(flag.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string? content;
        try
        {
            content = file.GetText(cancellationToken)?.ToString();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            content = null;
        }

        return new EntityAliasFileSpec(file.Path, content);
    }
}
