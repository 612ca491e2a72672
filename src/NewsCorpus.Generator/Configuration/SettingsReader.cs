using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Configuration;

/// <summary>Turns the compiler-visible MSBuild properties into <see cref="CorpusSettings"/>, reporting what it cannot use.</summary>
internal static class SettingsReader
{
    public static CorpusSettings Read(AnalyzerConfigOptions options)
    {
        var diagnostics = new System.Collections.Generic.List<DiagnosticSpec>();

        var ns = Get(options, MSBuildNames.Namespace) ?? Get(options, MSBuildNames.RootNamespace) ?? string.Empty;
        if (ns.Length > 0 && !IsValidNamespace(ns))
        {
            diagnostics.Add(Invalid(MSBuildNames.Namespace, ns, "a dotted C# namespace such as MyApp.Data"));
            ns = string.Empty;
        }

        var className = Get(options, MSBuildNames.ClassName) ?? CorpusSettings.DefaultClassName;
        if (!SyntaxFacts.IsValidIdentifier(className) || SyntaxFacts.GetKeywordKind(className) != SyntaxKind.None)
        {
            diagnostics.Add(Invalid(MSBuildNames.ClassName, className, "a C# identifier such as NewsData"));
            className = CorpusSettings.DefaultClassName;
        }
        else if (ReservedNames.IsReserved(className, ns))
        {
            diagnostics.Add(Invalid(MSBuildNames.ClassName, className, "a name the generated code does not already use (Store, Articles, the NewsCorpus types…)"));
            className = CorpusSettings.DefaultClassName;
        }

        var chunkSize = CorpusSettings.DefaultChunkSize;
        var chunkText = Get(options, MSBuildNames.ChunkSize);
        if (chunkText is not null)
        {
            if (int.TryParse(chunkText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= 1024)
            {
                chunkSize = parsed;
            }
            else
            {
                diagnostics.Add(Invalid(MSBuildNames.ChunkSize, chunkText, "a whole number of bytes, at least 1024"));
            }
        }

        var storage = ReadStorage(options, diagnostics);
        var maxArticleBytes = ReadByteLimit(options, MSBuildNames.MaxArticleBytes, CorpusSettings.DefaultMaxArticleBytes, diagnostics);
        var maxCorpusBytes = ReadByteLimit(options, MSBuildNames.MaxCorpusBytes, CorpusSettings.DefaultMaxCorpusBytes, diagnostics);

        // Read before the settings are built: they take a copy of the diagnostics.
        var namedAccessorLimit = ReadNamedAccessorLimit(options, diagnostics);
        return new CorpusSettings(ns, className, chunkSize, diagnostics.ToEquatableArray())
        {
            Storage = storage,
            ResourceDigest = Get(options, MSBuildNames.ResourceDigest),
            MaxArticleBytes = maxArticleBytes,
            MaxCorpusBytes = maxCorpusBytes,
            NamedAccessorLimit = namedAccessorLimit,
        };
    }

    /// <summary>A whole number (0: no article or entity members), or "all" / -1 for no limit.</summary>
    private static int ReadNamedAccessorLimit(AnalyzerConfigOptions options, System.Collections.Generic.List<DiagnosticSpec> diagnostics)
    {
        var text = Get(options, MSBuildNames.NamedAccessorLimit);
        if (text is null)
        {
            return CorpusSettings.DefaultNamedAccessorLimit;
        }

        if (string.Equals(text, "all", System.StringComparison.OrdinalIgnoreCase) || text == "-1")
        {
            return CorpusSettings.UnlimitedNamedAccessors;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        diagnostics.Add(Invalid(MSBuildNames.NamedAccessorLimit, text, "a whole number (0 for none), or 'all' (or -1) for no limit"));
        return CorpusSettings.DefaultNamedAccessorLimit;
    }

    /// <summary>NewsCorpusMaxArticleBytes alone, for the per-file step; an invalid value is reported once, by <see cref="Read"/>.</summary>
    public static long ReadMaxArticleBytes(AnalyzerConfigOptions options) =>
        ReadByteLimit(options, MSBuildNames.MaxArticleBytes, CorpusSettings.DefaultMaxArticleBytes, diagnostics: null);

    private static long ReadByteLimit(AnalyzerConfigOptions options, string property, long fallback, System.Collections.Generic.List<DiagnosticSpec>? diagnostics)
    {
        var text = Get(options, property);
        if (text is null)
        {
            return fallback;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= 1)
        {
            return parsed;
        }

        diagnostics?.Add(Invalid(property, text, "a whole number of bytes, at least 1"));
        return fallback;
    }

    private static CorpusStorageMode ReadStorage(AnalyzerConfigOptions options, System.Collections.Generic.List<DiagnosticSpec> diagnostics)
    {
        var text = Get(options, MSBuildNames.Storage);
        switch (text?.ToLowerInvariant())
        {
            case null:
            case "auto":
                return CorpusStorageMode.Auto;
            case "inline":
                return CorpusStorageMode.Inline;
            case "resource":
                return CorpusStorageMode.Resource;
            default:
                diagnostics.Add(Invalid(MSBuildNames.Storage, text, "auto, inline or resource"));
                return CorpusStorageMode.Auto;
        }
    }

    private static string? Get(AnalyzerConfigOptions options, string property) =>
        options.TryGetValue(MSBuildNames.PropertyPrefix + property, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : null;

    private static bool IsValidNamespace(string ns)
    {
        foreach (var part in ns.Split('.'))
        {
            if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None)
            {
                return false;
            }
        }

        return true;
    }

    private static DiagnosticSpec Invalid(string property, string value, string expected) =>
        new(DiagnosticDescriptors.InvalidSetting.Id, string.Empty, TextSpanSpec.FileStart, new[] { property, value, expected }.ToEquatableArray());
}
