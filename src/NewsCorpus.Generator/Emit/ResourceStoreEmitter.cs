using System.Globalization;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Storage;

namespace NewsCorpus.Generator.Emit;

/// <summary>
/// The store of a corpus kept in the embedded resource: only the typed index (offset, length and checksum per
/// article) and the header the resource must start with; <c>ResourceCorpusStore</c> does the reading.
/// </summary>
internal static class ResourceStoreEmitter
{
    /// <summary>Hint name of the runtime base class, added only in resource mode (it needs AllowUnsafeBlocks).</summary>
    public const string RuntimeHintName = "NewsCorpus.Runtime.ResourceCorpusStore.g.cs";

    private const int EntriesPerLine = 4;

    public static void EmitStore(IndentedWriter w, CorpusLayoutSpec layout, string runtimeNamespace)
    {
        var resource = layout.Resource!;
        w.Line(GeneratedCode.GeneratedCodeAttribute);
        w.Open($"private sealed partial class Store : {runtimeNamespace}ResourceCorpusStore");
        w.Line("// Three numbers per article, in id order: where its record starts after the resource's header line,");
        w.Line("// its length in bytes, and its checksum (verified when the record is first read).");
        w.Open("private static readonly int[] s_index = new int[]");
        var line = new System.Text.StringBuilder();
        for (var i = 0; i < layout.Articles.Count; i++)
        {
            // Four articles a line: the index is most of the generated source, and indentation would be a third of it.
            var article = layout.Articles[i];
            line.Append(string.Format(CultureInfo.InvariantCulture, "{0}, {1}, {2}, ", article.Offset, article.Length, unchecked((int)article.Checksum)));
            if (i % EntriesPerLine == EntriesPerLine - 1 || i == layout.Articles.Count - 1)
            {
                w.Line(line.ToString().TrimEnd());
                line.Clear();
            }
        }

        w.Close(";");
        w.Line();
        w.Line("public Store()");
        w.Line(string.Format(
            CultureInfo.InvariantCulture,
            "    : base(typeof(Store).Assembly, {0}, {1}, {2}L, s_index)",
            SourceEscaping.StringLiteral(CorpusBlobFormat.ResourceName),
            SourceEscaping.StringLiteral(resource.Header),
            resource.RecordBytes));
        w.Line("{");
        w.Line("}");
        w.Line();
        ArticleIdTableEmitter.Emit(w, layout);
        w.Close();
    }
}
