using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Emit;

/// <summary>
/// Emits <c>{Class}.QuoteClusters.g.cs</c>: the quote cluster record as a <c>"..."u8</c> property of the store. It
/// is its own output because it depends only on quotations, so editing a paragraph's other words leaves it alone.
/// </summary>
internal static class SearchClustersEmitter
{
    public const string PropertyName = "QuoteClusterRecord";

    public static string HintName(SearchClustersSpec clusters) => clusters.Settings.ClassName + ".QuoteClusters.g.cs";

    public static string Emit(SearchClustersSpec clusters)
    {
        var w = new IndentedWriter();
        w.Line(GeneratedCode.Header.TrimEnd('\n'));
        w.Line();
        GeneratedCode.OpenNamespace(w, clusters.Settings.Namespace);
        w.Open($"static partial class {clusters.Settings.ClassName}");
        w.Open("private sealed partial class Store");
        w.Line($"// {clusters.Clusters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} cluster(s) of quotations reported in more than one article.");
        w.Line($"private static global::System.ReadOnlySpan<byte> {PropertyName} => {SourceEscaping.Utf8Literal(clusters.Record)};");
        w.Close();
        w.Close();
        GeneratedCode.CloseNamespace(w, clusters.Settings.Namespace);
        return w.ToString();
    }
}
