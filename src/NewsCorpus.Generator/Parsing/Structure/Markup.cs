using System;

namespace NewsCorpus.Generator.Parsing.Structure;

/// <summary>
/// The little Markdown that scraped and exported articles carry on whole lines: "# Heading", "**Bold line**",
/// "__Bold line__". Only markers that wrap or open the whole line are touched; emphasis inside a sentence is text.
/// </summary>
internal static class Markup
{
    /// <summary>True when the whole line is marked as a heading: opened by '#' or wrapped in ** / __.</summary>
    public static bool IsMarkedHeading(string text) => HeadingLevel(text) > 0 || IsWrapped(text, "**") || IsWrapped(text, "__");

    /// <summary>The line without its heading marker or whole-line emphasis.</summary>
    public static string Strip(string text)
    {
        var result = text.Trim();
        if (HeadingLevel(result) > 0)
        {
            result = result.TrimStart('#').Trim();

            // "## Heading ##" closes with the same marker.
            if (result.EndsWith("#", StringComparison.Ordinal))
            {
                result = result.TrimEnd('#').Trim();
            }
        }

        for (var pass = 0; pass < 2; pass++)
        {
            if (IsWrapped(result, "**") || IsWrapped(result, "__"))
            {
                result = result.Substring(2, result.Length - 4).Trim();
            }
            else if (IsWrapped(result, "*") || IsWrapped(result, "_"))
            {
                result = result.Substring(1, result.Length - 2).Trim();
            }
        }

        return result;
    }

    /// <summary>1 to 6 for a Markdown ATX heading ("## Heading"), 0 otherwise; "#hashtag" is not a heading.</summary>
    private static int HeadingLevel(string text)
    {
        var level = 0;
        while (level < text.Length && text[level] == '#')
        {
            level++;
        }

        return level is > 0 and <= 6 && level < text.Length && char.IsWhiteSpace(text[level]) ? level : 0;
    }

    private static bool IsWrapped(string text, string marker) =>
        text.Length > marker.Length * 2
        && text.StartsWith(marker, StringComparison.Ordinal)
        && text.EndsWith(marker, StringComparison.Ordinal)
        && !char.IsWhiteSpace(text[marker.Length])
        && text.IndexOf(marker, marker.Length, StringComparison.Ordinal) == text.Length - marker.Length;
}
