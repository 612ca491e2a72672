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
        var output = t_output ??= new FlatTerms();
        output.Clear();
        CountPassage(article.Title, output);
        for (var i = 0; i < article.Paragraphs.Count; i++)
        {
            CountPassage(article.Paragraphs[i].Text, output);
        }

        var spec = output.ToSpec(article.Id, article.SourcePath);
        if (output.Terms.Count > ThreadScratch.MaxKeptItems)
        {
            t_output = null;
        }

        return spec;
    }

    /// <summary>An article's passages as they are counted, copied into the spec's arrays once the article is done.</summary>
    private sealed class FlatTerms
    {
        public readonly List<int> Lengths = new();
        public readonly List<int> Ends = new();
        public readonly List<string> Terms = new();
        public readonly List<int> Counts = new();

        public void Clear()
        {
            Lengths.Clear();
            Ends.Clear();
            Terms.Clear();
            Counts.Clear();
        }

        public void Add(string term, int count)
        {
            Terms.Add(term);
            Counts.Add(count);
        }

        /// <summary>
        /// <see cref="Add"/>, or the count added to the last term's when that is the same term, added at or after
        /// <paramref name="from"/>: of terms added in sorted order, a term counted in two slots becomes one.
        /// </summary>
        public void AddMerging(string term, int count, int from)
        {
            var last = Terms.Count - 1;
            if (last >= from && string.Equals(Terms[last], term, StringComparison.Ordinal))
            {
                Counts[last] += count;
            }
            else
            {
                Add(term, count);
            }
        }

        public void EndPassage(int length)
        {
            Lengths.Add(length);
            Ends.Add(Terms.Count);
        }

        public SearchTermsSpec ToSpec(string id, string sourcePath) =>
            new(id, sourcePath, Lengths.ToEquatableArray(), Ends.ToEquatableArray(), Terms.ToEquatableArray(), Counts.ToEquatableArray());
    }

    [ThreadStatic]
    private static FlatTerms? t_output;

    // Per thread (the generator counts files in parallel): the terms seen so far, so that a repeated word costs
    // no string, each tagged with its slot in the passage being counted, so that counting it costs no second
    // lookup; and the passage's terms and their counts, by slot, reused from passage to passage.
    [ThreadStatic]
    private static TextPool<TermSlot>? t_terms;

    [ThreadStatic]
    private static string[]? t_slotTerms;

    [ThreadStatic]
    private static int[]? t_slotCounts;

    [ThreadStatic]
    private static ulong[]? t_slotKeys;

    [ThreadStatic]
    private static int t_passage;

    /// <summary>Counts one passage's terms into <paramref name="output"/>: its distinct terms sorted, then its length.</summary>
    private static void CountPassage(string text, FlatTerms output)
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
        var terms = t_slotTerms ??= new string[64];
        var counts = t_slotCounts ??= new int[terms.Length];
        var keys = t_slotKeys ??= new ulong[terms.Length];
        var distinct = 0;
        var length = 0;
        var position = 0;
        while (Tokenizer.Next(text, ref position, out var start, out var end, out var plain))
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
            else if (plain)
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
                counts[slot.Index]++;
                continue;
            }

            if (distinct == terms.Length)
            {
                Array.Resize(ref terms, terms.Length * 2);
                Array.Resize(ref counts, terms.Length);
                Array.Resize(ref keys, terms.Length);
                t_slotTerms = terms;
                t_slotCounts = counts;
                t_slotKeys = keys;
            }

            slot.Passage = passage;
            slot.Index = distinct;
            terms[distinct] = term;
            counts[distinct] = 1;
            if (slot.Prefix == 0)
            {
                slot.Prefix = Prefix(term);
            }

            keys[distinct] = (slot.Prefix << SlotBits) | (uint)distinct;
            distinct++;
        }

        if (distinct <= 1 << SlotBits)
        {
            SortedMerged(terms, counts, keys, distinct, output);
        }
        else
        {
            SortedMergedByTerm(terms, counts, distinct, output);
        }

        output.EndPassage(length);
        Array.Clear(terms, 0, distinct);
        if (terms.Length > ThreadScratch.MaxKeptItems)
        {
            t_slotTerms = null;
            t_slotCounts = null;
            t_slotKeys = null;
        }
    }

    // A sort key is a term's first KeyChars characters, 7 bits each (see Prefix), above the term's slot.
    private const int KeyChars = 6;
    private const int SlotBits = 64 - 7 * KeyChars;
    private const ulong SlotMask = (1UL << SlotBits) - 1;

    /// <summary>
    /// Appends the first <paramref name="distinct"/> slots' terms and counts to <paramref name="output"/> in ordinal
    /// order of the terms, a term given two slots merged into one; <paramref name="keys"/> are the slots' sort keys. Sorted as single numbers, then
    /// only runs that share their first characters by the whole term: most comparisons are of two numbers, not
    /// two strings, and a number carries its slot along, so no second array is sorted in step. Equal terms share
    /// their first characters, so only such runs can hold a term to merge.
    /// </summary>
    private static void SortedMerged(string[] terms, int[] counts, ulong[] keys, int distinct, FlatTerms output)
    {
        SortKeys(keys, distinct);
        var start = 0;
        while (start < distinct)
        {
            var prefix = keys[start] >> SlotBits;
            var end = start + 1;
            while (end < distinct && keys[end] >> SlotBits == prefix)
            {
                end++;
            }

            if (end == start + 1)
            {
                var slot = (int)(keys[start] & SlotMask);
                output.Add(terms[slot], counts[slot]);
                start = end;
                continue;
            }

            // Insertion sort of a run that shares its first characters: such runs are short.
            for (var i = start + 1; i < end; i++)
            {
                var moving = keys[i];
                var j = i - 1;
                while (j >= start && string.CompareOrdinal(terms[(int)(keys[j] & SlotMask)], terms[(int)(moving & SlotMask)]) > 0)
                {
                    keys[j + 1] = keys[j];
                    j--;
                }

                keys[j + 1] = moving;
            }

            var first = output.Terms.Count;
            for (var i = start; i < end; i++)
            {
                var slot = (int)(keys[i] & SlotMask);
                output.AddMerging(terms[slot], counts[slot], first);
            }

            start = end;
        }
    }

    /// <summary>Passages with at most this many distinct terms (nearly all) have their keys sorted by insertion.</summary>
    private const int InsertionSortLimit = 64;

    /// <summary>
    /// Sorts the first <paramref name="count"/> keys. A passage has a few dozen distinct terms: insertion sort, whose
    /// inner loop mispredicts once per key, beats Array.Sort's partitioning there; longer passages use Array.Sort.
    /// </summary>
    private static void SortKeys(ulong[] keys, int count)
    {
        if (count > InsertionSortLimit)
        {
            Array.Sort(keys, 0, count);
            return;
        }

        for (var i = 1; i < count; i++)
        {
            var moving = keys[i];
            var j = i - 1;
            while (j >= 0 && keys[j] > moving)
            {
                keys[j + 1] = keys[j];
                j--;
            }

            keys[j + 1] = moving;
        }
    }

    /// <summary>As <see cref="SortedMerged"/>, for a passage with more slots than a sort key has room for (millions of distinct words).</summary>
    private static void SortedMergedByTerm(string[] terms, int[] counts, int distinct, FlatTerms output)
    {
        var order = new int[distinct];
        for (var i = 0; i < distinct; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => string.CompareOrdinal(terms[a], terms[b]));
        var first = output.Terms.Count;
        foreach (var slot in order)
        {
            output.AddMerging(terms[slot], counts[slot], first);
        }
    }

    /// <summary>
    /// The first <see cref="KeyChars"/> UTF-16 units of <paramref name="term"/>, 7 bits each, the first highest,
    /// missing ones as 0: a smaller number is an ordinally smaller term, and equal numbers leave the order to the
    /// whole terms. A unit of 0x7F or more is stored as 0x7F and ends the prefix (the units after it could not be
    /// ordered once it is cut to 7 bits), so terms that differ only from there on get equal numbers.
    /// </summary>
    private static ulong Prefix(string term)
    {
        ulong prefix = 0;
        var i = 0;
        while (i < KeyChars && i < term.Length)
        {
            var c = term[i++];
            if (c >= 0x7F)
            {
                prefix = (prefix << 7) | 0x7F;
                break;
            }

            prefix = (prefix << 7) | c;
        }

        return prefix << (7 * (KeyChars - i));
    }

    /// <summary>
    /// Where a pooled term is counted: its index among the terms of passage number <see cref="Passage"/>; and its
    /// <see cref="SearchTermCounter.Prefix"/>, worked out once per term rather than once per passage it is in (0 until
    /// then: a term starts with a letter or digit, so its prefix is never 0).
    /// </summary>
    private struct TermSlot
    {
        public int Passage;
        public int Index;
        public ulong Prefix;
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
        while (Tokenizer.Next(text, ref position, out var start, out var end, out var plain))
        {
            terms.Add(Term(pool, text, start, end, plain));
        }

        return terms.ToArray();
    }

    // Tokens with other characters (accented names: "Łukasz", "Zelénskyy") need Unicode normalization; a name
    // recurs, so its term is kept per thread, keyed by the token exactly as written.
    [ThreadStatic]
    private static TextPool<FoldedTerm>? t_foldedTerms;

    /// <summary>Equal to <c>Tokenizer.Term(text, start, end)</c>, which depends only on the token's characters.</summary>
    private static string Term(TextPool<TermSlot> pool, string text, int start, int end, bool plain)
    {
        if (end - start > TextPool<TermSlot>.MaxLength)
        {
            return Tokenizer.Term(text, start, end);
        }

        // Fast path, equal to Tokenizer.Term's own for tokens of ASCII letters and digits only: the token lower-cased.
        if (plain)
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
}
