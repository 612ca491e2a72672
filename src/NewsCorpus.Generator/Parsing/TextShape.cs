using System;

namespace NewsCorpus.Generator.Parsing;

/// <summary>Small, culture-invariant facts about a piece of text that several parsing rules use.</summary>
internal static class TextShape
{
    public static int WordCount(string text) => WordCount(text, int.MaxValue);

    /// <summary>Words in <paramref name="text"/>, counting no further than <paramref name="limit"/>, so a rule that only asks "at most ten?" never walks a huge line.</summary>
    public static int WordCount(string text, int limit) => WordCount(text, 0, limit);

    /// <summary>Words in <paramref name="text"/> from <paramref name="start"/> on, as <see cref="WordCount(string, int)"/> counts them in that substring, without copying it.</summary>
    public static int WordCount(string text, int start, int limit)
    {
        // Every short line is counted while it is classified: the class of an ASCII character comes from a table,
        // and the count moves without a branch on it, since word and gap alternate every few characters.
        // A limit below zero stops at the first word, as zero does.
        limit = Math.Max(limit, 0);
        var classes = s_asciiWordClasses;
        var count = 0;
        var inWord = 0;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            int wordClass = c < '\u0080' ? classes[c] : WordClassOf(c);
            var isWord = wordClass & WordChar;
            count += isWord & ~inWord;
            if (count > limit)
            {
                return count;
            }

            inWord = isWord | (inWord & (wordClass >> 1));
        }

