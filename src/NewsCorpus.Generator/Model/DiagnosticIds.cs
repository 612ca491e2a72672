namespace NewsCorpus.Generator.Model;

/// <summary>
/// The diagnostic ids and their message formats, apart from Roslyn's descriptors, so the parser (which also runs
/// inside the command-line tool, without Roslyn) can name what it reports and the tool can print the same words.
/// </summary>
internal static class DiagnosticIds
{
    public const string EmptyFile = "NC0001";
    public const string UnreadableFile = "NC0002";
    public const string ParserFailure = "NC0003";
    public const string DuplicateId = "NC0004";
    public const string InvalidSetting = "NC0005";
    public const string UnclosedQuote = "NC0006";
    public const string QuoteClosedByInference = "NC0007";
    public const string StrayQuoteMark = "NC0008";
    public const string GeneratorFailure = "NC0009";

    public const string EmptyFileMessage = "Corpus file '{0}' has no text and was skipped; add the article text or remove the file from the corpus";
    public const string UnreadableFileMessage = "Corpus file '{0}' could not be read ({1}) and was skipped; check that the file exists and is readable";
    public const string ParserFailureMessage = "Corpus file '{0}' could not be fully parsed ({1}); its lines were kept as plain paragraphs. Please report this with the file.";
    public const string DuplicateIdMessage = "Corpus files '{0}' and '{1}' both have the article id '{2}'; '{1}' was skipped. Rename one of them or move it to another folder.";
    public const string InvalidSettingMessage = "MSBuild property '{0}' is '{1}', which is not {2}; the default is used instead";
    public const string UnclosedQuoteMessage = "A quotation in '{0}' opens here and is never closed; it was read up to the end of its paragraph";
    public const string QuoteClosedByInferenceMessage = "A quotation in '{0}' opens here and is not closed before the next one opens; it was ended just before the next opening mark";
    public const string GeneratorFailureMessage = "NewsCorpus could not generate '{0}' ({1}); everything else was generated. Please report this with the corpus file that triggers it.";
    public const string StrayQuoteMarkMessage = "A closing quotation mark in '{0}' has no opening mark and was ignored";

    /// <summary>The consumer's C# version is older than the generated code needs; nothing is generated.</summary>
    public const string LanguageVersionTooOld = "NC0020";

    public const string LanguageVersionTooOldMessage = "NewsCorpus generated nothing: this project compiles as C# {0}, and the generated corpus code needs C# {1} or later. Set <LangVersion>{1}</LangVersion> or later (for example <LangVersion>latest</LangVersion>) in the project file; netstandard2.0 and .NET Framework projects default to C# 7.3.";

    /// <summary>Corpus storage (NC003x): NewsCorpusStorage=resource without the build targets, or a resource that does not match.</summary>
    public const string ResourceStorageUnavailable = "NC0030";
    public const string ResourceMismatch = "NC0031";

    /// <summary>The build passed the compiler its index of the corpus (obj/newscorpus.index) instead of the corpus files, and the index cannot be used.</summary>
    public const string ResourceIndexRequired = "NC0032";

    public const string ResourceIndexRequiredMessage = "The corpus index written by the build ('{0}') could not be used ({1}), and the build passed the compiler the index instead of the corpus files: this compilation has no articles. Rebuild (dotnet build --no-incremental); if this persists, set NewsCorpusStorage to inline and report it.";

    public const string ResourceStorageUnavailableMessage = "NewsCorpusStorage is 'resource', but no corpus resource was embedded: the NewsCorpus.Generator package's build targets did not run (a plain analyzer reference?); the articles were compiled inline instead";
    public const string ResourceMismatchMessage = "The embedded corpus resource ('{0}') does not match the corpus files as the compiler reads them ('{1}'); the articles were compiled inline instead. Rebuild; if this persists, set NewsCorpusStorage to inline and report it.";

