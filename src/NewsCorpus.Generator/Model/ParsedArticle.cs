namespace NewsCorpus.Generator.Model;

/// <summary>The output of parsing one corpus file: the article (when there is one) and what to report about it.</summary>
internal sealed record ParsedArticle(ArticleSpec? Article, EquatableArray<DiagnosticSpec> Diagnostics);
