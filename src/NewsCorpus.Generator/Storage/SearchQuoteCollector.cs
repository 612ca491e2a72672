using System.Collections.Generic;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Storage;

/// <summary>Turns a parsed article's quotations into terms for clustering; mentions (names, titles) are not speech and are left out.</summary>
internal static class SearchQuoteCollector
{
    public static SearchQuotesSpec Collect(ArticleSpec article)
    {
        var quotes = new List<SearchQuoteTerms>(article.Quotes.Count);
        for (var i = 0; i < article.Quotes.Count; i++)
        {
            var quote = article.Quotes[i];
            if (quote.Kind == QuoteKind.Mention)
            {
                continue;
            }

            // SearchTermCounter.Terms is Tokenizer.Terms with pooled term strings.
            quotes.Add(new SearchQuoteTerms(i, new EquatableArray<string>(SearchTermCounter.Terms(quote.Text))));
        }

        return new SearchQuotesSpec(article.Id, article.SourcePath, quotes.ToEquatableArray());
    }
}
