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

    /// <summary>An int[] field holding <paramref name="index"/>, <paramref name="valuesPerEntry"/> numbers an entry, four entries a line.</summary>
    public static void EmitTable(IndentedWriter w, string field, EquatableArray<int> index, int valuesPerEntry = 3)
    {
        w.Open($"private static readonly int[] {field} = new int[]");
        var line = new StringBuilder();
        var entries = index.Count / valuesPerEntry;
        for (var i = 0; i < entries; i++)
        {
            for (var v = 0; v < valuesPerEntry; v++)
            {
                line.Append(index[(i * valuesPerEntry) + v].ToString(CultureInfo.InvariantCulture)).Append(", ");
            }

            if (i % EntriesPerLine == EntriesPerLine - 1 || i == entries - 1)
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
