using System.Collections.Generic;
using System.Globalization;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Storage;

/// <summary>
/// Keeps inline records under NewsCorpusMaxCorpusBytes. Every stored byte is also source text the compiler holds
/// in memory, so a runaway corpus is cut, in id order, at the first article that would pass the limit, and the cut
/// is reported (NC0013) rather than left to end the build with an out-of-memory compiler.
/// </summary>
internal static class CorpusSizeLimit
{
    public static List<EncodedArticle> Apply(List<EncodedArticle> ordered, long maxBytes, List<DiagnosticSpec> diagnostics)
    {
        long total = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            total += ordered[i].ByteLength;
            if (total <= maxBytes)
            {
                continue;
            }

            var first = ordered[i];
            diagnostics.Add(new DiagnosticSpec(
                DiagnosticIds.CorpusTooLarge,
                first.SourcePath,
                TextSpanSpec.FileStart,
                new[]
                {
                    maxBytes.ToString(CultureInfo.InvariantCulture),
                    first.Id,
                    (ordered.Count - i - 1).ToString(CultureInfo.InvariantCulture),
                }.ToEquatableArray()));
            return ordered.GetRange(0, i);
        }

        return ordered;
    }
}
