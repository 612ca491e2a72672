namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>How a quotation found by <see cref="QuoteScanner"/> ended.</summary>
internal enum QuoteEnding
{
    /// <summary>By its closing mark.</summary>
    Closed,

    /// <summary>Never: it runs to the end of the paragraph (a quotation that goes on in the next paragraph, or a lost mark).</summary>
    Unclosed,

    /// <summary>Its closing mark is missing and a new quotation opens before the paragraph ends; it was ended where a reader would end it.</summary>
    Inferred,
}

/// <summary>A quotation in one paragraph as the scanner found it.</summary>
/// <param name="OpenMark">Offset of the opening mark.</param>
/// <param name="Start">First quoted character (marks and surrounding white space excluded).</param>
/// <param name="End">Just past the last quoted character.</param>
/// <param name="Ending">How it ended.</param>
/// <param name="Level">Double marks, or single marks at top level ('Meet the Press').</param>
internal readonly record struct RawQuote(int OpenMark, int Start, int End, QuoteEnding Ending, MarkLevel Level);

/// <summary>A mark the scanner could not pair, reported as an info diagnostic.</summary>
/// <param name="Position">Offset of the mark in the paragraph.</param>
/// <param name="DiagnosticId">NC0007 (closed by inference) or NC0008 (closing mark without an opening one).</param>
internal readonly record struct MarkIssue(int Position, string DiagnosticId);
