namespace NewsCorpus.Generator.Model;

/// <summary>A quotation inside one paragraph.</summary>
/// <remarks>
/// A quotation that runs over several paragraphs (the convention: no closing mark at the end of each paragraph
/// but the last, and an opening mark at the start of each next one) is stored as one <see cref="QuoteSpec"/> per
/// paragraph piece, in reading order, all with the same speaker; every piece after the first has
/// <see cref="ContinuesPrevious"/> set, so the whole quotation is the first piece plus the ones that follow it
/// with the flag.
/// </remarks>
/// <param name="Text">The quoted words, marks excluded.</param>
/// <param name="Paragraph">Index into <see cref="ArticleSpec.Paragraphs"/>.</param>
/// <param name="Start">UTF-16 offset of the first quoted character inside the paragraph text.</param>
/// <param name="End">UTF-16 offset just past the last quoted character (exclusive).</param>
/// <param name="Kind">Statement, partial quote or a mention that is not speech.</param>
/// <param name="Speaker">Who said it, when known; always null for a mention.</param>
/// <param name="Cue">The reporting verb or frame that attributes it ("said", "according to"), when known.</param>
/// <param name="ContinuesPrevious">True when this piece continues the quotation of the previous quote from an earlier paragraph.</param>
internal sealed record QuoteSpec(
    string Text,
    int Paragraph,
    int Start,
    int End,
    global::NewsCorpus.QuoteKind Kind,
    SpeakerSpec? Speaker,
    string? Cue,
    bool ContinuesPrevious = false);
