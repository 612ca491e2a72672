using System;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Storage;

/// <summary>Turns a parsed article's quotations into terms for clustering; mentions (names, titles) are not speech and are left out.</summary>
internal static class SearchQuoteCollector
{
    public static SearchQuotesSpec Collect(ArticleSpec article)
    {
        // Counted first, so that the result is one array of its exact length rather than a list copied into one.
        var count = 0;
        foreach (var quote in article.Quotes.AsSpan())
        {
            count += quote.Kind == QuoteKind.Mention ? 0 : 1;
        }

        var quotes = count == 0 ? Array.Empty<SearchQuoteTerms>() : new SearchQuoteTerms[count];
        var next = 0;
        for (var i = 0; i < article.Quotes.Count; i++)
        {
            var quote = article.Quotes[i];
            if (quote.Kind == QuoteKind.Mention)
            {
                continue;
            }

            // SearchTermCounter.Terms is Tokenizer.Terms with pooled term strings.
            quotes[next++] = new SearchQuoteTerms(i, new EquatableArray<string>(SearchTermCounter.Terms(quote.Text)));
        }

        return new SearchQuotesSpec(article.Id, article.SourcePath, new EquatableArray<SearchQuoteTerms>(quotes));
    }
}
