using System.Globalization;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Emit;

/// <summary>
/// The store of a corpus kept in the embedded resource: the header the resource must start with, the article count
/// and where the resource's article table starts (Storage/ArticleTableFormat); <c>ResourceCorpusStore</c> does the
/// reading. Nothing per article: the generated source stays the same size whatever the corpus holds.
/// </summary>
internal static class ResourceStoreEmitter
{
    public static void EmitStore(IndentedWriter w, CorpusLayoutSpec layout, string runtimeNamespace)
    {
        var resource = layout.Resource!;
        w.Line(GeneratedCode.GeneratedCodeAttribute);
        w.Open($"private sealed partial class Store : {runtimeNamespace}ResourceCorpusStore");
        w.Line("public Store()");
        w.Line(string.Format(
            CultureInfo.InvariantCulture,
            "    : base({0}, {1}, {2}L)",
            ResourceIndexEmitter.ResourceArguments("Store", resource.Header, resource.DataBytes),
            layout.Articles.Count,
            resource.TableOffset));
        w.Line("{");
        w.Line("}");
        w.Close();
    }
}
