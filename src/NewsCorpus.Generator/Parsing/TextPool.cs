using System;

namespace NewsCorpus.Generator.Parsing;

/// <summary>The hash a <see cref="TextPool{TValue}"/> files a piece under, for a caller that computes it as it scans.</summary>
internal static class TextPool
{
    /// <summary>The hash of no characters: a caller that scans a piece extends it by <see cref="Step"/> per character.</summary>
    public const uint Seed = 2166136261u;

    /// <summary>
    /// <paramref name="hash"/> extended by one more character (FNV-1a). A tokenizer that passes over a word's
    /// characters anyway hashes them in the same loop, so the lookup need not read the word a second time.
    /// </summary>
    public static uint Step(uint hash, char c) => (hash ^ c) * 16777619u;

    /// <summary>The hash of <c>text[start..start+length)</c>, for a piece that no scan has hashed.</summary>
    public static uint Hash(string text, int start, int length)
    {
        var hash = Seed;
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            hash = Step(hash, text[i]);
        }

        return hash;
    }
}

/// <summary>
/// Hands out one string per distinct piece of text (optionally ASCII-lower-cased), looked up by position in a
/// larger text without cutting it out first, with a value the caller computes once per distinct piece. The words
/// of news text repeat heavily, so the tokenizers that take a string per word allocate it once per thread instead
/// of once per occurrence, and a word's lexicon lookup is done once. Open addressing over a hash of the characters;
/// emptied when it fills, so it never holds more than a few thousand short strings.
/// </summary>
/// <remarks>
/// One pool per thread and purpose (the generator parses files in parallel): use it through a [ThreadStatic] field.
/// A result equals <c>text.Substring(start, length)</c> (or its <see cref="LowerAscii"/> form) by value; only the
/// instance is shared, and nothing in the parser compares strings by reference.
/// </remarks>
internal sealed class TextPool<TValue>
{
    /// <summary>Longer pieces are rare and seldom repeat: they are cut out as usual and not kept.</summary>
    public const int MaxLength = 40;

    private const int Capacity = 1 << 13;
    private const int Limit = Capacity / 2;

    private readonly bool _lower;
    private readonly Entry[] _entries = new Entry[Capacity];
    private int _count;

    public TextPool(bool lowerAscii) => _lower = lowerAscii;

    /// <summary>The cached string (and value) of <c>text[start..start+length)</c>, added when new.</summary>
    /// <remarks>With lower-casing, only for pieces that are ASCII: other characters are kept as they are.</remarks>
    public ref Entry Find(string text, int start, int length) =>
        ref Find(text, start, length, _lower ? FoldedHash(text, start, length) : TextPool.Hash(text, start, length));

    /// <summary>
    /// <see cref="Find(string, int, int)"/> with the piece's hash computed by the caller: <see cref="TextPool.Seed"/> extended by
    /// <see cref="TextPool.Step"/> with each of its characters in order (ASCII-lower-cased for a lower-casing pool).
    /// </summary>
    public ref Entry Find(string text, int start, int length, uint hash)
    {
        System.Diagnostics.Debug.Assert(hash == (_lower ? FoldedHash(text, start, length) : TextPool.Hash(text, start, length)), "the hash of the piece as the pool keeps it");
        var mixed = (int)(hash ^ (hash >> 15));
        var mask = Capacity - 1;
        var slot = mixed & mask;
        while (_entries[slot].Text is { } existing)
        {
            if (_entries[slot].Hash == mixed && existing.Length == length && Matches(existing, text, start))
            {
                return ref _entries[slot];
            }

            slot = (slot + 1) & mask;
        }

        if (_count >= Limit)
        {
            Array.Clear(_entries, 0, _entries.Length);
            _count = 0;
            slot = mixed & mask;
        }

        _count++;
        ref var entry = ref _entries[slot];
        entry.Text = _lower ? LowerAscii(text, start, length) : text.Substring(start, length);
        entry.Hash = mixed;
        entry.HasValue = false;
        entry.Value = default!;
        return ref entry;
    }

    // Hashing and matching run for every word the tokenizers meet: one loop per pool kind, so the choice is not made per character.

    /// <summary>The hash of a piece as a lower-casing pool keeps it: <see cref="TextPool.Hash"/> of its ASCII-lowered form.</summary>
    private static uint FoldedHash(string text, int start, int length)
    {
        var hash = TextPool.Seed;
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            hash = TextPool.Step(hash, FoldAscii(text[i]));
        }

        return hash;
    }

    /// <summary>
    /// Whether <paramref name="existing"/>, of the piece's length, is the piece (lower-cased by a lower-casing pool).
    /// A plain loop: pieces are words of a few characters, where a library comparison's argument checks and set-up
    /// cost more than the comparing, and the hash has already matched, so the answer is nearly always yes.
    /// </summary>
    private bool Matches(string existing, string text, int start)
    {
        if (_lower)
        {
            for (var i = 0; i < existing.Length; i++)
            {
                if (existing[i] != FoldAscii(text[start + i]))
                {
                    return false;
                }
            }

            return true;
        }

        for (var i = 0; i < existing.Length; i++)
        {
            if (existing[i] != text[start + i])
            {
                return false;
            }
        }

        return true;
    }

    private static char FoldAscii(char c) => (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;

    /// <summary>ASCII capitals lowered, everything else as it is.</summary>
    private static string LowerAscii(string text, int start, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            var c = text[start + i];
            chars[i] = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
        }

        return new string(chars);
    }

    internal struct Entry
    {
        public string? Text;
        public int Hash;
        public bool HasValue;
        public TValue Value;
    }
}
