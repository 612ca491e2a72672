using System.Globalization;

namespace NewsCorpus.Generator.Emit;

/// <summary>
/// Emits <c>GetChunk(int)</c>, which maps a chunk number to its <c>"..."u8</c> property. A span over literal data
/// cannot be kept in an array, so this is a switch; one switch over thousands of chunks is one huge method the
/// JIT must compile before the first article is read. Above <see cref="GroupSize"/> chunks the switch is split
/// in two levels, so the first access compiles one outer switch and one group of at most GroupSize cases.
/// </summary>
internal static class ChunkSwitchEmitter
{
    public const int GroupSize = 64;

    public static void Emit(IndentedWriter w, int chunkCount)
    {
        if (chunkCount <= GroupSize)
        {
            EmitSwitch(w, "GetChunk", 0, chunkCount, i => ChunkEmitter.PropertyName(i));
            return;
        }

        var groups = (chunkCount + GroupSize - 1) / GroupSize;
        EmitSwitch(w, "GetChunk", 0, groups, i => GroupName(i) + "(chunk)", "(chunk / " + GroupSize.ToString(CultureInfo.InvariantCulture) + ")");
        for (var group = 0; group < groups; group++)
        {
            w.Line();
            var first = group * GroupSize;
            var count = System.Math.Min(GroupSize, chunkCount - first);
            EmitSwitch(w, GroupName(group), first, count, i => ChunkEmitter.PropertyName(i));
        }
    }

    private static string GroupName(int group) => "GetChunkGroup" + group.ToString(CultureInfo.InvariantCulture);

    private static void EmitSwitch(IndentedWriter w, string method, int first, int count, System.Func<int, string> target, string selector = "chunk")
    {
        w.Line($"private static global::System.ReadOnlySpan<byte> {method}(int chunk) => {selector} switch");
        w.Line("{");
        for (var i = first; i < first + count; i++)
        {
            w.Line(string.Format(CultureInfo.InvariantCulture, "    {0} => {1},", i, target(i)));
        }

        w.Line("    _ => throw new global::System.ArgumentOutOfRangeException(nameof(chunk)),");
        w.Line("};");
    }
}