        return count;
    }

    /// <summary>A letter or digit: it makes a word.</summary>
    private const int WordChar = 1;

    /// <summary>An apostrophe or hyphen: it keeps a word going ("don't", "well-known"), but opens none.</summary>
    private const int WordJoiner = 2;

    /// <summary><see cref="WordClassOf"/> of each ASCII character.</summary>
    private static readonly byte[] s_asciiWordClasses = AsciiTable(c => (byte)WordClassOf(c));

    private static int WordClassOf(char c) =>
        char.IsLetterOrDigit(c) ? WordChar : c is '\'' or '\u2019' or '-' ? WordJoiner : 0;

    private static T[] AsciiTable<T>(Func<char, T> of)
    {
        var table = new T[128];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = of((char)c);
        }

        return table;
    }

    public static bool StartsWithDigit(string text) => text.Length > 0 && char.IsDigit(text[0]);

    /// <summary>True when the text ends like a sentence (., !, ?, …), ignoring closing quotes and brackets.</summary>
    public static bool EndsWithSentencePunctuation(string text)
    {
        var last = LastSignificantChar(text);
        return last is '.' or '!' or '?' or '\u2026' or ':';
    }

    /// <summary>The last character that is not white space, a closing quote, a bracket or Markdown emphasis; '\0' when there is none.</summary>
    public static char LastSignificantChar(string text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c is '"' or '\'' or '\u201D' or '\u201C' or '\u2019' or '\u00BB' or ')' or ']' or '*' or '_' || char.IsWhiteSpace(c))
            {
                continue;
            }

            return c;
        }

        return '\0';
    }

    /// <summary>The first letter or digit, skipping opening quotes, brackets, dashes and Markdown; '\0' when there is none.</summary>
    public static char FirstLetterOrDigit(string text) => FirstLetterOrDigit(text, 0, text.Length);

    /// <summary><see cref="FirstLetterOrDigit(string)"/> of <c>text[start..end)</c>, read in place.</summary>
    public static char FirstLetterOrDigit(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                return c;
            }

            if (!char.IsPunctuation(c) && !char.IsWhiteSpace(c) && !char.IsSymbol(c))
            {
                return '\0';
            }
        }

        return '\0';
    }

    /// <summary>True when the text begins, after any opening punctuation, with a lower-case letter: the rest of a sentence.</summary>
    public static bool StartsLowercase(string text) => char.IsLower(FirstLetterOrDigit(text));

    public static bool HasLetterOrDigit(string text) => HasLetterOrDigit(text, 0);

    /// <summary><see cref="HasLetterOrDigit(string)"/> of the text from <paramref name="start"/> on, read in place.</summary>
    public static bool HasLetterOrDigit(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Trims white space and the invisible characters (BOM, zero-width space) that scraped text carries at line edges.</summary>
    public static string Clean(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsInvisible(text[start]))
        {
            start++;
        }

        while (end > start && IsInvisible(text[end - 1]))
        {
            end--;
        }

        return start == 0 && end == text.Length ? text : text.Substring(start, end - start);
    }

    /// <summary>
    /// A key under which two lines count as the same line: white space collapsed, case folded invariantly and
    /// Markdown emphasis ignored, so "**Title**" repeats "Title".
    /// </summary>
    public static string LineKey(string text)
    {
        var length = WriteLineKey(text, ref s_keyBuffer);
        return length == 0 ? string.Empty : new string(s_keyBuffer!, 0, length);
    }

    /// <summary>
    /// A hash of the line's <see cref="LineKey"/>, without making the string: a line is compared by its key only when
    /// an earlier line's key hashed the same. Returns how many characters of the key are not spaces (0 exactly when
    /// the key is empty).
    /// </summary>
    public static int LineKeyHash(string text, out int hash)
    {
        // The loop has no branch on the text, since the lines hashed are story lines too: a character of the key
        // adds its own multiple, white space and emphasis add nothing. Spaces are left out of the hash altogether
        // (equal keys still hash alike; "ab cd" and "abcd" only collide and are told apart by SameLineKey).
        var factors = s_keyHashFactors;
        var sum = 0UL;
        var count = 0;
        foreach (var c in text)
        {
            var k = KeyCharOf(c);
            var value = (uint)((k + 1) & ~(k >> 31));
            sum += value * factors[count & (KeyHashFactors - 1)];
            count += (int)((value | (0u - value)) >> 31);
        }

        sum = (sum ^ (uint)count) * 0x9E3779B97F4A7C15UL;
        hash = (int)(sum ^ (sum >> 32));
        return count;
    }

    /// <summary>
    /// A hash of the first and the last <see cref="SignatureLength"/> characters of the line's <see cref="LineKey"/>
    /// that are not spaces, read from the line's two ends: lines with the same key have the same signature, and a
    /// long line is not read whole. Returns 0 exactly when the key is empty.
    /// </summary>
    public static int LineKeySignature(string text, out int signature)
    {
        var h = 14695981039346656037UL;
        var found = 0;
        for (var i = 0; i < text.Length && found < SignatureLength; i++)
        {
            var k = KeyCharOf(text[i]);
            if (k >= 0)
            {
                h = (h ^ (uint)k) * 1099511628211UL;
                found++;
            }
        }

        h = (h ^ 0xFFFF) * 1099511628211UL;
        var back = 0;
        for (var i = text.Length - 1; i >= 0 && back < SignatureLength; i--)
        {
            var k = KeyCharOf(text[i]);
            if (k >= 0)
            {
                h = (h ^ (uint)k) * 1099511628211UL;
                back++;
            }
        }

        signature = (int)(h ^ (h >> 32));
        return found;
    }

    /// <summary>How many key characters from each end make a <see cref="LineKeySignature"/>.</summary>
    private const int SignatureLength = 16;

    private const int KeyHashFactors = 64;

    /// <summary>Odd 64-bit factors, one per position of a key character modulo <see cref="KeyHashFactors"/> (SplitMix64 from a fixed seed).</summary>
    private static readonly ulong[] s_keyHashFactors = KeyHashFactorTable();

    private static ulong[] KeyHashFactorTable()
    {
        var factors = new ulong[KeyHashFactors];
        var state = 0x243F6A8885A308D3UL;
        for (var i = 0; i < factors.Length; i++)
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            factors[i] = (z ^ (z >> 31)) | 1;
        }

        return factors;
    }

    /// <summary>True when the two lines have the same <see cref="LineKey"/>, found without making either string.</summary>
    public static bool SameLineKey(string left, string right)
    {
        var length = WriteLineKey(left, ref s_keyBuffer);
        return WriteLineKey(right, ref s_otherKeyBuffer) == length
            && new ReadOnlySpan<char>(s_keyBuffer, 0, length).SequenceEqual(new ReadOnlySpan<char>(s_otherKeyBuffer, 0, length));
    }

    /// <summary>Writes the line's key into a per-thread buffer and returns its length.</summary>
    private static int WriteLineKey(string text, ref char[]? buffer)
    {
        // Written into a reused buffer, not grown in a builder: keys are written for every pair of lines compared.
        if (buffer is null || buffer.Length < text.Length)
        {
            buffer = new char[Math.Max(text.Length, 256)];
        }

        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            var k = KeyCharOf(c);
            if (k < 0)
            {
                space |= k == KeySpace && length > 0;
                continue;
            }

            if (space)
            {
                buffer[length++] = ' ';
                space = false;
            }

            buffer[length++] = (char)k;
        }

        return length;
    }

    /// <summary>What <paramref name="c"/> is in a line key: <see cref="KeySpace"/>, <see cref="KeySkipped"/> or the character it becomes.</summary>
    private static int KeyCharOf(char c) => c < '\u0080' ? s_asciiKeyChars[c] : IsInvisible(c) ? KeySpace : KeyChar(c);

    /// <summary>White space, or an invisible character: runs of it become one space between words.</summary>
    private const int KeySpace = -1;

    /// <summary>Markdown emphasis, left out of the key.</summary>
    private const int KeySkipped = -2;

    /// <summary><see cref="KeyCharOf"/> of each ASCII character, so a key costs a table look-up per character of a plain line.</summary>
    private static readonly short[] s_asciiKeyChars = AsciiTable(c => (short)(IsKeySpace(c) ? KeySpace : c is '*' or '#' or '_' ? KeySkipped : KeyChar(c)));

    /// <summary>White space, or an invisible character, which a line key collapses to one space between words.</summary>
    private static bool IsKeySpace(char c) =>
        // ASCII white space is the tab to carriage return range and the space; the general test is slower.
        c < '\u0080' ? c == ' ' || (uint)(c - '\t') <= '\r' - '\t' : IsInvisible(c);

    /// <summary>A character of a line key: case folded invariantly.</summary>
    private static char KeyChar(char c) =>
        // ASCII folds the same in every culture, invariant included; the rest goes to the runtime.
        // General Punctuation (U+2000-U+206F: curly quotes, dashes, ellipsis) has no case either.
        c < '\u0080' ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c)
            : c is >= '\u2000' and <= '\u206F' ? c : char.ToLowerInvariant(c);

    [ThreadStatic]
    private static char[]? s_keyBuffer;

    [ThreadStatic]
    private static char[]? s_otherKeyBuffer;

    /// <summary>True when <paramref name="text"/> starts with <paramref name="prefix"/> (ignoring case) followed by a non-letter or the end.</summary>
    public static bool StartsWithWord(string text, string prefix) => StartsWithWord(text, 0, text.Length, prefix);

    /// <summary><see cref="StartsWithWord(string, string)"/> of <c>text[start..end)</c>, read in place.</summary>
    public static bool StartsWithWord(string text, int start, int end, string prefix)
    {
        if (end - start < prefix.Length || string.Compare(text, start, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }

        var after = start + prefix.Length;
        return after == end || !char.IsLetterOrDigit(prefix[prefix.Length - 1]) || !char.IsLetterOrDigit(text[after]);
    }

    /// <summary>True when <paramref name="word"/> occurs in <paramref name="text"/> (ignoring case) with no letter or digit on either side.</summary>
    public static bool ContainsWord(string text, string word)
    {
        var from = 0;
        while (from <= text.Length - word.Length)
        {
            var at = text.IndexOf(word, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var afterIndex = at + word.Length;
            var after = afterIndex >= text.Length || !char.IsLetterOrDigit(text[afterIndex]);
            if (before && after)
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    private static bool IsInvisible(char c) => char.IsWhiteSpace(c) || c is '\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u2060';
}
