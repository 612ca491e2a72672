using System;
using System.Collections.Immutable;
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
/// resource embedded in the same build, stands for the corpus. A compilation that has corpus files all the same (a
/// custom build, a test) parses them, as without an index: the index is used only when it is all there is.
/// Nothing per file depends on the index, so no parse step waits on a value collected from every file.
/// </summary>
internal static class ResourceIndexPipeline
{
    /// <summary>The index when it stands for this compilation's corpus, else null with the reason when there is one.</summary>
    public static IncrementalValueProvider<ResourceIndexResult> Match(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<CorpusFileSpec?> files,
        IncrementalValueProvider<CorpusSettings> settings)
    {
        var anyCorpusFile = files.Collect().Select(static (all, _) => !all.IsEmpty);

        // Read and parse the index only when its text changes; a build writes it once.
        var index = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) => ReadIndexText(pair.Left, pair.Right, ct))
            .Where(static file => file is not null)
            .Collect()
            .Select(static (all, _) => Parse(all))
            .WithTrackingName(TrackingNames.IndexFile);

        return index
            .Combine(anyCorpusFile)
            .Combine(settings.Select(static (s, _) => s.ResourceDigest))
            .Select(static (pair, _) => Decide(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.ResourceIndex);
    }

    /// <summary>
    /// Whether the build handed the compiler the index in place of the corpus files: then the index describes the
    /// resource, or NC0032 says why it cannot, and the generator has no sections of its own to compare.
    /// </summary>
    public static bool ReplacesCorpus(ResourceIndexResult result) => result.Index is not null || !result.Diagnostics.IsEmpty;

    /// <summary>The index's resource description, else the generator's own.</summary>
    public static ResourceMatchSpec? Resource(ResourceMatchSpec? own, ResourceIndexResult result) => result.Index?.Match ?? own;

    /// <summary>The storage plan from the index: the record table it lists, no chunks.</summary>
    public static (CorpusLayoutSpec Layout, ChunkRecordsSpec[] Chunks)? Plan(ResourceIndexResult result, CorpusSettings settings) =>
        result.Index is { } index
            ? (ResourcePlanner.Layout(settings, index.Articles, index.LayoutDiagnostics, index.Blob), Array.Empty<ChunkRecordsSpec>())
            : null;

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

    private static ResourceIndexResult Decide(IndexParseResult file, bool anyCorpusFile, string? digest)
    {
        // Inline storage, no index (an older build, a bare analyzer reference), or corpus files to parse: the index
        // has nothing to add.
        if (digest is null || file.Path is null || anyCorpusFile)
        {
            return ResourceIndexResult.None;
        }

        // Without corpus files there is nothing to parse instead: an index that cannot be used is an error.
        if (file.Index is not { } index)
        {
            return Report(file.Path, file.Error ?? "unknown");
        }

        if (!string.Equals(index.Blob.Header, digest, StringComparison.Ordinal))
        {
            return Report(file.Path, "it describes resource " + index.Blob.Header + ", the build embedded " + digest);
        }

        return new ResourceIndexResult(index, EquatableArray<DiagnosticSpec>.Empty);
    }

    private static ResourceIndexResult Report(string path, string reason) =>
        new(null, new[] { new DiagnosticSpec(DiagnosticIds.ResourceIndexRequired, string.Empty, TextSpanSpec.FileStart, new[] { path, reason }.ToEquatableArray()) }.ToEquatableArray());

    private sealed record IndexFileText(string Path, string? Text);

    private sealed record IndexParseResult(ResourceIndexSpec? Index, string? Path, string? Error);
}
