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
    public static string StringLiteral(string value) => Literal(value, suffix: "");

    /// <summary>
    /// A C# UTF-8 literal (<c>"..."u8</c>) whose bytes are the UTF-8 encoding of <paramref name="value"/>. An unpaired
    /// surrogate has no UTF-8 form (the compiler rejects it, CS9026), so it becomes U+FFFD, as any UTF-8 encoder makes it.
    /// </summary>
    public static string Utf8Literal(string value) => Literal(ReplaceUnpairedSurrogates(value), suffix: "u8");

    /// <summary>
    /// Text for an XML doc comment: markup characters escaped, line breaks and characters XML cannot hold folded to
    /// spaces, shortened to <paramref name="maxLength"/> without splitting a surrogate pair.
    /// </summary>
    public static string XmlDocText(string value, int maxLength = 200)
    {
        var builder = new StringBuilder();
        var lastWasSpace = false;
        for (var i = 0; i < value.Length; i++)
        {
            if (builder.Length >= maxLength)
            {
                builder.Append('…');
                break;
            }

            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[i + 1]);
                i++;
                lastWasSpace = false;
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF')
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

    /// <summary><paramref name="value"/> with every unpaired surrogate replaced by U+FFFD; the same instance when there is none.</summary>
    public static string ReplaceUnpairedSurrogates(string value)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder?.Append(c).Append(value[i + 1]);
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                builder ??= new StringBuilder(value.Length).Append(value, 0, i);
                builder.Append('\uFFFD');
                continue;
            }

            builder?.Append(c);
        }

        return builder?.ToString() ?? value;
    }

    // Sized for the whole literal, suffix included, so a data chunk of a megabyte is not copied once more to end it.
    private static string Literal(string value, string suffix)
    {
        var builder = new StringBuilder(value.Length + 2 + suffix.Length);
        builder.Append('"');
        AppendEscaped(builder, value);
        builder.Append('"').Append(suffix);
        return builder.ToString();
    }

    private static void AppendEscaped(StringBuilder builder, string value)
    {
        // Nearly all corpus text needs no escape: it is copied in runs, and printable ASCII is told apart without a
        // Unicode category lookup. Re-emitting an edited article's megabyte data chunk is most of an edit's output work.
        var plainStart = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (IsPlainAscii(c) || (c > '\u007F' && !NeedsUnicodeEscape(c, value, i)))
            {
                continue;
            }

            builder.Append(value, plainStart, i - plainStart);
            plainStart = i + 1;
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default: builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)); break;
            }
        }

        builder.Append(value, plainStart, value.Length - plainStart);
    }

    // Printable ASCII but the quote and the backslash: written as it is.
    private static bool IsPlainAscii(char c) => c >= ' ' && c < '\u007F' && c != '"' && c != '\\';

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
