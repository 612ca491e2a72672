using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace NewsCorpus.Generator.Emit;

/// <summary>
/// The runtime types (Article, Quote, the store and readers) are ordinary C# files under Runtime/, embedded in
/// the generator and added to every consumer once, as post-initialization output: they never depend on the corpus.
/// </summary>
internal static class RuntimeSources
{
    private const string Prefix = "NewsCorpus.Runtime.";

    public static IEnumerable<(string HintName, string Source)> Load()
    {
        var assembly = typeof(RuntimeSources).Assembly;
        var names = new List<string>(assembly.GetManifestResourceNames());
        names.Sort(System.StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (!name.StartsWith(Prefix, System.StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var hintName = "NewsCorpus.Runtime." + name.Substring(Prefix.Length).Replace(".cs", ".g.cs");
            yield return (hintName, reader.ReadToEnd().Replace("\r\n", "\n"));
        }
    }

    /// <summary>
    /// The base class of a resource-backed store (Runtime/ResourceMode): added only to consumers whose corpus is an
    /// embedded resource, because it needs unsafe code that an inline consumer has no reason to allow.
    /// </summary>
    public static string ResourceCorpusStore()
    {
        using var stream = typeof(RuntimeSources).Assembly.GetManifestResourceStream("NewsCorpus.ResourceMode.ResourceCorpusStore.cs")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }
}
