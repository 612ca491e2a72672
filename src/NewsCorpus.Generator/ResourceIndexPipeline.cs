using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsCorpus.Generator.Configuration;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Storage;

namespace NewsCorpus.Generator;

/// <summary>
/// Resource mode without a second parse. The build task parsed the corpus to write the resource and wrote, from the
/// same parse, everything the resource-mode sources are emitted from (obj/newscorpus.index, an AdditionalFiles item
/// with NewsCorpusIndex="true"), what reading and parsing each file reported included. The package's build targets
/// then take the corpus files out of the compiler's AdditionalFiles: the compiler neither reads, decodes nor matches
/// options for thousands of files it has nothing to do with, and the index, checked against the digest of the
/// resource embedded in the same build, stands for the corpus. When corpus files are there all the same (a project
/// that adds them later, a test), each file's text is hashed in its own step and the index is used only when the
/// hashes, the alias files and the settings give its key. Either way, a used index gates the parse steps off (they
/// see <see cref="IsUsed"/> true and return nothing). Anything else (no index, a damaged one, one for other text
/// because the IDE edited a file since the build) leaves the generator on its own path: parse, compare the header,
/// inline on a mismatch (NC0031).
/// </summary>
internal static class ResourceIndexPipeline
{
    /// <summary>The index when it describes exactly this compilation's inputs, else null with the reason.</summary>
    public static IncrementalValueProvider<ResourceIndexResult> Match(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<CorpusFileSpec?> files,
        IncrementalValueProvider<CorpusSettings> settings)
    {
        // Only resource mode has an index to match: inline builds (the default) hash nothing.
        var resourceMode = settings.Select(static (s, _) => s.ResourceDigest is not null);
        var hashes = files
            .Combine(resourceMode)
            .Select(static (pair, _) => new IndexedFileSpec(pair.Left!.Path, pair.Left.Id, pair.Right ? ResourceIndexKey.HashText(pair.Left.Content) : 0UL))
            .WithTrackingName(TrackingNames.CorpusFileHashes);
        var aliasHashes = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) => EntityAliasFileReader.Read(pair.Left, pair.Right, ct))
            .Where(static file => file is not null)
            .Select(static (file, _) => new IndexedFileSpec(file!.Path, string.Empty, ResourceIndexKey.HashText(file.Content)))
            .WithTrackingName(TrackingNames.IndexAliasHashes);
        var key = hashes.Collect()
            .Combine(aliasHashes.Collect())
            .Combine(settings.Select(static (s, _) => (s.ChunkSize, s.MaxArticleBytes)))
            .Select(static (pair, _) => pair.Left.Left.IsEmpty ? null : ResourceIndexKey.Compute(pair.Left.Left, pair.Left.Right, pair.Right.ChunkSize, pair.Right.MaxArticleBytes))
            .WithTrackingName(TrackingNames.IndexKey);

        // Read and parse the index only when its text changes; a build writes it once.
        var index = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) => ReadIndexText(pair.Left, pair.Right, ct))
            .Where(static file => file is not null)
            .Collect()
            .Select(static (all, _) => Parse(all))
            .WithTrackingName(TrackingNames.IndexFile);

        return index
            .Combine(key)
            .Combine(settings.Select(static (s, _) => s.ResourceDigest))
            .Select(static (pair, _) => Decide(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.ResourceIndex);
    }

    /// <summary>Whether the index is used: the parse steps combine with this and do nothing when it is true.</summary>
    public static bool IsUsed(ResourceIndexResult result) => result.Index is not null;

    /// <summary>The parse step's value for a file the index already describes: nothing, since the index reports what reading and parsing it found.</summary>
    public static ParsedArticle NotParsed() => new(null, EquatableArray<DiagnosticSpec>.Empty);

    /// <summary>The index's resource description, else the generator's own.</summary>
    public static ResourceMatchSpec? Resource(ResourceMatchSpec? own, ResourceIndexResult result) => result.Index?.Match ?? own;

    /// <summary>The storage plan from the index: the record table it lists, no chunks.</summary>
    public static (CorpusLayoutSpec Layout, ChunkRecordsSpec[] Chunks)? Plan(ResourceIndexResult result, CorpusSettings settings)
    {
        if (result.Index is not { } index)
        {
            return null;
        }

        var diagnostics = new List<DiagnosticSpec>(settings.Diagnostics);
        diagnostics.AddRange(index.LayoutDiagnostics);
        var layout = new CorpusLayoutSpec(settings, index.Articles, 0, diagnostics.ToEquatableArray())
        {
            Resource = new ResourceLayoutSpec(index.Blob.Header, index.Blob.DataBytes, index.Blob.TableOffset),
        };
        return (layout, Array.Empty<ChunkRecordsSpec>());
    }

    /// <summary>The search numbers from the index, named by this compilation's settings; else the generator's own.</summary>
    public static SearchIndexSpec Search(SearchIndexSpec own, ResourceIndexResult result) =>
        result.Index is { } index ? index.Search with { Settings = own.Settings } : own;

    /// <summary>The entity model from the index, named by this compilation's settings; else the generator's own.</summary>
    public static EntityCorpusSpec Entities(EntityCorpusSpec own, ResourceIndexResult result) =>
        result.Index is { } index ? index.Entities with { Settings = own.Settings } : own;

    /// <summary>What the index reports (the parse's diagnostics, in their files), or why it was not used.</summary>
    public static EquatableArray<DiagnosticSpec> Diagnostics(ResourceIndexResult result) =>
        result.Index is { } index ? index.ArticleDiagnostics : result.Diagnostics;

    private static IndexFileText? ReadIndexText(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        if (!options.GetOptions(file).TryGetValue(MSBuildNames.MetadataPrefix + MSBuildNames.IndexMetadata, out var flag)
            || !string.Equals(flag.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            return new IndexFileText(file.Path, file.GetText(cancellationToken)?.ToString());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new IndexFileText(file.Path, null);
        }
    }

    private static IndexParseResult Parse(ImmutableArray<IndexFileText?> files)
    {
        if (files.IsDefaultOrEmpty)
        {
            return new IndexParseResult(null, null, null);
        }

        var file = files[0]!;
        if (files.Length > 1)
        {
            return new IndexParseResult(null, file.Path, "more than one AdditionalFiles item has NewsCorpusIndex=\"true\"");
        }

        if (file.Text is null)
        {
            return new IndexParseResult(null, file.Path, "the file could not be read");
        }

        var index = ResourceIndexFormat.Read(file.Text, out var error);
        return new IndexParseResult(index, file.Path, error);
    }

    /// <param name="key">The key of the corpus files the compiler was given; null when it was given none (the build targets took them out).</param>
    private static ResourceIndexResult Decide(IndexParseResult file, string? key, string? digest)
    {
        // Inline storage, or no index (an older build, a bare analyzer reference): nothing to say.
        if (digest is null || file.Path is null)
        {
            return ResourceIndexResult.None;
        }

        // Without corpus files there is nothing to parse instead: an index that cannot be used is then an error.
        var unreadable = key is null ? DiagnosticIds.ResourceIndexRequired : DiagnosticIds.ResourceIndexUnreadable;
        var stale = key is null ? DiagnosticIds.ResourceIndexRequired : DiagnosticIds.ResourceIndexStale;
        if (file.Index is not { } index)
        {
            return Report(unreadable, file.Path, file.Error ?? "unknown");
        }

        if (key is not null && !string.Equals(index.Key, key, StringComparison.Ordinal))
        {
            return Report(stale, file.Path, "corpus files, alias files or settings differ from what the build parsed (index " + index.Key + ", compilation " + key + ")");
        }

        if (!string.Equals(index.Blob.Header, digest, StringComparison.Ordinal))
        {
            return Report(stale, file.Path, "the index describes resource " + index.Blob.Header + ", the build embedded " + digest);
        }

        return new ResourceIndexResult(index, EquatableArray<DiagnosticSpec>.Empty);
    }

    private static ResourceIndexResult Report(string id, string path, string reason) =>
        new(null, new[] { new DiagnosticSpec(id, string.Empty, TextSpanSpec.FileStart, new[] { path, reason }.ToEquatableArray()) }.ToEquatableArray());

    private sealed record IndexFileText(string Path, string? Text);

    private sealed record IndexParseResult(ResourceIndexSpec? Index, string? Path, string? Error);
}
