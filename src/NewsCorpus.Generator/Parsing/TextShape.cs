namespace NewsCorpus.Generator.Parsing;

/// <summary>Small, culture-invariant facts about a piece of text that several parsing rules use.</summary>
internal static class TextShape
{
    public static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWord = char.IsLetterOrDigit(c);
            if (isWord && !inWord)
            {
                count++;
            }

            inWord = isWord || (inWord && (c is '\'' or '\u2019' or '-'));
        }

        return count;
    }

    public static bool StartsWithDigit(string text) => text.Length > 0 && char.IsDigit(text[0]);

    /// <summary>True when the text ends like a sentence (., !, ?, …), ignoring closing quotes and brackets.</summary>
    public static bool EndsWithSentencePunctuation(string text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c is '"' or '\'' or '\u201D' or '\u201C' or '\u2019' or '\u00BB' or ')' or ']' or '*' || char.IsWhiteSpace(c))
            {
                continue;
            }

            return c is '.' or '!' or '?' or '\u2026' or ':';
        }

        return false;
    }
}
