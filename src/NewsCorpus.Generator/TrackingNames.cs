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
    public const string ChunkRecords = nameof(ChunkRecords);
    public const string ArticleDiagnostics = nameof(ArticleDiagnostics);
    public const string LanguageSupport = nameof(LanguageSupport);
    public const string SearchTerms = nameof(SearchTerms);
    public const string SearchQuotes = nameof(SearchQuotes);
    public const string SearchShards = nameof(SearchShards);
    public const string SearchShardIndex = nameof(SearchShardIndex);
    public const string SearchIndex = nameof(SearchIndex);
    public const string SearchClass = nameof(SearchClass);
    public const string SearchChunks = nameof(SearchChunks);
    public const string QuoteClusters = nameof(QuoteClusters);
    public const string EntitySummaries = nameof(EntitySummaries);
    public const string EntityAliasFiles = nameof(EntityAliasFiles);
    public const string EntityAliasRules = nameof(EntityAliasRules);
    public const string EntityCorpus = nameof(EntityCorpus);
    public const string EntityChunks = nameof(EntityChunks);
    public const string ResourceMatch = nameof(ResourceMatch);
    public const string IndexFile = nameof(IndexFile);
    public const string ResourceIndex = nameof(ResourceIndex);
}
