namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>
/// What the characters around a mark say about it. A mark after white space and before a word opens
/// (<c> "We</c>); a mark after a word and before white space or punctuation closes (<c>win," he</c>). Straight
/// marks have no direction of their own, so this is all there is to go on; curly marks are checked against it
/// because damaged text puts them the wrong way round (<c>comply. “</c> at the end of a paragraph).
/// </summary>
internal static class MarkContext
{
    public static bool OpeningLike(string text, int position, int end) =>
        LeftIsOpen(text, position) && !RightIsSpaceOrEnd(text, end) && !RightIsClosingPunctuation(text, end);

    public static bool ClosingLike(string text, int position, int end) =>
        !LeftIsOpen(text, position) && (RightIsSpaceOrEnd(text, end) || RightIsClosingPunctuation(text, end));

    /// <summary>True when only white space follows <paramref name="end"/> up to the end of the paragraph.</summary>
    public static bool RestIsBlank(string text, int end)
    {
        for (var i = end; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static bool LeftIsOpen(string text, int position)
    {
        if (position == 0)
        {
            return true;
        }

        var c = text[position - 1];
        return char.IsWhiteSpace(c) || c is '(' or '[' or '{' or '\u2014' or '\u2013' or '/' || QuoteMark.IsMarkChar(c);
    }

    public static bool RightIsSpaceOrEnd(string text, int end) => end >= text.Length || char.IsWhiteSpace(text[end]);

    private static bool RightIsClosingPunctuation(string text, int end)
    {
        if (end >= text.Length)
        {
            return false;
        }

        var c = text[end];
        return c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '\u2026' or '\u2014' or '\u2013' or '-' || QuoteMark.IsMarkChar(c);
    }
}
