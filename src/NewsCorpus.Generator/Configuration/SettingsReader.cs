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

        return new CorpusSettings(ns, className, chunkSize, diagnostics.ToEquatableArray());
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
