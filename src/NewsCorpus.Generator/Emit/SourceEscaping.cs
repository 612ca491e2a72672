using System.Globalization;
using System.Text;

namespace NewsCorpus.Generator.Emit;

/// <summary>
/// Everything corpus text passes through on its way into generated source. Corpus text is data: it must never
/// be able to end a literal, open a comment, start a directive or break a line in the generated code.
/// </summary>
internal static class SourceEscaping
{
    /// <summary>A regular C# string literal (quotes included) whose value is exactly <paramref name="value"/>.</summary>
    public static string StringLiteral(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        AppendEscaped(builder, value);
        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>A C# UTF-8 literal (<c>"..."u8</c>) whose bytes are the UTF-8 encoding of <paramref name="value"/>.</summary>
    public static string Utf8Literal(string value) => StringLiteral(value) + "u8";

    /// <summary>Text for an XML doc comment: markup characters escaped, line breaks folded, shortened to <paramref name="maxLength"/>.</summary>
    public static string XmlDocText(string value, int maxLength = 200)
    {
        var builder = new StringBuilder();
        var lastWasSpace = false;
        foreach (var c in value)
        {
            if (builder.Length >= maxLength)
            {
                builder.Append('…');
                break;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c) || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029')
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString().Trim();
    }

    private static void AppendEscaped(StringBuilder builder, string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (NeedsUnicodeEscape(c, value, i))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// Control and format characters, C#'s extra line terminators (U+0085, U+2028, U+2029) and unpaired surrogates
    /// are written as \uXXXX so the literal stays on one line and the file stays valid UTF-8.
    /// </summary>
    private static bool NeedsUnicodeEscape(char c, string value, int index)
    {
        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= value.Length || !char.IsLowSurrogate(value[index + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return index == 0 || !char.IsHighSurrogate(value[index - 1]);
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned || c == '\u0085';
    }
}
