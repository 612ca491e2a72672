namespace NewsCorpus.Generator.Model;

/// <summary>The groups of near-identical quotations across articles, and the record the runtime reads them from.</summary>
/// <param name="Settings">Names of the generated class.</param>
/// <param name="Clusters">Each group, members in (article, quote) order; groups in the order of their first member.</param>
/// <param name="Record">The clusters encoded as a stored record (<c>SearchClusterEncoder</c>).</param>
internal sealed record SearchClustersSpec(SearchSettingsSpec Settings, EquatableArray<SearchClusterSpec> Clusters, string Record);

/// <summary>One group of quotations that report the same words.</summary>
internal sealed record SearchClusterSpec(EquatableArray<SearchQuoteRef> Members);

/// <summary>A quotation, by the position of its article in id order and its index in that article.</summary>
internal readonly record struct SearchQuoteRef(int Article, int Quote);
