using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Storage;

/// <summary>
/// Writes the quote clusters as one stored record, read by the runtime's <c>QuoteClusterTable</c>:
/// <code>
/// record  := clusterCount cluster{clusterCount}
/// cluster := memberCount (article quote){memberCount}    article: position in id order; quote: index in the article
/// </code>
/// </summary>
internal static class SearchClusterEncoder
{
    public static string Encode(EquatableArray<SearchClusterSpec> clusters)
    {
        var writer = new CorpusRecordWriter();
        writer.WriteNumber(clusters.Count);
        foreach (var cluster in clusters)
        {
            writer.WriteNumber(cluster.Members.Count);
            foreach (var member in cluster.Members)
            {
                writer.WriteNumber(member.Article);
                writer.WriteNumber(member.Quote);
            }
        }

        return writer.ToString();
    }
}
