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

    public const string EmptyFileMessage = "Corpus file '{0}' has no text and was skipped; add the article text or remove the file from the corpus";
    public const string UnreadableFileMessage = "Corpus file '{0}' could not be read ({1}) and was skipped; check that the file exists and is readable";
    public const string ParserFailureMessage = "Corpus file '{0}' could not be fully parsed ({1}); its lines were kept as plain paragraphs. Please report this with the file.";
    public const string DuplicateIdMessage = "Corpus files '{0}' and '{1}' both have the article id '{2}'; '{1}' was skipped. Rename one of them or move it to another folder.";
    public const string InvalidSettingMessage = "MSBuild property '{0}' is '{1}', which is not {2}; the default is used instead";
    public const string UnclosedQuoteMessage = "A quotation in '{0}' opens here and is never closed; it was read up to the end of its paragraph";

    /// <summary>The message format for <paramref name="id"/>, or null for an unknown id.</summary>
    public static string? MessageFormat(string id) => id switch
    {
        EmptyFile => EmptyFileMessage,
        UnreadableFile => UnreadableFileMessage,
        ParserFailure => ParserFailureMessage,
        DuplicateId => DuplicateIdMessage,
        InvalidSetting => InvalidSettingMessage,
        UnclosedQuote => UnclosedQuoteMessage,
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
