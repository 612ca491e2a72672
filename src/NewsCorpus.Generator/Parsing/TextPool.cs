using System;

namespace NewsCorpus.Generator.Parsing;

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
    public ref Entry Find(string text, int start, int length)
    {
        var hash = Hash(text, start, length);
        var mask = Capacity - 1;
        var slot = hash & mask;
        while (_entries[slot].Text is { } existing)
        {
            if (_entries[slot].Hash == hash && Matches(existing, text, start, length))
            {
                return ref _entries[slot];
            }

            slot = (slot + 1) & mask;
        }

        if (_count >= Limit)
        {
            Array.Clear(_entries, 0, _entries.Length);
            _count = 0;
            slot = hash & mask;
        }

        _count++;
        ref var entry = ref _entries[slot];
        entry.Text = _lower ? LowerAscii(text, start, length) : text.Substring(start, length);
        entry.Hash = hash;
        entry.HasValue = false;
        entry.Value = default!;
        return ref entry;
    }

    // Hash and Matches run for every word the tokenizers meet: one loop per pool kind, so the choice is not made per character.
    private int Hash(string text, int start, int length)
    {
        var hash = (uint)length * 16777619u ^ 2166136261u;
        var end = start + length;
        if (_lower)
        {
            for (var i = start; i < end; i++)
            {
                hash = (hash ^ FoldAscii(text[i])) * 16777619u;
            }
        }
        else
        {
            for (var i = start; i < end; i++)
            {
                hash = (hash ^ text[i]) * 16777619u;
            }
        }

        return (int)(hash ^ (hash >> 15));
    }

    private bool Matches(string existing, string text, int start, int length)
    {
        if (existing.Length != length)
        {
            return false;
        }

        if (!_lower)
        {
            return string.CompareOrdinal(existing, 0, text, start, length) == 0;
        }

        for (var i = 0; i < length; i++)
        {
            if (existing[i] != FoldAscii(text[start + i]))
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
