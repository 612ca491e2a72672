using System.Globalization;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Emit;

/// <summary>
/// Emits one data chunk as a <c>"..."u8</c> property: the bytes go straight into the assembly's read-only data
/// and a span over them costs nothing, with no string literal counting towards the compiler's limits.
/// </summary>
internal static class ChunkEmitter
{
    // The prefixes let other stored data (the search index) use the same chunk files under its own names.
    public static string PropertyName(int index, string prefix = "Chunk") => prefix + index.ToString(CultureInfo.InvariantCulture);

    public static string HintName(ChunkSpec chunk, string part = "Data") => HintName(chunk.ClassName, chunk.Index, part);

    /// <summary>The data chunk's file, named before its text is joined.</summary>
    public static string HintName(ChunkRecordsSpec chunk) => HintName(chunk.ClassName, chunk.Index, "Data");

    private static string HintName(string className, int index, string part) =>
        className + "." + part + index.ToString("D4", CultureInfo.InvariantCulture) + ".g.cs";

    public static string Emit(ChunkSpec chunk, string propertyPrefix = "Chunk")
    {
        var w = new IndentedWriter();
        w.Line(GeneratedCode.Header.TrimEnd('\n'));
        w.Line();
        GeneratedCode.OpenNamespace(w, chunk.Namespace);
        w.Open($"static partial class {chunk.ClassName}");
        w.Open("private sealed partial class Store");
        w.Line($"private static global::System.ReadOnlySpan<byte> {PropertyName(chunk.Index, propertyPrefix)} => {SourceEscaping.Utf8Literal(chunk.Text)};");
        w.Close();
        w.Close();
        GeneratedCode.CloseNamespace(w, chunk.Namespace);
        return w.ToString();
    }
}
