namespace NewsCorpus.Generator.Model;

/// <summary>A quotation inside one paragraph.</summary>
/// <param name="Text">The quoted words, marks excluded.</param>
/// <param name="Paragraph">Index into <see cref="ArticleSpec.Paragraphs"/>.</param>
/// <param name="Start">UTF-16 offset of the first quoted character inside the paragraph text.</param>
/// <param name="End">UTF-16 offset just past the last quoted character (exclusive).</param>
/// <param name="Kind">Statement, partial quote or a mention that is not speech.</param>
/// <param name="Speaker">Who said it, when known.</param>
/// <param name="Cue">The reporting verb or frame that attributes it ("said", "according to"), when known.</param>
internal sealed record QuoteSpec(
    string Text,
    int Paragraph,
    int Start,
    int End,
    global::NewsCorpus.QuoteKind Kind,
    SpeakerSpec? Speaker,
    string? Cue);
