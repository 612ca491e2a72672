using System.Globalization;
using System.Text;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Storage;

namespace NewsCorpus.Generator.Emit;

/// <summary>
/// Emits every article id as one <c>"..."u8</c> literal with an offset table, and the store's
/// <c>GetArticleId</c> over it: building the id index then reads a few bytes per article from one place instead
/// of the first bytes of every record, so looking up an id does not page in (or verify) the whole corpus.
/// </summary>
internal static class ArticleIdTableEmitter
{
    private const int OffsetsPerLine = 16;

    public static void Emit(IndentedWriter w, CorpusLayoutSpec layout)
    {
        var text = new StringBuilder();
        var offsets = new StringBuilder();
        var offset = 0;
        var line = new StringBuilder();
        for (var i = 0; i <= layout.Articles.Count; i++)
        {
            line.Append(offset.ToString(CultureInfo.InvariantCulture)).Append(", ");
            if ((i + 1) % OffsetsPerLine == 0 || i == layout.Articles.Count)
            {
                offsets.Append(line.ToString().TrimEnd()).Append('\n');
                line.Clear();
            }

            if (i < layout.Articles.Count)
            {
                // The same cleaning the record writer applies, so the literal is valid UTF-8 and the offsets fit it.
                var id = CorpusRecordWriter.ToValidUtf16(layout.Articles[i].Id);
                text.Append(id);
                offset += CorpusRecordWriter.Utf8Length(id);
            }
        }

        w.Line("// Every article id in id order, UTF-8, back to back; s_idOffsets has where each starts, plus the end.");
        w.Line($"private static global::System.ReadOnlySpan<byte> Ids => {SourceEscaping.Utf8Literal(text.ToString())};");
        w.Line();
        w.Open("private static readonly int[] s_idOffsets = new int[]");
        foreach (var offsetLine in offsets.ToString().TrimEnd('\n').Split('\n'))
        {
            w.Line(offsetLine);
        }

        w.Close(";");
        w.Line();
        w.Line("public override string GetArticleId(int index) =>");
        w.Line("    global::NewsCorpus.CorpusText.Decode(Ids.Slice(s_idOffsets[index], s_idOffsets[index + 1] - s_idOffsets[index]));");
    }
}
