using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing.Entities;

namespace NewsCorpus.Generator.Storage;

/// <summary>
/// Everything the generator derives from one parsed article: its record, its search terms, its quotations' terms
/// and its entity summary. The generator's per-file step and the build task's parse both call it, so the two
/// cannot derive different data from the same article.
/// </summary>
internal static class ArticleProcessor
{
    public static ProcessedArticle Process(ParsedArticle parsed) =>
        parsed.Article is { } article
            ? new ProcessedArticle(
                parsed.Diagnostics,
                ArticleRecordEncoder.Encode(article),
                SearchTermCounter.Count(article),
                SearchQuoteCollector.Collect(article),
                EntitySummarizer.Summarize(article))
            : new ProcessedArticle(parsed.Diagnostics, null, null, null, null);
}
