namespace NewsCorpus.Generator;

/// <summary>Names of the pipeline steps, so tests can prove which ones ran and which were reused.</summary>
internal static class TrackingNames
{
    public const string CorpusFiles = nameof(CorpusFiles);
    public const string ParsedArticles = nameof(ParsedArticles);
    public const string EncodedArticles = nameof(EncodedArticles);
    public const string Settings = nameof(Settings);
    public const string Layout = nameof(Layout);
    public const string CorpusClass = nameof(CorpusClass);
    public const string Chunks = nameof(Chunks);
    public const string ArticleDiagnostics = nameof(ArticleDiagnostics);
}
