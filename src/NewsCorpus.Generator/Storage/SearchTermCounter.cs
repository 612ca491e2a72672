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
    // no string, each tagged with its slot in the passage being counted, so that counting it costs no second
    // lookup; and the passage's terms and counts, reused from passage to passage.
    [ThreadStatic]
    private static TextPool<TermSlot>? t_terms;

    [ThreadStatic]
    private static SearchTermCount[]? t_counts;

    [ThreadStatic]
    private static int t_passage;

    internal static SearchPassageSpec CountPassage(string text)
    {
        var pool = t_terms ??= new TextPool<TermSlot>(lowerAscii: true);
        var folded = t_foldedTerms ??= new TextPool<FoldedTerm>(lowerAscii: false);
        if (++t_passage == int.MaxValue)
        {
            // A slot is trusted by its passage number alone: numbers are never reused with old tags around.
            pool = t_terms = new TextPool<TermSlot>(lowerAscii: true);
            folded = t_foldedTerms = new TextPool<FoldedTerm>(lowerAscii: false);
            t_passage = 1;
        }

        var passage = t_passage;
        var counts = t_counts ??= new SearchTermCount[64];
        var distinct = 0;
        var length = 0;
        var position = 0;
        while (Tokenizer.Next(text, ref position, out var start, out var end))
        {
            // The term's slot when the term is pooled; a term may still get two slots (a token too long to pool,
            // two spellings folding alike, the pool emptied midway): those are merged after sorting.
            var unpooled = default(TermSlot);
            ref var slot = ref unpooled;
            string term;
            if (end - start > TextPool<TermSlot>.MaxLength)
            {
                term = Tokenizer.Term(text, start, end);
            }
            else if (IsAsciiWord(text, start, end))
            {
                // Equal to Tokenizer.Term's own fast path for tokens of ASCII letters and digits: the token lower-cased.
                ref var entry = ref pool.Find(text, start, end - start);
                term = entry.Text!;
                slot = ref entry.Value;
            }
            else
            {
                ref var entry = ref folded.Find(text, start, end - start);
                if (!entry.HasValue)
                {
                    entry.Value.Term = Tokenizer.Term(text, start, end);
                    entry.HasValue = true;
                }

                term = entry.Value.Term!;
                slot = ref entry.Value.Slot;
            }

            if (term.Length == 0)
            {
                continue;
            }

            length++;
            if (slot.Passage == passage)
            {
                counts[slot.Index] = new SearchTermCount(term, counts[slot.Index].Count + 1);
                continue;
            }

            if (distinct == counts.Length)
            {
                Array.Resize(ref counts, counts.Length * 2);
                t_counts = counts;
            }

            slot.Passage = passage;
            slot.Index = distinct;
            counts[distinct++] = new SearchTermCount(term, 1);
        }

        var terms = SortedMerged(counts, distinct);
        Array.Clear(counts, 0, distinct);
        if (counts.Length > 4096)
        {
            t_counts = null;
        }

        return new SearchPassageSpec(length, new EquatableArray<SearchTermCount>(terms));
    }

    [ThreadStatic]
    private static ulong[]? t_prefixes;

    [ThreadStatic]
    private static int[]? t_order;

    /// <summary>
    /// The first <paramref name="distinct"/> counts in ordinal order of their terms, a term given two slots merged
    /// into one. Sorted by the first four characters packed into a number (ordinal order of those characters),
    /// then only runs that share them by the whole term: most comparisons are of two numbers, not two strings.
    /// </summary>
    private static SearchTermCount[] SortedMerged(SearchTermCount[] counts, int distinct)
    {
        var prefixes = t_prefixes;
        var order = t_order;
        if (prefixes is null || prefixes.Length < distinct || order is null)
        {
            prefixes = t_prefixes = new ulong[Math.Max(distinct, counts.Length)];
            order = t_order = new int[prefixes.Length];
        }

        for (var i = 0; i < distinct; i++)
        {
            prefixes[i] = Prefix(counts[i].Term);
            order[i] = i;
        }

        Array.Sort(prefixes, order, 0, distinct);
        var start = 0;
        while (start < distinct)
        {
            var end = start + 1;
            while (end < distinct && prefixes[end] == prefixes[start])
            {
                end++;
            }

            // Insertion sort of a run that shares its first four characters: such runs are short.
            for (var i = start + 1; i < end; i++)
            {
                var moving = order[i];
                var j = i - 1;
                while (j >= start && string.CompareOrdinal(counts[order[j]].Term, counts[moving].Term) > 0)
                {
                    order[j + 1] = order[j];
                    j--;
                }

                order[j + 1] = moving;
            }

            start = end;
        }

        var terms = new SearchTermCount[distinct];
        var unique = 0;
        for (var i = 0; i < distinct; i++)
        {
            var count = counts[order[i]];
            if (unique > 0 && string.Equals(terms[unique - 1].Term, count.Term, StringComparison.Ordinal))
            {
                terms[unique - 1] = new SearchTermCount(count.Term, terms[unique - 1].Count + count.Count);
            }
            else
            {
                terms[unique++] = count;
            }
        }

        if (unique < distinct)
        {
            Array.Resize(ref terms, unique);
        }

        if (prefixes.Length > 4096)
        {
            t_prefixes = null;
            t_order = null;
        }

        return terms;
    }

    /// <summary>
    /// The first four UTF-16 units of <paramref name="term"/>, the first highest, missing ones as 0: a smaller
    /// number is an ordinally smaller term, and equal numbers leave the order to the rest of the term.
    /// </summary>
    private static ulong Prefix(string term)
    {
        ulong prefix = 0;
        for (var i = 0; i < 4; i++)
        {
            prefix = (prefix << 16) | (i < term.Length ? term[i] : 0u);
        }

        return prefix;
    }

    /// <summary>Where a pooled term is counted: its index among the terms of passage number <see cref="Passage"/>.</summary>
    private struct TermSlot
    {
        public int Passage;
        public int Index;
    }

    private struct FoldedTerm
    {
        public string? Term;
        public TermSlot Slot;
    }

    // Per thread: the terms of the text being split, reused from call to call, so that the only array a call
    // allocates is its result, of the exact length, instead of a list grown by doubling and then copied.
    [ThreadStatic]
    private static List<string>? t_textTerms;

    /// <summary><c>Tokenizer.Terms(text)</c>, with the terms from the same per-thread pools as the counts.</summary>
    internal static string[] Terms(string text)
    {
        var pool = t_terms ??= new TextPool<TermSlot>(lowerAscii: true);
        var terms = ThreadScratch.List(ref t_textTerms);
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
    private static TextPool<FoldedTerm>? t_foldedTerms;

    /// <summary>Equal to <c>Tokenizer.Term(text, start, end)</c>, which depends only on the token's characters.</summary>
    private static string Term(TextPool<TermSlot> pool, string text, int start, int end)
    {
        if (end - start > TextPool<TermSlot>.MaxLength)
        {
            return Tokenizer.Term(text, start, end);
        }

        // Fast path, equal to Tokenizer.Term's own for tokens of ASCII letters and digits only: the token lower-cased.
        if (IsAsciiWord(text, start, end))
        {
            return pool.Find(text, start, end - start).Text!;
        }

        ref var folded = ref (t_foldedTerms ??= new TextPool<FoldedTerm>(lowerAscii: false)).Find(text, start, end - start);
        if (!folded.HasValue)
        {
            folded.Value.Term = Tokenizer.Term(text, start, end);
            folded.HasValue = true;
        }

        return folded.Value.Term!;
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
