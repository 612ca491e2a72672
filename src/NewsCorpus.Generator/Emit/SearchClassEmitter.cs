using System.Globalization;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Emit;

/// <summary>
/// Emits <c>{Class}.Search.g.cs</c>: the <c>Search</c> and <c>QuoteClusters</c> entry points, and the search store
/// that hands the runtime the index numbers and the term chunks (<c>{Class}.SearchData0000.g.cs</c>, written by
/// <see cref="ChunkEmitter"/> under their own names).
/// </summary>
internal static class SearchClassEmitter
{
    /// <summary>The part of the chunk file names and property names that sets search chunks apart from article chunks.</summary>
    public const string ChunkPart = "SearchData";

    public const string ChunkProperty = "SearchChunk";

    private const string Rt = "global::NewsCorpus.";

    public static string HintName(SearchIndexSpec index) => index.Settings.ClassName + ".Search.g.cs";

    public static string ChunkHintName(ChunkSpec chunk) => ChunkEmitter.HintName(chunk, ChunkPart);

    public static string EmitChunk(ChunkSpec chunk) => ChunkEmitter.Emit(chunk, ChunkProperty);

    /// <param name="index">The index numbers.</param>
    /// <param name="resource">Where the term chunks and the cluster record lie in the corpus resource; null when they are inline.</param>
    public static string Emit(SearchIndexSpec index, (ResourceSectionSpec Chunks, ResourceSectionSpec Clusters)? resource = null)
    {
        var settings = index.Settings;
        var w = new IndentedWriter();
        w.Line(GeneratedCode.Header.TrimEnd('\n'));
        w.Line();
        GeneratedCode.OpenNamespace(w, settings.Namespace);
        w.Open($"static partial class {settings.ClassName}");

        w.Line("/// <summary>");
        w.Line("/// Ranked full-text search (BM25) over every headline and paragraph, case- and accent-insensitive. Words in");
        w.Line("/// double quotes must appear together as a phrase (<c>\"NATO expansion\"</c>); other words rank the results.");
        w.Line("/// </summary>");
        w.Line("/// <param name=\"query\">The words to find; an empty query or one of unknown words finds nothing.</param>");
        w.Line("/// <param name=\"max\">The most hits to return.</param>");
        w.Line("/// <returns>The best passages first, each with its article, paragraph and the offsets of the matching words.</returns>");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{Rt}SearchHit> Search(string query, int max = 20) => s_data.SearchIndex.Search(query, max);");
        w.Line();
        w.Line("/// <summary>Groups of quotations that report the same words in different articles, each quotation once.</summary>");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{Rt}QuoteCluster> QuoteClusters => s_data.SearchIndex.QuoteClusters;");
        w.Line();

        w.Open("private sealed partial class Store");
        w.Line($"public override {Rt}CorpusSearchStore? SearchStore => SearchData.Instance;");
        w.Line();
        w.Line(GeneratedCode.GeneratedCodeAttribute);
        if (resource is { } sections)
        {
            EmitResourceStore(w, index, sections.Chunks, sections.Clusters);
        }
        else
        {
            EmitInlineStore(w, index);
        }

        w.Close();
        w.Close();
        GeneratedCode.CloseNamespace(w, settings.Namespace);
        return w.ToString();
    }

    private static void EmitInlineStore(IndentedWriter w, SearchIndexSpec index)
    {
        w.Open($"private sealed class SearchData : {Rt}CorpusSearchStore");
        EmitShardTable(w, index);
        w.Line("public static readonly SearchData Instance = new SearchData();");
        w.Line();
        EmitNumbers(w, index);
        w.Line($"public override int ChunkCount => {index.ChunkCount.ToString(CultureInfo.InvariantCulture)};");
        w.Line();
        w.Line($"public override global::System.ReadOnlySpan<byte> QuoteClusters => {SearchClustersEmitter.PropertyName};");
        w.Line();
        w.Line("public override global::System.ReadOnlySpan<byte> GetChunk(int index) => index switch");
        w.Line("{");
        for (var i = 0; i < index.ChunkCount; i++)
        {
            w.Line(string.Format(CultureInfo.InvariantCulture, "    {0} => {1},", i, ChunkEmitter.PropertyName(i, ChunkProperty)));
        }

        w.Line("    _ => throw new global::System.ArgumentOutOfRangeException(nameof(index)),");
        w.Line("};");
        w.Close();
    }

    /// <summary>The term chunks and cluster record are in the corpus resource: only where they are is code.</summary>
    private static void EmitResourceStore(IndentedWriter w, SearchIndexSpec index, ResourceSectionSpec chunks, ResourceSectionSpec clusters)
    {
        w.Open($"private sealed class SearchData : {Rt}ResourceSearchStore");
        w.Line("// Three numbers per term chunk, then for the quote cluster record: where it starts after the resource's");
        w.Line("// header line, its length in bytes, and its checksum (verified when it is first read).");
        w.Line("// The tables come before Instance: static fields are initialized in this order.");
        ResourceIndexEmitter.EmitTable(w, "s_chunks", chunks.Index);
        w.Line();
        ResourceIndexEmitter.EmitTable(w, "s_clusters", clusters.Index);
        w.Line();
        EmitShardTable(w, index);
        w.Line("public static readonly SearchData Instance = new SearchData();");
        w.Line();
        EmitNumbers(w, index);
        w.Line("private SearchData()");
        w.Line($"    : base({ResourceIndexEmitter.ResourceArguments("SearchData", chunks.Header, chunks.DataBytes)}, s_chunks, s_clusters)");
        w.Line("{");
        w.Line("}");
        w.Close();
    }

    private static void EmitNumbers(IndentedWriter w, SearchIndexSpec index)
    {
        w.Line($"public override int PassageCount => {index.PassageCount.ToString(CultureInfo.InvariantCulture)};");
        w.Line();
        w.Line($"public override long TokenCount => {index.TokenCount.ToString(CultureInfo.InvariantCulture)}L;");
        w.Line();
        w.Line($"public override int TermCount => {index.TermCount.ToString(CultureInfo.InvariantCulture)};");
        w.Line();
    }

    /// <summary>
    /// The shard table (first article, first chunk per shard) and its property, before Instance: static fields
    /// initialize in order. One shard is the runtime's default and needs neither.
    /// </summary>
    private static void EmitShardTable(IndentedWriter w, SearchIndexSpec index)
    {
        if (index.ShardStarts.Count > 2)
        {
            ResourceIndexEmitter.EmitTable(w, "s_shardStarts", index.ShardStarts, valuesPerEntry: 2);
            w.Line();
            w.Line("public override global::System.ReadOnlySpan<int> ShardStarts => s_shardStarts;");
            w.Line();
        }
    }
}
