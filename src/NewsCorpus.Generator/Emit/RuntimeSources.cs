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

    private const string ResourceModePrefix = "NewsCorpus.ResourceMode.";

    public static IEnumerable<(string HintName, string Source)> Load() => Load(Prefix);

    /// <summary>
    /// The resource-backed stores (Runtime/ResourceMode): added only to consumers whose corpus is an embedded resource,
    /// because they need unsafe code that an inline consumer has no reason to allow.
    /// </summary>
    public static IEnumerable<(string HintName, string Source)> LoadResourceMode() => Load(ResourceModePrefix);

    private static IEnumerable<(string HintName, string Source)> Load(string prefix)
    {
        var assembly = typeof(RuntimeSources).Assembly;
        var names = new List<string>(assembly.GetManifestResourceNames());
        names.Sort(System.StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (!name.StartsWith(prefix, System.StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var hintName = "NewsCorpus.Runtime." + name.Substring(prefix.Length).Replace(".cs", ".g.cs");
            yield return (hintName, reader.ReadToEnd().Replace("\r\n", "\n"));
        }
    }
}
