using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing.Entities;

/// <summary>One word of a paragraph or headline, with the facts the entity rules ask about it.</summary>
/// <param name="Start">UTF-16 offset of the first character.</param>
/// <param name="Text">The word as written ("U.S.", "Asia-Pacific", "Zelensky" for "Zelensky's"): the text from Start to End.</param>
/// <param name="Classes">The word lists it is on (<see cref="EntityLexicon.ClassOf"/>), looked up once per distinct word.</param>
/// <param name="SentenceStart">The first word of a sentence, headline, quotation or bracket: capitalized by position.</param>
/// <param name="Possessive">Followed by "'s": a name ends here ("Russia's Security Council" is two names).</param>
/// <param name="Joined">Only white space separates it from the previous word, so the two can belong to one name.</param>
/// <remarks>16 bytes instead of 24 with End stored as well: an article's token lists are the parser's largest.</remarks>
internal readonly record struct EntityToken(int Start, string Text, WordClass Classes, bool SentenceStart, bool Possessive, bool Joined)
{
    /// <summary>Offset just past the word; a possessive "'s" is not part of it.</summary>
    public int End => Start + Text.Length;

    /// <summary>Whether the word is on any of the lists in <paramref name="classes"/>: <c>EntityLexicon.Has(Text, classes)</c>.</summary>
    public bool Is(WordClass classes) => (Classes & classes) != 0;

    public bool IsCapitalized => Text.Length > 0 && (char.IsUpper(Text[0]) || CharUnicode.IsTitlecase(Text[0]));

    /// <summary>All letters are capitals and there are at least two ("NATO", "U.S.").</summary>
    public bool IsAllCaps
    {
        get
        {
            var letters = 0;
            foreach (var c in Text)
            {
                if (char.IsLetter(c))
                {
                    if (!char.IsUpper(c))
                    {
                        return false;
                    }

                    letters++;
                }
            }

            return letters >= 2;
        }
    }
}

/// <summary>Splits text into <see cref="EntityToken"/>s. Culture-invariant and allocation-light; no regular expressions.</summary>
internal static class EntityText
{
    // Per thread: one string per distinct word, as the words of news text repeat heavily, with its word classes.
    [System.ThreadStatic]
    private static TextPool<WordClass>? t_words;

    private static TextPool<WordClass> Words => t_words ??= new TextPool<WordClass>(lowerAscii: false);

    public static List<EntityToken> Tokenize(string text)
    {
        var tokens = new List<EntityToken>();
        Tokenize(text, tokens);
        return tokens;
    }

