namespace NewsCorpus.Generator.Parsing;

/// <summary>
/// <see cref="char.IsLetterOrDigit(char)"/>, <see cref="char.IsWhiteSpace(char)"/> and <see cref="char.IsUpper(char)"/>,
/// exact, with the answer for ASCII computed in place: the tokenizers ask them of every character of every paragraph,
/// and news text is almost all ASCII.
/// </summary>
internal static class AsciiFirst
{
    public static bool IsLetterOrDigit(char c) =>
        c < 0x80 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 : char.IsLetterOrDigit(c);

    public static bool IsWhiteSpace(char c) => c < 0x80 ? c == ' ' || (uint)(c - '\t') <= '\r' - '\t' : char.IsWhiteSpace(c);

    public static bool IsUpper(char c) => c < 0x80 ? (uint)(c - 'A') <= 'Z' - 'A' : char.IsUpper(c);
}