    /// <summary>Robustness (NC001x): input that is not a readable article of a sane size.</summary>
    public const string BinaryFile = "NC0010";
    public const string NotUtf8 = "NC0011";
    public const string ArticleTooLarge = "NC0012";
    public const string CorpusTooLarge = "NC0013";
    public const string NamedAccessorsLimited = "NC0014";

    public const string BinaryFileMessage = "Corpus file '{0}' looks like binary data, not text: {1} of its {2} characters are control characters such as NUL; it was skipped. If it is an article, save it as UTF-8 text.";
    public const string NotUtf8Message = "Corpus file '{0}' is not valid UTF-8: the first invalid byte is at offset {1}, and the compiler read the file as {2}. Save it as UTF-8 (or UTF-16 with a byte order mark) to keep every character.";
    public const string ArticleTooLargeMessage = "Corpus file '{0}' has {1} bytes of text, more than NewsCorpusMaxArticleBytes ({2}); it was skipped. Split the article or raise the limit.";
    public const string NamedAccessorsLimitedMessage = "NewsCorpus left out {0} named members, as NewsCorpusNamedAccessorLimit is {1}: {2} of {3} articles (Articles.…) and {4} of {5} entities (Entities.…, the most mentioned were kept); the lists and lookups still have every item. Set NewsCorpusNamedAccessorLimit to a larger number, or to 'all', to generate them.";
    public const string CorpusTooLargeMessage = "The corpus needs more than NewsCorpusMaxCorpusBytes ({0} bytes): article '{1}' and the {2} after it in id order were left out. Raise the limit or remove articles.";

    /// <summary>Entity alias files (NC0035–NC0039): lines that are not rules, rules that conflict or match nothing.</summary>
    public const string AliasLineInvalid = "NC0035";
    public const string AliasConflict = "NC0036";
    public const string AliasUnmatched = "NC0037";

    public const string AliasLineInvalidMessage = "Line of alias file '{0}' is not a rule: {1}. Write 'Canonical Name, Alias, Alias' or 'keep apart: Name, Name'; the line was ignored.";
    public const string AliasConflictMessage = "Alias file '{0}': '{1}' was not applied here because {2}";
    public const string AliasUnmatchedMessage = "Alias rule for '{1}' in '{0}' matches {2} in the corpus, so it has no effect; check the spelling";

    /// <summary>The message format for <paramref name="id"/>, or null for an unknown id.</summary>
    public static string? MessageFormat(string id) => id switch
    {
        EmptyFile => EmptyFileMessage,
        UnreadableFile => UnreadableFileMessage,
        ParserFailure => ParserFailureMessage,
        DuplicateId => DuplicateIdMessage,
        InvalidSetting => InvalidSettingMessage,
        UnclosedQuote => UnclosedQuoteMessage,
        QuoteClosedByInference => QuoteClosedByInferenceMessage,
        StrayQuoteMark => StrayQuoteMarkMessage,
        GeneratorFailure => GeneratorFailureMessage,
        LanguageVersionTooOld => LanguageVersionTooOldMessage,
        ResourceStorageUnavailable => ResourceStorageUnavailableMessage,
        ResourceMismatch => ResourceMismatchMessage,
        BinaryFile => BinaryFileMessage,
        NotUtf8 => NotUtf8Message,
        ArticleTooLarge => ArticleTooLargeMessage,
        CorpusTooLarge => CorpusTooLargeMessage,
        NamedAccessorsLimited => NamedAccessorsLimitedMessage,
        AliasLineInvalid => AliasLineInvalidMessage,
        AliasConflict => AliasConflictMessage,
        AliasUnmatched => AliasUnmatchedMessage,
        _ => null,
    };

    /// <summary>The message of <paramref name="diagnostic"/> with its arguments filled in, invariantly.</summary>
    public static string Format(DiagnosticSpec diagnostic)
    {
        var format = MessageFormat(diagnostic.DescriptorId) ?? diagnostic.DescriptorId;
        var arguments = new object[diagnostic.Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = diagnostic.Arguments[i];
        }

        return string.Format(System.Globalization.CultureInfo.InvariantCulture, format, arguments);
    }
}
