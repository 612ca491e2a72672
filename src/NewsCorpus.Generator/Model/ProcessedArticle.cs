namespace NewsCorpus.Generator.Model;

/// <summary>
/// One corpus file after all of its own work: what the corpus-wide steps and the diagnostics need from it, and not
/// the parsed article itself. The generator driver keeps every step's outputs for its next run (an IDE for as long
/// as the project is open), and a parsed article (paragraphs, quotations, entities with their positions) is four to
/// five times its file's size. So one step per file parses and derives everything at once, and only these stay.
/// </summary>
/// <param name="Diagnostics">What parsing found to report, located in the corpus file.</param>
/// <param name="Record">The stored record; null when the file holds no article (nor are the others set then).</param>
/// <param name="Terms">The term statistics for the search index.</param>
/// <param name="Quotes">The quotations' terms for the quote clusters.</param>
/// <param name="Summary">The entity summary for the corpus-wide entity merge.</param>
internal sealed record ProcessedArticle(
    EquatableArray<DiagnosticSpec> Diagnostics,
    EncodedArticle? Record,
    SearchTermsSpec? Terms,
    SearchQuotesSpec? Quotes,
    EntityArticleSummary? Summary);
