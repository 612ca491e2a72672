using System.Globalization;
using System.Text;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Storage;

namespace NewsCorpus.Generator.Emit;

/// <summary>
/// The parts every resource-backed store shares: a table of three numbers per piece (offset after the header line,
/// length, checksum) and the arguments that name the resource and the header it must start with.
/// </summary>
internal static class ResourceIndexEmitter
{
    /// <summary>Four pieces a line: an index can be most of a generated file, and indentation would be a third of it.</summary>
    private const int EntriesPerLine = 4;

    public static void EmitTable(IndentedWriter w, string field, EquatableArray<int> index)
    {
        w.Open($"private static readonly int[] {field} = new int[]");
        var line = new StringBuilder();
        var pieces = index.Count / 3;
        for (var i = 0; i < pieces; i++)
        {
            line.Append(string.Format(CultureInfo.InvariantCulture, "{0}, {1}, {2}, ", index[i * 3], index[(i * 3) + 1], index[(i * 3) + 2]));
            if (i % EntriesPerLine == EntriesPerLine - 1 || i == pieces - 1)
            {
                w.Line(line.ToString().TrimEnd());
                line.Clear();
            }
        }

        w.Close(";");
    }

    /// <summary>The resource name, header and data length, as the first arguments of a resource-backed store's constructor.</summary>
    public static string ResourceArguments(string typeName, string header, long dataBytes) => string.Format(
        CultureInfo.InvariantCulture,
        "typeof({0}).Assembly, {1}, {2}, {3}L",
        typeName,
        SourceEscaping.StringLiteral(CorpusBlobFormat.ResourceName),
        SourceEscaping.StringLiteral(header),
        dataBytes);
}
