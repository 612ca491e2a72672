namespace NewsCorpus.Generator.Model;

/// <summary>One article's quotations as folded terms: all the quote clustering step needs to know about it.</summary>
/// <param name="Id">The article id; clusters refer to articles by their position in id order, as the store does.</param>
/// <param name="SourcePath">The corpus file; orders articles that share an id, as the store does.</param>
/// <param name="Quotes">The quotations that are speech (mentions are names and titles, not statements).</param>
internal sealed record SearchQuotesSpec(string Id, string SourcePath, EquatableArray<SearchQuoteTerms> Quotes);

/// <summary>The terms of one quotation, in reading order.</summary>
/// <param name="Index">Position of the quotation in its article's quotes.</param>
/// <param name="Terms">The quotation's terms (<c>Tokenizer</c>), repeats included.</param>
internal sealed record SearchQuoteTerms(int Index, EquatableArray<string> Terms);
