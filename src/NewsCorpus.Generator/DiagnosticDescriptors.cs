using Microsoft.CodeAnalysis;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator;

/// <summary>
/// Every diagnostic the generator reports. IDs are stable; docs/diagnostics.md lists each with an example and
/// the fix. Severities are defaults a user can change in .editorconfig (dotnet_diagnostic.NC0001.severity).
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "NewsCorpus";
    private const string HelpLinkBase = "https://github.com/newscorpus/NewsCorpus.Generator/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor EmptyFile = Create(
        DiagnosticIds.EmptyFile,
        "Corpus file has no text",
        DiagnosticIds.EmptyFileMessage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnreadableFile = Create(
        DiagnosticIds.UnreadableFile,
        "Corpus file could not be read",
        DiagnosticIds.UnreadableFileMessage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ParserFailure = Create(
        DiagnosticIds.ParserFailure,
        "Article could not be fully parsed",
        DiagnosticIds.ParserFailureMessage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateId = Create(
        DiagnosticIds.DuplicateId,
        "Two corpus files have the same article id",
        DiagnosticIds.DuplicateIdMessage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidSetting = Create(
        DiagnosticIds.InvalidSetting,
        "Invalid NewsCorpus MSBuild setting",
        DiagnosticIds.InvalidSettingMessage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnclosedQuote = Create(
        DiagnosticIds.UnclosedQuote,
        "Quotation mark is never closed",
        DiagnosticIds.UnclosedQuoteMessage,
        DiagnosticSeverity.Info);

    /// <summary>Every descriptor, for lookup by id when a <c>DiagnosticSpec</c> is reported.</summary>
    public static readonly DiagnosticDescriptor[] All =
    {
        EmptyFile, UnreadableFile, ParserFailure, DuplicateId, InvalidSetting, UnclosedQuote,
    };

    public static DiagnosticDescriptor? Find(string id)
    {
        foreach (var descriptor in All)
        {
            if (descriptor.Id == id)
            {
                return descriptor;
            }
        }

        return null;
    }

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id.ToLowerInvariant());
}
