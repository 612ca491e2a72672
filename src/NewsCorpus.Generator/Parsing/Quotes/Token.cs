namespace NewsCorpus.Generator.Parsing.Quotes;

internal enum TokenKind
{
    Word,
    Punctuation,

    /// <summary>A whole quotation, as one token: attribution rules look around quotations, never into them.</summary>
    Quote,
}

/// <summary>A word, a punctuation mark or a quotation of a paragraph, with its place in the paragraph text.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Start">Offset of its first character.</param>
/// <param name="End">Offset just past it.</param>
/// <param name="Text">The word or mark; for a quotation, empty.</param>
/// <param name="Quote">For a quotation, its index in the article's quote list; otherwise -1.</param>
/// <param name="Flags">The word lists the word is in (<see cref="Lexicon"/>).</param>
/// <param name="BaseFlags">The same for the word without a possessive ending ("Russia’s" → "Russia").</param>
internal readonly record struct Token(TokenKind Kind, int Start, int End, string Text, int Quote, LexFlags Flags = LexFlags.None, LexFlags BaseFlags = LexFlags.None)
{
    public bool Has(WordSet set) => (Flags & set.Flag) != 0;

    public bool Has(LexFlags flag) => (Flags & flag) != 0;

    public bool BaseHas(WordSet set) => (BaseFlags & set.Flag) != 0;

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    public bool IsPunctuation(char c) => Kind == TokenKind.Punctuation && Text.Length == 1 && Text[0] == c;

    /// <remarks>The lengths are compared here, inlined at each of the many calls, so most words need no call to compare.</remarks>
    public bool Is(string word) => Kind == TokenKind.Word && Text.Length == word.Length && string.Equals(Text, word, System.StringComparison.OrdinalIgnoreCase);
}
