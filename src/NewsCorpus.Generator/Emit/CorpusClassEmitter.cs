using System.Globalization;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Storage;

namespace NewsCorpus.Generator.Emit;

/// <summary>
/// Emits the static corpus class: the public entry points and the store that finds each article's record.
/// The article text itself is in the chunk files (<see cref="ChunkEmitter"/>).
/// </summary>
internal static class CorpusClassEmitter
{
    private const string Rt = "global::NewsCorpus.";

    public static string Emit(CorpusLayoutSpec layout)
    {
        var settings = layout.Settings;
        var count = layout.Articles.Count.ToString(CultureInfo.InvariantCulture);
        var w = new IndentedWriter();
        w.Line(GeneratedCode.Header.TrimEnd('\n'));
        w.Line();
        GeneratedCode.OpenNamespace(w, settings.Namespace);
        w.Line("/// <summary>");
        w.Line($"/// The news corpus compiled at build time from {count} article file(s): articles, quotations and speakers,");
        w.Line("/// decoded on first use. Safe to use from many threads.");
        w.Line("/// </summary>");
        w.Line(GeneratedCode.GeneratedCodeAttribute);
        GeneratedCode.WriteVisibility(w);
        w.Open($"static partial class {settings.ClassName}");

        w.Line($"private static readonly {Rt}CorpusDataSet s_data = new {Rt}CorpusDataSet(new Store());");
        w.Line();
        w.Line($"/// <summary>The data set behind this class, for code that works with any compiled corpus.</summary>");
        w.Line($"public static {Rt}CorpusDataSet DataSet => s_data;");
        w.Line();
        w.Line("/// <summary>Every quotation of every article, in article order then reading order.</summary>");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{Rt}Quote> Quotes => s_data.Quotes;");
        w.Line();
        // Articles and Speakers are in {Class}.Entities.g.cs (EntitiesEmitter): lists with a member per item.
        w.Line("/// <summary>The article with this id (its file path relative to the corpus folder, without extension), or null.</summary>");
        w.Line($"public static {Rt}Article? FindArticle(string id) => s_data.FindArticle(id);");
        w.Line();
        w.Line("/// <summary>Looks up an article by id without throwing.</summary>");
        w.Line($"public static bool TryGetArticle(string id, out {Rt}Article article) => s_data.TryGetArticle(id, out article);");
        w.Line();
        w.Line("/// <summary>Every quotation by the speaker with this canonical name or alias (case-insensitive); empty when none.</summary>");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{Rt}Quote> QuotesBy(string speaker) => s_data.QuotesBy(speaker);");
        w.Line();
        if (layout.Resource is null)
        {
            EmitStore(w, layout);
        }
        else
        {
            ResourceStoreEmitter.EmitStore(w, layout, Rt);
        }

        w.Close();
        GeneratedCode.CloseNamespace(w, settings.Namespace);
        return w.ToString();
    }

    private static void EmitStore(IndentedWriter w, CorpusLayoutSpec layout)
    {
        w.Line(GeneratedCode.GeneratedCodeAttribute);
        w.Open($"private sealed partial class Store : {Rt}CorpusStore");
        var (locations, width) = Locations(layout);
        w.Line("// Two fixed-width numbers per article, in id order: the chunk holding its record and the record's place");
        w.Line("// there. The byte offsets are in each chunk's own table, so an edit that keeps every article in its chunk");
        w.Line("// changes that chunk's file and not this one.");
        w.Line($"private static global::System.ReadOnlySpan<byte> Locations => {SourceEscaping.Utf8Literal(locations)};");
        w.Line();
        w.Line($"public override int ArticleCount => {layout.Articles.Count.ToString(CultureInfo.InvariantCulture)};");
        w.Line();
        w.Open("public override global::System.ReadOnlySpan<byte> GetArticleRecord(int index)");
        w.Line($"var location = new {Rt}CorpusRecordReader(Locations, index * {width.ToString(CultureInfo.InvariantCulture)});");
        w.Line("var chunk = GetChunk(location.ReadNumber());");
        w.Line($"return new {Rt}CorpusChunkTable(chunk).Entry(location.ReadNumber());");
        w.Close();
        w.Line();
        ChunkSwitchEmitter.Emit(w, layout.ChunkCount);
        w.Line();
        ArticleIdTableEmitter.Emit(w, layout);
        w.Close();
    }

    /// <summary>Every article's chunk and place in it, each number as wide as the largest needs; and the width of one entry.</summary>
    private static (string Text, int Width) Locations(CorpusLayoutSpec layout)
    {
        var maxChunk = 0;
        var maxPlace = 0;
        foreach (var article in layout.Articles)
        {
            maxChunk = System.Math.Max(maxChunk, article.Chunk);
            maxPlace = System.Math.Max(maxPlace, article.Offset);
        }

        var chunkDigits = CorpusRecordWriter.DigitCount(maxChunk);
        var placeDigits = CorpusRecordWriter.DigitCount(maxPlace);
        var writer = new CorpusRecordWriter();
        foreach (var article in layout.Articles)
        {
            writer.WriteNumber(article.Chunk, chunkDigits);
            writer.WriteNumber(article.Offset, placeDigits);
        }

        return (writer.ToString(), chunkDigits + placeDigits);
    }
}
