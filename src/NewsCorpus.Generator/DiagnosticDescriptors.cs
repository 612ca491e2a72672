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
    // The docs have no public home yet. Rather than a made-up address someone else could register, help links use
    // the reserved ".invalid" host (RFC 2606) as a visible placeholder, and the page itself ships in the package as
    // docs/diagnostics.md. Publishing the docs means changing this one line; each ID keeps its "#ncxxxx" anchor.
    private const string HelpLinkBase = "https://newscorpus.invalid/docs/diagnostics.md#";

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

    public static readonly DiagnosticDescriptor QuoteClosedByInference = Create(
        DiagnosticIds.QuoteClosedByInference,
        "Quotation mark is not closed before the next quotation",
        DiagnosticIds.QuoteClosedByInferenceMessage,
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor StrayQuoteMark = Create(
        DiagnosticIds.StrayQuoteMark,
        "Closing quotation mark without an opening mark",
        DiagnosticIds.StrayQuoteMarkMessage,
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor GeneratorFailure = Create(
        DiagnosticIds.GeneratorFailure,
        "Generated file could not be produced",
        DiagnosticIds.GeneratorFailureMessage,
        DiagnosticSeverity.Warning);

    // An error, not a warning: the project references the generator but gets no dataset until LangVersion is raised.
    public static readonly DiagnosticDescriptor LanguageVersionTooOld = Create(
        DiagnosticIds.LanguageVersionTooOld,
        "C# version too old for the generated corpus code",
        DiagnosticIds.LanguageVersionTooOldMessage,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ResourceStorageUnavailable = Create(
        DiagnosticIds.ResourceStorageUnavailable,
        "Resource storage needs the package's build targets",
        DiagnosticIds.ResourceStorageUnavailableMessage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ResourceMismatch = Create(
        DiagnosticIds.ResourceMismatch,
        "Embedded corpus resource does not match the corpus",
        DiagnosticIds.ResourceMismatchMessage,
        DiagnosticSeverity.Warning);

    // An error: without the corpus files the dataset would be silently empty.
    public static readonly DiagnosticDescriptor ResourceIndexRequired = Create(
        DiagnosticIds.ResourceIndexRequired,
        "Corpus index written by the build is needed and could not be used",
        DiagnosticIds.ResourceIndexRequiredMessage,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor BinaryFile = Create(
        DiagnosticIds.BinaryFile,
        "Corpus file is binary, not text",
        DiagnosticIds.BinaryFileMessage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NotUtf8 = Create(
        DiagnosticIds.NotUtf8,
        "Corpus file is not valid UTF-8",
        DiagnosticIds.NotUtf8Message,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ArticleTooLarge = Create(
        DiagnosticIds.ArticleTooLarge,
        "Corpus file is larger than NewsCorpusMaxArticleBytes",
        DiagnosticIds.ArticleTooLargeMessage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor CorpusTooLarge = Create(
        DiagnosticIds.CorpusTooLarge,
        "Corpus is larger than NewsCorpusMaxCorpusBytes",
        DiagnosticIds.CorpusTooLargeMessage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor AliasLineInvalid = Create(
        DiagnosticIds.AliasLineInvalid,
        "Alias file line is not a rule",
        DiagnosticIds.AliasLineInvalidMessage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor AliasConflict = Create(
        DiagnosticIds.AliasConflict,
        "Alias rules conflict",
        DiagnosticIds.AliasConflictMessage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NamedAccessorsLimited = Create(
        DiagnosticIds.NamedAccessorsLimited,
        "Named accessors left out above NewsCorpusNamedAccessorLimit",
        DiagnosticIds.NamedAccessorsLimitedMessage,
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor AliasUnmatched = Create(
        DiagnosticIds.AliasUnmatched,
        "Alias rule matches no entity",
        DiagnosticIds.AliasUnmatchedMessage,
        DiagnosticSeverity.Info);

    /// <summary>Every descriptor, for lookup by id when a <c>DiagnosticSpec</c> is reported.</summary>
    public static readonly DiagnosticDescriptor[] All =
    {
        EmptyFile, UnreadableFile, ParserFailure, DuplicateId, InvalidSetting, UnclosedQuote, QuoteClosedByInference, StrayQuoteMark, GeneratorFailure,
        LanguageVersionTooOld,
        ResourceStorageUnavailable, ResourceMismatch, ResourceIndexRequired,
        BinaryFile, NotUtf8, ArticleTooLarge, CorpusTooLarge, NamedAccessorsLimited,
        AliasLineInvalid, AliasConflict, AliasUnmatched,
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
