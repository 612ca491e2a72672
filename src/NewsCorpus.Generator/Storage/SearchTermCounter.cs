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
            var term = Term(pool, text, start, end);
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

    /// <summary><c>Tokenizer.Terms(text)</c>, with the terms from the same per-thread pools as the counts.</summary>
    internal static string[] Terms(string text)
    {
        var pool = t_terms ??= new TextPool<bool>(lowerAscii: true);
        var terms = new List<string>();
        var position = 0;
        while (Tokenizer.Next(text, ref position, out var start, out var end))
        {
            terms.Add(Term(pool, text, start, end));
        }

        return terms.ToArray();
    }

    // Tokens with other characters (accented names: "Łukasz", "Zelénskyy") need Unicode normalization; a name
    // recurs, so its term is kept per thread, keyed by the token exactly as written.
    [ThreadStatic]
    private static TextPool<string>? t_foldedTerms;

    /// <summary>Equal to <c>Tokenizer.Term(text, start, end)</c>, which depends only on the token's characters.</summary>
    private static string Term(TextPool<bool> pool, string text, int start, int end)
    {
        if (end - start > TextPool<bool>.MaxLength)
        {
            return Tokenizer.Term(text, start, end);
        }

        // Fast path, equal to Tokenizer.Term's own for tokens of ASCII letters and digits only: the token lower-cased.
        if (IsAsciiWord(text, start, end))
        {
            return pool.Find(text, start, end - start).Text!;
        }

        ref var folded = ref (t_foldedTerms ??= new TextPool<string>(lowerAscii: false)).Find(text, start, end - start);
        if (!folded.HasValue)
        {
            folded.Value = Tokenizer.Term(text, start, end);
            folded.HasValue = true;
        }

        return folded.Value;
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
