using System;
using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>
/// Splits a paragraph into words, punctuation and whole quotations. Quotation marks themselves are dropped: the
/// quotation token stands for them. A period that belongs to an abbreviation (Mr., U.S., Gen.) stays in its word
/// so it does not end a sentence. One pass over the text.
/// </summary>
internal static class ParagraphTokenizer
{
    /// <param name="text">The paragraph.</param>
    /// <param name="quotes">The paragraph's quotations in order: quoted range and index in the article's quote list.</param>
    public static List<Token> Tokenize(string text, List<(int Start, int End, int Index)> quotes)
    {
        var tokens = new List<Token>();
        Tokenize(text, quotes, tokens);
        return tokens;
    }

    /// <summary>Tokenizes into <paramref name="tokens"/>, emptied first: a caller that tokenizes many paragraphs reuses its lists.</summary>
    /// <remarks>The quotations come as a <see cref="List{T}"/>, not an interface, so reading them costs no interface call.</remarks>
    public static void Tokenize(string text, List<(int Start, int End, int Index)> quotes, List<Token> tokens)
    {
        tokens.Clear();
        var pool = Pool;

        // The next quotation's start, read from the list once per quotation rather than once per character.
        var quoteCount = quotes.Count;
        var q = 0;
        var nextQuote = quoteCount > 0 ? quotes[0].Start : int.MaxValue;
        var i = 0;
        while (i < text.Length)
        {
            if (i >= nextQuote)
            {
                var quote = quotes[q];
                tokens.Add(new Token(TokenKind.Quote, quote.Start, quote.End, string.Empty, quote.Index));
                i = System.Math.Max(i, quote.End);
                q++;
                nextQuote = q < quoteCount ? quotes[q].Start : int.MaxValue;
                continue;
            }

            var c = text[i];
            if (c == ' ')
            {
                // The commonest character, and neither a word nor punctuation.
                i++;
                continue;
            }

            if (AsciiFirst.IsLetterOrDigit(c))
            {
                var word = ReadWord(pool, text, i, System.Math.Min(text.Length, nextQuote));
                tokens.Add(word);
                i = word.End;
                continue;
            }

            if (IsPunctuation(text, i))
            {
                tokens.Add(new Token(TokenKind.Punctuation, i, i + 1, PunctuationText(c), -1));
            }

            i++;
        }
    }

    /// <summary>The word <c>text[start..end)</c> as a token, made as the tokenizer makes its words: string and flags from this thread's pool.</summary>
    public static Token WordToken(string text, int start, int end) => WordToken(Pool, text, start, end);

    /// <summary>
    /// The words of a name or a role, between its spaces, as tokens (<see cref="WordToken(string, int, int)"/>): read
    /// in place, each word's string and flags from the pool, where splitting would cut every word out and look it up.
    /// </summary>
    public static SpacedWords WordsOf(string text) => new(text);

    /// <summary>The enumerator of <see cref="WordsOf(string)"/>, a struct that <c>foreach</c> uses with no allocation.</summary>
    public struct SpacedWords
    {
        private readonly string _text;
        private int _end;

        public SpacedWords(string text)
        {
            _text = text;
            _end = 0;
            Current = default;
        }

        public Token Current { get; private set; }

        public readonly SpacedWords GetEnumerator() => this;

        public bool MoveNext()
        {
            if (!Words.NextSpaced(_text, ref _end, _text.Length, out var start, out var end))
            {
                return false;
            }

            Current = WordToken(_text, start, end);
            return true;
        }
    }

    private static Token WordToken(TextPool<WordFlags> pool, string text, int start, int end) =>
        WordToken(pool, text, start, end, TextPool.Hash(text, start, end - start));

    /// <param name="hash">The word's <see cref="TextPool"/> hash, computed while it was read.</param>
    private static Token WordToken(TextPool<WordFlags> pool, string text, int start, int end, uint hash)
    {
        ref readonly var word = ref Word(pool, text, start, end - start, hash);
        return new Token(TokenKind.Word, start, end, word.Text!, -1, word.Value.Flags, word.Value.BaseFlags);
    }

