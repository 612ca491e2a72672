using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Storage;

/// <summary>
/// The generator's side of the resource handshake: it describes the sections it computed itself, exactly as the
/// build task describes the bytes it wrote (<see cref="CorpusBlobFormat.Describe"/>), and keeps the description
/// only when both headers are equal. All or nothing: a stale task, other alias files or another chunk size change
/// one section's header part, and then every section is compiled inline rather than read from the wrong bytes.
/// </summary>
internal static class ResourceMatcher
{
    /// <summary>Null when the build embedded no resource (no digest); else the match, whose blob is null on a mismatch.</summary>
    public static ResourceMatchSpec? Match(
        string? digest,
        BlobSectionSpec? records,
        BlobSectionSpec? search,
        BlobSectionSpec? clusters,
        BlobSectionSpec? entities,
        BlobSectionSpec? table)
    {
        if (digest is null || records is null || search is null || clusters is null || entities is null || table is null)
        {
            return null;
        }

        var blob = CorpusBlobFormat.Describe(records, search, clusters, entities, table);

        // The generated tables hold int offsets; a resource past 2 GB is compiled inline (and meets its limits there)
        // rather than overflow here, since a generator that throws loses every generated file.
        var usable = blob.DataBytes <= int.MaxValue && string.Equals(blob.Header, digest, System.StringComparison.Ordinal);
        return new ResourceMatchSpec(usable ? blob : null, digest, blob.Header);
    }

    /// <summary>Where <paramref name="which"/> lies in the matched resource; null when the corpus is inline.</summary>
    public static ResourceSectionSpec? Locate(ResourceMatchSpec? match, CorpusBlobFormat.BlobSection which) =>
        match?.Blob is { } blob ? CorpusBlobFormat.Locate(blob, which) : null;
}
