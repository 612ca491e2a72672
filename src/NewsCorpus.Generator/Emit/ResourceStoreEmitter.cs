using System.Globalization;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Emit;

/// <summary>
/// The store of a corpus kept in the embedded resource: only the typed index (offset, length and checksum per
/// article) and the header the resource must start with; <c>ResourceCorpusStore</c> does the reading.
/// </summary>
internal static class ResourceStoreEmitter
{
    public static void EmitStore(IndentedWriter w, CorpusLayoutSpec layout, string runtimeNamespace)
    {
        var resource = layout.Resource!;
        var index = new int[layout.Articles.Count * 3];
        for (var i = 0; i < layout.Articles.Count; i++)
        {
            var article = layout.Articles[i];
            index[i * 3] = article.Offset;
            index[(i * 3) + 1] = article.Length;
            index[(i * 3) + 2] = unchecked((int)article.Checksum);
        }

        w.Line(GeneratedCode.GeneratedCodeAttribute);
        w.Open($"private sealed partial class Store : {runtimeNamespace}ResourceCorpusStore");
        w.Line("// Three numbers per article, in id order: where its record starts after the resource's header line,");
        w.Line("// its length in bytes, and its checksum (verified when the record is first read).");
        ResourceIndexEmitter.EmitTable(w, "s_index", new EquatableArray<int>(index));
        w.Line();
        w.Line("public Store()");
        w.Line($"    : base({ResourceIndexEmitter.ResourceArguments("Store", resource.Header, resource.DataBytes)}, s_index)");
        w.Line("{");
        w.Line("}");
        w.Line();
        ArticleIdTableEmitter.Emit(w, layout);
        w.Close();
    }
}
