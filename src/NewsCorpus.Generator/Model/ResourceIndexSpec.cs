namespace NewsCorpus.Generator.Model;

/// <summary>
/// What the build task hands the generator in resource mode (obj/newscorpus.index) in place of the corpus files, so
/// the corpus is parsed once per build: everything the resource-mode sources are emitted from, computed by the task
/// from the same parse that wrote the resource. The generator uses it only when the blob's header equals the digest
/// of the resource embedded in the same build. Settings that only name things (namespace, class name) are not in
/// here: the generator applies its own.
/// </summary>
/// <param name="Blob">The resource's sections; its header is recomputed from the pieces when read, never taken on trust.</param>
/// <param name="Articles">The records in stored order (id, length, checksum; offsets follow from the lengths).</param>
/// <param name="LayoutDiagnostics">What arranging the records reported (duplicate ids).</param>
/// <param name="ArticleDiagnostics">What reading and parsing each file reported, located in that file.</param>
/// <param name="Search">The corpus-wide search numbers (settings: the defaults, replaced by the generator's).</param>
/// <param name="Entities">The merged entity model the named accessors are emitted from (settings likewise).</param>
internal sealed record ResourceIndexSpec(
    ResourceBlobSpec Blob,
    EquatableArray<ArticleLocationSpec> Articles,
    EquatableArray<DiagnosticSpec> LayoutDiagnostics,
    EquatableArray<DiagnosticSpec> ArticleDiagnostics,
    SearchIndexSpec Search,
    EntityCorpusSpec Entities)
{
    /// <summary>The resource as the generator's handshake sees it: matched, with the task's header.</summary>
    public ResourceMatchSpec Match => new(Blob, Blob.Header, Blob.Header);
}

/// <summary>
/// The generator's decision about the index: <paramref name="Index"/> when it stands for this compilation's corpus,
/// else null and, when it was needed but could not be used, the diagnostic saying why (NC0032).
/// </summary>
internal sealed record ResourceIndexResult(ResourceIndexSpec? Index, EquatableArray<DiagnosticSpec> Diagnostics)
{
    public static readonly ResourceIndexResult None = new(null, EquatableArray<DiagnosticSpec>.Empty);
}
