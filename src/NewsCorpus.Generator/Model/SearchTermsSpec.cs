namespace NewsCorpus.Generator.Model;

/// <summary>
/// One article's term statistics for the full-text index: small next to the article, so the one step that needs
/// every article (the index build) compares and holds only these, and an edit re-tokenizes only its own article.
/// </summary>
/// <param name="Id">The article id; the index orders articles by it, as the store does.</param>
/// <param name="SourcePath">The corpus file; orders articles that share an id, as the store does.</param>
/// <param name="Passages">The headline (passage 0), then each body paragraph (passage i + 1).</param>
internal sealed record SearchTermsSpec(string Id, string SourcePath, EquatableArray<SearchPassageSpec> Passages);

/// <summary>The terms of one searchable passage (the headline or a paragraph).</summary>
/// <param name="Length">How many tokens the passage has, repeats included: BM25's document length.</param>
/// <param name="Terms">Each distinct term once with how often it occurs, sorted ordinally.</param>
internal sealed record SearchPassageSpec(int Length, EquatableArray<SearchTermCount> Terms);

/// <summary>A term and its frequency in one passage.</summary>
internal readonly record struct SearchTermCount(string Term, int Count);
