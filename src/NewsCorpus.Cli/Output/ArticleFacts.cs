using System.Collections.Generic;
using NewsCorpus.Cli.Data;

namespace NewsCorpus.Cli.Output;

/// <summary>The short forms several commands share: an article's facts line and a quote's speaker label.</summary>
internal static class ArticleFacts
{
    /// <summary>"section: World | published: 2022-02-03 | by Jane Doe | 12 paragraphs, 4 quotes".</summary>
    public static string Summary(ArticleView article)
    {
        var facts = new List<string>();
        if (article.Section is not null) facts.Add("section: " + article.Section);
        if (article.Published is not null) facts.Add("published: " + article.Published);
        if (article.Dateline is not null) facts.Add("dateline: " + article.Dateline);
        if (article.Agency is not null) facts.Add("agency: " + article.Agency);
        if (article.Authors.Count > 0) facts.Add("by " + string.Join(", ", article.Authors));
        facts.Add($"{article.Paragraphs.Count} paragraphs, {article.Quotes.Count} quotes");
        return string.Join(" | ", facts);
    }

    /// <summary>The speaker's name, or what kind of unattributed quotation it is.</summary>
    public static string Who(QuoteView quote) =>
        quote.Speaker ?? (quote.Kind == QuoteKind.Mention ? "(mention)" : "(unattributed)");
}
