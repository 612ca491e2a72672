using System;
using System.Collections.Generic;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing;

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

    // Per thread (the generator counts files in parallel): the terms seen so far, so that a repeated word costs
    // no string, and the passage's counts, emptied for each passage instead of allocated.
    [ThreadStatic]
    private static TextPool<bool>? t_terms;

    [ThreadStatic]
    private static Dictionary<string, int>? t_counts;

    internal static SearchPassageSpec CountPassage(string text)
    {
        var pool = t_terms ??= new TextPool<bool>(lowerAscii: true);
        var counts = t_counts;
        if (counts is null || counts.Count > 4096)
        {
            counts = t_counts = new Dictionary<string, int>(StringComparer.Ordinal);
        }
        else
        {
            counts.Clear();
        }

        var length = 0;
        var position = 0;
        while (Tokenizer.Next(text, ref position, out var start, out var end))
        {
            // Fast path, equal to Tokenizer.Term's own for tokens of ASCII letters and digits only: the token
            // lower-cased. Everything else goes through Tokenizer.Term.
            var term = end - start <= TextPool<bool>.MaxLength && IsAsciiWord(text, start, end)
                ? pool.Find(text, start, end - start).Text!
                : Tokenizer.Term(text, start, end);
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

    private static bool IsAsciiWord(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if ((uint)((c | 0x20) - 'a') > 'z' - 'a' && (uint)(c - '0') > 9)
            {
                return false;
            }
        }

        return true;
    }
}
