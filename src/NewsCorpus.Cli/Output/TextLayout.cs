using System.Collections.Generic;
using System.Text;

namespace NewsCorpus.Cli.Output;

/// <summary>Small text helpers for terminal layout and one-record-per-line output.</summary>
internal static class TextLayout
{
    /// <summary>At most <paramref name="max"/> characters, ending in an ellipsis when cut.</summary>
    public static string Shorten(string text, int max) =>
        max <= 1 || text.Length <= max ? text : text.Substring(0, max - 1).TrimEnd() + "\u2026";

    /// <summary>Line breaks and tabs become spaces, so a value fits on one line of tab-separated output.</summary>
    public static string OneLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is '\t' or '\r' or '\n' ? ' ' : c);
        }

        return builder.ToString();
    }

    /// <summary>Word-wraps <paramref name="text"/> to <paramref name="width"/> columns, each line prefixed with <paramref name="indent"/>.</summary>
    public static IEnumerable<string> Wrap(string text, int width, string indent = "")
    {
        var room = width - indent.Length;
        if (room < 20)
        {
            yield return indent + text;
            yield break;
        }

        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (word.Length == 0)
            {
                continue;
            }

            if (line.Length > 0 && line.Length + 1 + word.Length > room)
            {
                yield return indent + line;
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        if (line.Length > 0)
        {
            yield return indent + line;
        }
    }
}
