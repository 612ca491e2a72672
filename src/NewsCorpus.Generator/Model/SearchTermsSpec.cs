namespace NewsCorpus.Generator.Model;

/// <summary>
/// One article's term statistics for the full-text index: small next to the article, so the one step that needs
/// every article (the index build) compares and holds only these, and an edit re-tokenizes only its own article.
/// Flat rather than one object per passage: every passage's terms in one array and their counts in another, because
/// the driver keeps every article's statistics between runs (an entry is 12 bytes, not a 16-byte pair, and an
/// article is four arrays, not two objects per passage).
/// </summary>
/// <param name="Id">The article id; the index orders articles by it, as the store does.</param>
/// <param name="SourcePath">The corpus file; orders articles that share an id, as the store does.</param>
/// <param name="PassageLengths">
/// For the headline (passage 0), then each body paragraph (passage i + 1): how many tokens it has, repeats
/// included (BM25's document length).
/// </param>
/// <param name="TermEnds">For each passage, the end of its terms in <paramref name="Terms"/>; they start where the previous passage's end.</param>
/// <param name="Terms">Each passage's distinct terms, sorted ordinally within the passage.</param>
/// <param name="Counts">How often each term of <paramref name="Terms"/> occurs in its passage.</param>
internal sealed record SearchTermsSpec(
    string Id,
    string SourcePath,
    EquatableArray<int> PassageLengths,
    EquatableArray<int> TermEnds,
    EquatableArray<string> Terms,
    EquatableArray<int> Counts)
{
    public int PassageCount => PassageLengths.Count;

    /// <summary>Where <paramref name="passage"/>'s terms start in <see cref="Terms"/>; they end at <c>TermEnds[passage]</c>.</summary>
    public int TermStart(int passage) => passage == 0 ? 0 : TermEnds[passage - 1];
}
