using System;
using System.Collections.Generic;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Storage;

/// <summary>
/// Turns a parsed article into its term statistics: the headline and each paragraph are passages, each with its
/// terms counted. This is the only place the generator tokenizes article text for search.
/// </summary>
internal static class SearchTermCounter
{
    public static SearchTermsSpec Count(ArticleSpec article)
    {
        var passages = new SearchPassageSpec[article.Paragraphs.Count + 1];
        passages[0] = CountPassage(article.Title);
        for (var i = 0; i < article.Paragraphs.Count; i++)
        {
            passages[i + 1] = CountPassage(article.Paragraphs[i].Text);
        }

        return new SearchTermsSpec(article.Id, article.SourcePath, new EquatableArray<SearchPassageSpec>(passages));
    }

    internal static SearchPassageSpec CountPassage(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var length = 0;
        var position = 0;
        while (Tokenizer.Next(text, ref position, out var start, out var end))
        {
            var term = Tokenizer.Term(text, start, end);
            if (term.Length == 0)
            {
                continue;
            }

            counts.TryGetValue(term, out var count);
            counts[term] = count + 1;
            length++;
        }

        var terms = new SearchTermCount[counts.Count];
        var i = 0;
        foreach (var pair in counts)
        {
            terms[i++] = new SearchTermCount(pair.Key, pair.Value);
        }

        Array.Sort(terms, static (left, right) => string.CompareOrdinal(left.Term, right.Term));
        return new SearchPassageSpec(length, new EquatableArray<SearchTermCount>(terms));
    }
}
