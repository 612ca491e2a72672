using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace NewsCorpus.Generator.Tests.Robustness.Support;

/// <summary>The seed articles as text, as raw material for mutated and oversized inputs (never as special cases).</summary>
internal static class SeedTexts
{
    private static readonly Lazy<IReadOnlyList<string>> s_all = new(() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToList());

    public static IReadOnlyList<string> All => s_all.Value;

    /// <summary>The seeds' non-blank lines, normalized to LF, in order.</summary>
    public static IReadOnlyList<string> Lines { get; } = All
        .SelectMany(text => text.Replace("\r\n", "\n").Split('\n'))
        .Where(line => line.Trim().Length > 0)
        .ToList();

    /// <summary>
    /// Real article text, repeated until it is at least <paramref name="chars"/> characters long, joined by
    /// <paramref name="separator"/>; <paramref name="numbered"/> makes every line unique, so none is set aside as a repeat.
    /// </summary>
    public static string Repeat(int chars, string separator, bool numbered = false)
    {
        var builder = new System.Text.StringBuilder(chars + 1024);
        var i = 0;
        while (builder.Length < chars)
        {
            builder.Append(Lines[i % Lines.Count]);
            if (numbered)
            {
                builder.Append(" (").Append(i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(')');
            }

            builder.Append(separator);
            i++;
        }

        return builder.ToString();
    }
}