    /// <summary>The word from <paramref name="start"/>, ending before <paramref name="limit"/> at the latest, as a token.</summary>
    /// <remarks>The word's pool hash is computed as its characters are read, so the pool need not read them again.</remarks>
    private static Token ReadWord(TextPool<WordFlags> pool, string text, int start, int limit)
    {
        var hash = TextPool.Seed;
        var i = start;
        while (i < limit)
        {
            var c = text[i];
            if (AsciiFirst.IsLetterOrDigit(c))
            {
                hash = TextPool.Step(hash, c);
                i++;
                continue;
            }

            // Inside a word: aren’t, Jean-Pierre, U.S, 5.25, AT&T.
            var joins = c is '\'' or '\u2019' or '-' or '.' or '&' or '\u2010' or '\u2011';
            if (joins && i + 1 < limit && AsciiFirst.IsLetterOrDigit(text[i + 1]))
            {
                hash = TextPool.Step(TextPool.Step(hash, c), text[i + 1]);
                i += 2;
                continue;
            }

            break;
        }

        // A trailing period of an abbreviation or an initial belongs to the word.
        if (i < limit && text[i] == '.')
        {
            ref readonly var entry = ref Word(pool, text, start, i - start, hash);
            var word = entry.Text!;
            if (!(word.IndexOf('.') >= 0 || (entry.Value.Flags & FunctionWords.Abbreviations.Flag) != 0 || (word.Length == 1 && char.IsUpper(word[0]))))
            {
                // The sentence's period: the word is the one just looked up.
                return new Token(TokenKind.Word, start, i, word, -1, entry.Value.Flags, entry.Value.BaseFlags);
            }

            hash = TextPool.Step(hash, '.');
            i++;
        }

        return WordToken(pool, text, start, i, hash);
    }

    // Per thread: each distinct word's string and lexicon flags, so a repeated word costs neither a string nor a lookup.
    [ThreadStatic]
    private static TextPool<WordFlags>? t_words;

    private static TextPool<WordFlags> Pool => t_words ??= new TextPool<WordFlags>(lowerAscii: false);

    [ThreadStatic]
    private static TextPool<WordFlags>.Entry t_long;

    /// <summary>
    /// The word <c>text[start..start+length)</c> with <c>Lexicon.Of</c> of it (and <see cref="LexFlags.Hyphenated"/>)
    /// and of it without a possessive ending: equal to cutting it out and looking it up, from the pool when the word
    /// was seen before.
    /// </summary>
    /// <remarks>
    /// The pool is the caller's <see cref="t_words"/>, read once per paragraph rather than per word;
    /// <paramref name="hash"/> is the word's <see cref="TextPool"/> hash, computed as the caller read it.
    /// </remarks>
    private static ref TextPool<WordFlags>.Entry Word(TextPool<WordFlags> pool, string text, int start, int length, uint hash)
    {
        if (length > TextPool<WordFlags>.MaxLength)
        {
            t_long = new TextPool<WordFlags>.Entry { Text = text.Substring(start, length) };
            return ref WithFlags(ref t_long);
        }

        return ref WithFlags(ref pool.Find(text, start, length, hash));
    }

    private static ref TextPool<WordFlags>.Entry WithFlags(ref TextPool<WordFlags>.Entry entry)
    {
        if (!entry.HasValue)
        {
            var word = entry.Text!;
            var flags = Lexicon.Of(word);
            var hyphenated = word.IndexOf('-') >= 0 ? LexFlags.Hyphenated : LexFlags.None;
            entry.Value = new WordFlags(flags | hyphenated, Words.IsPossessive(word) ? Lexicon.Of(Words.WithoutPossessive(word)) : flags);
            entry.HasValue = true;
        }

        return ref entry;
    }

    private readonly record struct WordFlags(LexFlags Flags, LexFlags BaseFlags);

    /// <summary>The mark <see cref="IsPunctuation"/> accepts, as a string made once rather than looked up in the pool.</summary>
    private static string PunctuationText(char c) => c switch
    {
        ',' => ",",
        '.' => ".",
        ':' => ":",
        ';' => ";",
        '!' => "!",
        '?' => "?",
        '(' => "(",
        ')' => ")",
        '[' => "[",
        ']' => "]",
        '\u2014' => "\u2014",
        '\u2013' => "\u2013",
        '\u2026' => "\u2026",
        '-' => "-",
        _ => c.ToString(),
    };

    private static bool IsPunctuation(string text, int i)
    {
        var c = text[i];
        if (c is ',' or '.' or ':' or ';' or '!' or '?' or '(' or ')' or '[' or ']' or '\u2014' or '\u2013' or '\u2026')
        {
            return true;
        }

        // A hyphen between spaces is a dash: "one - the defense".
        return c == '-' && i > 0 && i + 1 < text.Length && char.IsWhiteSpace(text[i - 1]) && char.IsWhiteSpace(text[i + 1]);
    }
}
