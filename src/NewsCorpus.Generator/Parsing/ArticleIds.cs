using System;
using System.IO;

namespace NewsCorpus.Generator.Parsing;

/// <summary>
/// Article ids are the file's path relative to the corpus folder, without extension, with '/' separators
/// ("sport/199"), so they are the same on every OS and stable when other files change.
/// </summary>
internal static class ArticleIds
{
    public static string FromPath(string path, string? root)
    {
        var full = Normalize(path);
        var withoutExtension = StripExtension(full);
        if (root is not null)
        {
            var prefix = Normalize(root).TrimEnd('/') + "/";
            if (withoutExtension.StartsWith(prefix, StringComparison.Ordinal) && withoutExtension.Length > prefix.Length)
            {
                return withoutExtension.Substring(prefix.Length);
            }
        }

        var slash = withoutExtension.LastIndexOf('/');
        return slash >= 0 ? withoutExtension.Substring(slash + 1) : withoutExtension;
    }

    private static string Normalize(string path)
    {
        var normalized = path.Replace('\\', '/');
        try
        {
            // Collapses "a/../b" and "./" so a root given relative to the project matches the compiler's full paths.
            if (Path.IsPathRooted(path))
            {
                normalized = Path.GetFullPath(path).Replace('\\', '/');
            }
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
        }

        return normalized;
    }

    private static string StripExtension(string path)
    {
        var slash = path.LastIndexOf('/');
        var dot = path.LastIndexOf('.');
        return dot > slash + 1 ? path.Substring(0, dot) : path;
    }
}
