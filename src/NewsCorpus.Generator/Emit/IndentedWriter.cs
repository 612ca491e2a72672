using System.Text;

namespace NewsCorpus.Generator.Emit;

/// <summary>A small writer for generated C#: tracks indentation and always writes '\n' line ends, so output is the same on every OS.</summary>
internal sealed class IndentedWriter
{
    private const string IndentUnit = "    ";

    private readonly StringBuilder _builder = new();
    private int _indent;

    public IndentedWriter Line(string text = "")
    {
        // Preprocessor directives stay in column one, where readers expect them.
        if (text.Length > 0 && text[0] != '#')
        {
            for (var i = 0; i < _indent; i++)
            {
                _builder.Append(IndentUnit);
            }
        }

        _builder.Append(text);
        _builder.Append('\n');
        return this;
    }

    public IndentedWriter Open(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return this;
    }

    public IndentedWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public override string ToString() => _builder.ToString();
}