    /// <summary>Tokenizes into <paramref name="tokens"/>, emptied first: a caller that tokenizes many paragraphs reuses its lists.</summary>
    public static void Tokenize(string text, List<EntityToken> tokens)
    {
        tokens.Clear();

        // The pool is asked for every word: fetched from its thread-static field once per text.
        var words = Words;
        var boundary = true;
        var joined = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ' || AsciiFirst.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (!AsciiFirst.IsLetterOrDigit(c))
            {
                boundary = IsBoundary(c, boundary, tokens, text, i);
                joined = false;
                i++;
                continue;
            }

            var start = i;
            var end = ScanWord(text, i, out var hash);
            var possessive = false;
            var next = end;
            if (end + 1 < text.Length && IsApostrophe(text[end]) && (text[end + 1] == 's' || text[end + 1] == 'S') && (end + 2 == text.Length || !AsciiFirst.IsLetterOrDigit(text[end + 2])))
            {
                possessive = true;
                next = end + 2;
            }

            var word = Word(words, text, start, end - start, hash, out var classes);

            // "Russia-backed", "Kremlin-controlled": the capitalized head is the name, the rest an adjective.
            // Capitalized first: most words are not, and then the hyphen need not be looked for.
            int hyphen;
            if (AsciiFirst.IsUpper(c) && (hyphen = word.IndexOf('-')) > 0 && EntityLexicon.IsAdjectiveSuffix(Substring(text, start + hyphen + 1, word.Length - hyphen - 1)))
            {
                word = Word(words, text, start, hyphen, TextPool.Hash(text, start, hyphen), out classes);
                possessive = false;
            }

            tokens.Add(new EntityToken(start, word, classes, boundary, possessive, joined && !boundary));
            boundary = false;
            joined = !possessive;
            i = next;
        }
    }

    /// <summary>
    /// <c>text.Substring(start, length)</c>, as one string per distinct piece and thread: the same few words and
    /// names are cut out of every article.
    /// </summary>
    public static string Substring(string text, int start, int length) =>
        length <= TextPool<WordClass>.MaxLength
            ? Words.Find(text, start, length).Text!
            : text.Substring(start, length);

    /// <summary><see cref="Substring"/> of a word, and the word lists it is on: looked up once per distinct word, not per question.</summary>
    /// <param name="hash">The word's <see cref="TextPool"/> hash, computed while it was scanned.</param>
    private static string Word(TextPool<WordClass> words, string text, int start, int length, uint hash, out WordClass classes)
    {
        if (length > TextPool<WordClass>.MaxLength)
        {
            var word = text.Substring(start, length);
            classes = EntityLexicon.ClassOf(word);
            return word;
        }

        ref var entry = ref words.Find(text, start, length, hash);
        if (!entry.HasValue)
        {
            entry.Value = EntityLexicon.ClassOf(entry.Text!);
            entry.HasValue = true;
        }

        classes = entry.Value;
        return entry.Text!;
    }

    /// <summary>True for the characters that can close a word's possessive: ' and ’.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>The end of the word from <paramref name="i"/>, and its <see cref="TextPool"/> hash, computed on the way.</summary>
    private static int ScanWord(string text, int i, out uint hash)
    {
        var start = i;
        hash = TextPool.Seed;
        while (true)
        {
            // Letters and digits are nearly every character of a word: passed over in a loop of their own.
            char letter;
            while (i < text.Length && AsciiFirst.IsLetterOrDigit(letter = text[i]))
            {
                hash = TextPool.Step(hash, letter);
                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            var c = text[i];
            if (CharUnicode.IsMark(c))
            {
                hash = TextPool.Step(hash, c);
                i++;
                continue;
            }

            // Most words end at a space, which joins nothing.
            if (c == ' ')
            {
                break;
            }

            var hasNext = i + 1 < text.Length && AsciiFirst.IsLetterOrDigit(text[i + 1]);
            if (hasNext && (c is '-' or '\u2010' or '\u2011'))
            {
                hash = TextPool.Step(hash, c);
                i++;
                continue;
            }

            // An apostrophe inside a name (O'Brien, Côte d'Ivoire) but not a possessive 's.
            if (hasNext && IsApostrophe(c) && !(text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !AsciiFirst.IsLetterOrDigit(text[i + 2]))))
            {
                hash = TextPool.Step(hash, c);
                i++;
                continue;
            }

            // Initials and dotted abbreviations: U.S., U.N., D.C. — one letter, a dot, and so on.
            if (c == '.' && i - start >= 1 && char.IsUpper(text[i - 1]) && (i - 1 == start || text[i - 2] == '.'))
            {
                hash = TextPool.Step(hash, c);
                if (hasNext && char.IsUpper(text[i + 1]) && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])))
                {
                    i++;
                    continue;
                }

                // The closing dot of an initial or abbreviation belongs to it ("U.S." and "V." keep their dot).
                return i + 1;
            }

            break;
        }

        return i;
    }

    private static bool IsBoundary(char c, bool current, List<EntityToken> tokens, string text, int index)
    {
        switch (c)
        {
            case '.':
                // A dot after an honorific or an abbreviation ("Mr.", "St.") does not end the sentence.
                if (tokens.Count > 0 && tokens[tokens.Count - 1].End == index && EntityLexicon.IsAbbreviation(tokens[tokens.Count - 1].Text))
                {
                    return current;
                }

                return true;
            case '!' or '?' or '\u2026' or ':' or ';' or '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB'
                or '\u2018' or '(' or '[' or '{' or '\u2014' or '\u2013' or '*' or '#' or '|' or '\u2022':
                return true;
            case '\'':
                // A quotation opening with a straight apostrophe; an apostrophe inside a word never reaches here.
                return index + 1 < text.Length && char.IsLetter(text[index + 1]);
            default:
                return current;
        }
    }
}

/// <summary>netstandard2.0-friendly category checks.</summary>
internal static class CharUnicode
{
    // Below these no character has the category, so the common Latin text skips the table lookup.
    private const char FirstMark = '\u0300';
    private const char FirstTitlecase = '\u01C5';

    public static bool IsMark(char c)
    {
        if (c < FirstMark)
        {
            return false;
        }

        var category = System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c);
        return category is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
    }

    public static bool IsTitlecase(char c) =>
        c >= FirstTitlecase && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.TitlecaseLetter;
}
