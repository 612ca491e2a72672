using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Parsing.Input;

/// <summary>
/// The location of one character, found before the text is split into lines. It counts line breaks exactly as
/// <see cref="LineSplitter"/> does, so a diagnostic raised by an input check points where a parser one would.
/// </summary>
internal static class TextPosition
{
    public static TextSpanSpec At(string text, int index, int length = 1)
    {
        index = System.Math.Max(0, System.Math.Min(index, text.Length));
        length = System.Math.Max(0, System.Math.Min(length, text.Length - index));
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085')
            {
                if (c == '\r' && i + 1 < index && text[i + 1] == '\n')
                {
                    i++;
                }

                line++;
                lineStart = i + 1;
            }
        }

        var column = index - lineStart;
        return new TextSpanSpec(index, length, line, column, line, column + length);
    }
}
