namespace NewsCorpus.Generator.Model;

/// <summary>
/// What the build task hands the generator in resource mode (obj/newscorpus.index), so the corpus is parsed once per
/// build: everything the resource-mode sources are emitted from, computed by the task from the same parse that wrote
/// the resource. The generator uses it only when <paramref name="Key"/> equals the key of its own inputs
/// (<c>ResourceIndexKey</c>) and the blob's header equals the digest; otherwise it parses the corpus itself.
/// Settings that only name things (namespace, class name) are not in here: the generator applies its own.
/// </summary>
/// <param name="Key">Hash of every input the data below depends on: each file's path, id and text, the alias files, the chunk size and article limit.</param>
/// <param name="Blob">The resource's sections; its header is recomputed from the pieces when read, never taken on trust.</param>
/// <param name="Articles">The records in stored order (id, length, checksum; offsets follow from the lengths).</param>
/// <param name="LayoutDiagnostics">What arranging the records reported (duplicate ids).</param>
/// <param name="ArticleDiagnostics">What parsing each file reported, located in that file.</param>
/// <param name="Search">The corpus-wide search numbers (settings: the defaults, replaced by the generator's).</param>
/// <param name="Entities">The merged entity model the named accessors are emitted from (settings likewise).</param>
internal sealed record ResourceIndexSpec(
    string Key,
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

/// <summary>One corpus file as the index key sees it: its path, its id and a hash of the text the generator reads.</summary>
/// <param name="TextHash">0 when the file has no text (unreadable, too large).</param>
internal readonly record struct IndexedFileSpec(string Path, string Id, ulong TextHash);

/// <summary>
/// The generator's decision about the sidecar: <paramref name="Index"/> when it describes exactly this compilation's
/// inputs, else null and, when a sidecar was there but could not be used, the diagnostic saying why (NC0032, NC0033).
/// </summary>
internal sealed record ResourceIndexResult(ResourceIndexSpec? Index, EquatableArray<DiagnosticSpec> Diagnostics)
{
    public static readonly ResourceIndexResult None = new(null, EquatableArray<DiagnosticSpec>.Empty);
}
