using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>
/// Sentence boundaries over a paragraph's tokens. A sentence ends at . ! ? or … before a capital, a digit or a
/// quotation, and after a quotation that itself ends a sentence ("…lasts.” Analysts…). Quotations are single
/// tokens, so a period inside one never splits the reporter's sentence around it.
/// </summary>
internal static class Sentences
{
    /// <returns>Token ranges [Start, End) in order.</returns>
    public static List<(int Start, int End)> Split(List<Token> tokens, string text)
    {
        var sentences = new List<(int Start, int End)>();
        Split(tokens, text, sentences);
        return sentences;
    }

    /// <summary>Splits into <paramref name="sentences"/>, emptied first: a caller that splits many paragraphs reuses its lists.</summary>
    public static void Split(List<Token> tokens, string text, List<(int Start, int End)> sentences)
    {
        sentences.Clear();
        var start = 0;
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            var token = tokens[i];
            var ends = token.Kind == TokenKind.Punctuation
                ? token.Text[0] is '.' or '!' or '?' or '\u2026'
                : token.Kind == TokenKind.Quote && EndsSentence(text, token) && StartsSentence(tokens[i + 1], allowQuote: true);
            if (ends && StartsSentence(tokens[i + 1], allowQuote: true))
            {
                sentences.Add((start, i + 1));
                start = i + 1;
            }
        }

        if (start < tokens.Count)
        {
            sentences.Add((start, tokens.Count));
        }
    }

    private static bool StartsSentence(Token token, bool allowQuote) =>
        token.Kind == TokenKind.Quote ? allowQuote
        : token.Kind == TokenKind.Word && (char.IsUpper(token.Text[0]) || char.IsDigit(token.Text[0]));

    private static bool EndsSentence(string text, Token quote)
    {
        for (var i = quote.End - 1; i >= quote.Start; i--)
        {
            var c = text[i];
            // The marks first: a closing mark beyond Latin-1 costs IsWhiteSpace a Unicode lookup.
            if (QuoteMark.IsMarkChar(c) || char.IsWhiteSpace(c))
            {
                continue;
            }

            return c is '.' or '!' or '?' or '\u2026';
        }

        return false;
    }
}
