using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NewsCorpus.Generator.Configuration;
using NewsCorpus.Generator.Emit;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing.Entities;
using NewsCorpus.Generator.Parsing.Input;
using NewsCorpus.Generator.Storage;

namespace NewsCorpus.Generator;

/// <summary>
/// Compiles corpus files (AdditionalFiles marked NewsCorpus="true") into a typed dataset.
/// <code>
/// AdditionalText ─Read─▶ CorpusFileSpec ─Parse, derive─▶ ProcessedArticle ─▶ EncodedArticle ─┐ (one per file)
///                                                                                Collect ◀─────┘
///                            Settings ──▶ Layout ─┬─▶ corpus class   (index, entry points)
///                                                 └─▶ chunk files    (UTF-8 records, one per ~1 MB)
/// </code>
/// Search and entities branch off ProcessedArticle. In resource mode the build task's index (ResourceIndexPipeline) stands
/// in for the corpus files it replaces; otherwise, with a resource digest (NewsCorpusStorage), every branch's stored
/// section is described again and compared with it [ResourceMatch]; on a match the chunk files of all branches give
/// way to small tables into the embedded resource (docs/ARCHITECTURE.md, storage modes).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CorpusGenerator : IIncrementalGenerator
{
    private static readonly Encoding s_utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Not post-initialization output: the runtime types need C# 11 too, so they are added only once the
        // consumer's language version is known to compile them; otherwise the one diagnostic is NC0020.
        var language = context.ParseOptionsProvider
            .Select(static (options, _) => LanguageVersionGate.Check(options))
            .WithTrackingName(TrackingNames.LanguageSupport);
        context.RegisterSourceOutput(language, static (spc, support) =>
        {
            DiagnosticReporter.Report(spc, support.Diagnostics);
            if (!support.IsSupported)
            {
                return;
            }

            foreach (var (hintName, source) in RuntimeSources.Load())
            {
                spc.AddSource(hintName, SourceText.From(source, s_utf8));
            }
        });

        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) => CorpusFileReader.Read(pair.Left, pair.Right, ct))
            .Where(static file => file is not null)
            .WithTrackingName(TrackingNames.CorpusFiles);

        var settings = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => SettingsReader.Read(options.GlobalOptions))
            .WithTrackingName(TrackingNames.Settings);

        // Resource mode: the build task's index of the corpus it parsed, handed over instead of the corpus files.
        var index = ResourceIndexPipeline.Match(context, files, settings);
        var indexed = index.Select(static (result, _) => ResourceIndexPipeline.ReplacesCorpus(result));

        // One step per file parses it and derives all the rest of its own data (ArticleProcessor): the parsed
        // article is not a step's output, because the driver keeps every output for its next run and the article is
        // several times its file's size. The branches below only pick their part; an edit recomputes one row.
        var articles = files
            .Select(static (file, _) => ArticleProcessor.Process(InputGate.Parse(file!)))
            .WithTrackingName(TrackingNames.ParsedArticles);
        var parsed = articles.Where(static article => article.Record is not null);

        var encoded = parsed
            .Select(static (article, _) => article.Record!)
            .WithTrackingName(TrackingNames.EncodedArticles);

        // Search: per article, its term statistics and its quotations' terms; then one index and one clustering step.
        var searchSettings = settings.Select(static (s, _) => SearchSettingsSpec.From(s));
        // The index is built shard by shard (runs of articles cut by their ids), so an edit rebuilds one shard's
        // dictionary and the last step only lists the shards' chunks (SearchIndexBuilder).
        var chunkSize = searchSettings.Select(static (s, _) => s.ChunkSize);
        var searchPlan = parsed.Select(static (article, _) => article.Terms!).WithTrackingName(TrackingNames.SearchTerms)
            .Collect().Select(static (all, _) => SearchIndexBuilder.Shards(all)).WithTrackingName(TrackingNames.SearchShards)
            .SelectMany(static (shards, _) => shards)
            .Combine(chunkSize).Select(static (pair, _) => SearchIndexBuilder.BuildShard(pair.Left, pair.Right)).WithTrackingName(TrackingNames.SearchShardIndex)
            .Collect().Combine(searchSettings)
            .Select(static (pair, _) => SearchIndexBuilder.Assemble(pair.Left, pair.Right)).WithTrackingName(TrackingNames.SearchIndex);
        var quoteClusters = parsed.Select(static (article, _) => article.Quotes!).WithTrackingName(TrackingNames.SearchQuotes)
            .Collect().Combine(searchSettings)
            .Select(static (pair, _) => SearchQuoteClusterer.Plan(pair.Left, pair.Right)).WithTrackingName(TrackingNames.QuoteClusters);
        var entities = MergeEntities(context, parsed, settings)
            .Combine(index).Select(static (pair, _) => ResourceIndexPipeline.Entities(pair.Left, pair.Right));
        var accessorLimit = settings.Select(static (s, _) => s.NamedAccessorLimit);

        // Resource storage: every section the build task embedded is described again from this generator's own
        // data, and used only when the descriptions agree. Without a digest (inline), or with the task's index in
        // place of the corpus files (which describes them already, or NC0032 says why not), nothing here computes anything.
        var digest = settings.Select(static (s, _) => s.ResourceDigest)
            .Combine(indexed).Select(static (pair, _) => pair.Right ? null : pair.Left);
        var recordSections = encoded.Collect().Combine(digest)
            .Select(static (pair, _) => pair.Right is null ? null : RecordSections(ResourcePlanner.Arrange(pair.Left)));
        var searchSection = searchPlan.Combine(digest)
            .Select(static (pair, _) => pair.Right is null ? null : CorpusBlobFormat.Section(pair.Left.Chunks.Select(static c => c.Text)));
        var clustersSection = quoteClusters.Combine(digest)
            .Select(static (pair, _) => pair.Right is null ? null : CorpusBlobFormat.Section(new[] { pair.Left.Record }));
        var entitiesSection = entities.Combine(digest)
            .Select(static (pair, _) => pair.Right is null ? null : CorpusBlobFormat.Section(new[] { EntityIndexEncoder.Encode(pair.Left) }));
        var resource = recordSections.Combine(searchSection).Combine(clustersSection).Combine(entitiesSection).Combine(digest)
            .Select(static (pair, _) => ResourceMatcher.Match(pair.Right, pair.Left.Left.Left.Left?.Records, pair.Left.Left.Left.Right, pair.Left.Left.Right, pair.Left.Right, pair.Left.Left.Left.Left?.Table))
            .Combine(index).Select(static (pair, _) => ResourceIndexPipeline.Resource(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.ResourceMatch);
        var inResource = resource.Select(static (match, _) => match?.Blob is not null);

        var plan = encoded.Collect()
            .Combine(settings)
            .Combine(resource)
            .Combine(index)
            .Select(static (pair, _) => ResourceIndexPipeline.Plan(pair.Right, pair.Left.Left.Right) ?? StoragePlanner.Plan(pair.Left.Left.Left, pair.Left.Left.Right, pair.Left.Right))
            .WithTrackingName(TrackingNames.Layout);

        var layout = plan.Select(static (p, _) => p.Layout).WithTrackingName(TrackingNames.CorpusClass);
        // The plan says which records each chunk holds, one output per chunk, so an edit re-emits only the chunk its
        // article is in. The chunk's text is joined as it is emitted and not kept: the records are kept already.
        var chunks = plan.SelectMany(static (p, _) => p.Chunks).WithTrackingName(TrackingNames.ChunkRecords);
        var articleDiagnostics = articles.Select(static (article, _) => article.Diagnostics).WithTrackingName(TrackingNames.ArticleDiagnostics);

        context.RegisterSourceOutput(articleDiagnostics, static (spc, diagnostics) => DiagnosticReporter.Report(spc, diagnostics));
        context.RegisterSourceOutput(index, static (spc, result) => DiagnosticReporter.Report(spc, ResourceIndexPipeline.Diagnostics(result)));
        context.RegisterSourceOutput(layout.Combine(language), static (spc, pair) =>
        {
            var (model, support) = pair;
            DiagnosticReporter.Report(spc, model.Diagnostics);
            AddSupported(spc, support, model.Settings.ClassName + ".g.cs", () => CorpusClassEmitter.Emit(model));
            if (model.Resource is not null && support.IsSupported)
            {
                foreach (var (hintName, source) in RuntimeSources.LoadResourceMode())
                {
                    spc.AddSource(hintName, SourceText.From(source, s_utf8));
                }
            }
        });
        context.RegisterSourceOutput(chunks.Combine(language), static (spc, pair) =>
            AddSupported(spc, pair.Right, ChunkEmitter.HintName(pair.Left), () => ChunkEmitter.Emit(ChunkPlanner.Join(pair.Left))));

        // In resource mode the term chunks and the cluster record are in the resource: no source files for them.
        var searchResource = resource.Select(static (match, _) =>
            ResourceMatcher.Locate(match, CorpusBlobFormat.BlobSection.Search) is { } chunks && ResourceMatcher.Locate(match, CorpusBlobFormat.BlobSection.Clusters) is { } clusters
                ? (chunks, clusters)
                : ((ResourceSectionSpec, ResourceSectionSpec)?)null);
        var searchClass = searchPlan.Combine(index).Select(static (pair, _) => ResourceIndexPipeline.Search(pair.Left.Index, pair.Right)).WithTrackingName(TrackingNames.SearchClass);
        var searchChunks = searchPlan.Combine(inResource)
            .SelectMany(static (pair, _) => pair.Right ? System.Array.Empty<ChunkSpec>() : pair.Left.Chunks).WithTrackingName(TrackingNames.SearchChunks);
        context.RegisterSourceOutput(searchClass.Combine(searchResource).Combine(language), static (spc, pair) =>
            AddSupported(spc, pair.Right, SearchClassEmitter.HintName(pair.Left.Left), () => SearchClassEmitter.Emit(pair.Left.Left, pair.Left.Right)));
        context.RegisterSourceOutput(searchChunks.Combine(language), static (spc, pair) =>
            AddSupported(spc, pair.Right, SearchClassEmitter.ChunkHintName(pair.Left), () => SearchClassEmitter.EmitChunk(pair.Left)));
        context.RegisterSourceOutput(quoteClusters.Combine(inResource).Combine(language), static (spc, pair) =>
        {
            if (!pair.Left.Right)
            {
                AddSupported(spc, pair.Right, SearchClustersEmitter.HintName(pair.Left.Left), () => SearchClustersEmitter.Emit(pair.Left.Left));
            }
        });

        RegisterEntityOutputs(context, entities, accessorLimit, resource, inResource, language);
    }

    /// <summary>The records section and the article table of the resource, both from the records in stored order.</summary>
    private static RecordSectionsSpec RecordSections(System.Collections.Generic.List<EncodedArticle> ordered) =>
        new(CorpusBlobFormat.Records(ordered), ArticleTableFormat.Section(ResourcePlanner.Locate(ordered)));

    /// <summary>Entities: per article a small summary, then one corpus-wide merge with the alias files (Parsing/Entities).</summary>
    private static IncrementalValueProvider<EntityCorpusSpec> MergeEntities(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<ProcessedArticle> parsed,
        IncrementalValueProvider<CorpusSettings> settings)
    {
        var summaries = parsed
            .Select(static (article, _) => article.Summary!)
            .WithTrackingName(TrackingNames.EntitySummaries);
        var aliasFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) => EntityAliasFileReader.Read(pair.Left, pair.Right, ct))
            .Where(static file => file is not null)
            .WithTrackingName(TrackingNames.EntityAliasFiles);
        var aliasRules = aliasFiles
            .Select(static (file, _) => EntityAliasFileParser.Parse(file!))
            .WithTrackingName(TrackingNames.EntityAliasRules);
        var output = settings.Select(static (s, _) => EntityOutputSettings.From(s));

        context.RegisterSourceOutput(aliasRules, static (spc, rules) => DiagnosticReporter.Report(spc, rules.Diagnostics));
        return summaries.Collect()
            .Combine(aliasRules.Collect())
            .Combine(output)
            .Select(static (pair, _) => EntityCorpusMerger.Merge(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.EntityCorpus);
    }

    /// <summary>
    /// Entities.g.cs (accessors with their doc previews: code by nature), and the index record: inline chunks, or in
    /// resource mode a small store file pointing into the resource.
    /// </summary>
    private static void RegisterEntityOutputs(
        IncrementalGeneratorInitializationContext context,
        IncrementalValueProvider<EntityCorpusSpec> corpus,
        IncrementalValueProvider<int> accessorLimit,
        IncrementalValueProvider<ResourceMatchSpec?> resource,
        IncrementalValueProvider<bool> inResource,
        IncrementalValueProvider<LanguageSupport> language)
    {
        var chunks = corpus.Combine(inResource)
            .SelectMany(static (pair, _) => pair.Right ? System.Array.Empty<ChunkSpec>() : EntityIndexEncoder.Chunks(pair.Left, EntityIndexEncoder.Encode(pair.Left)))
            .WithTrackingName(TrackingNames.EntityChunks);
        var chunkCount = chunks.Collect().Select(static (all, _) => all.Length);
        var store = resource.Select(static (match, _) => ResourceMatcher.Locate(match, CorpusBlobFormat.BlobSection.Entities));

        // The limit joins only here: changing it re-emits the accessors, never the merge.
        context.RegisterSourceOutput(corpus.Combine(accessorLimit).Combine(chunkCount).Combine(inResource).Combine(language), static (spc, pair) =>
        {
            var ((((model, limit), count), elsewhere), support) = pair;
            DiagnosticReporter.Report(spc, model.Diagnostics);
            AddSupported(spc, support, EntitiesEmitter.HintName(model), () =>
            {
                var selection = EntitiesEmitter.Selection(model, limit);
                DiagnosticReporter.Report(spc, selection.Diagnostics(model));
                return EntitiesEmitter.Emit(model, count, elsewhere, selection);
            });
        });
        context.RegisterSourceOutput(corpus.Select(static (model, _) => model.Settings).Combine(store).Combine(language), static (spc, pair) =>
        {
            if (pair.Left.Right is { } section)
            {
                AddSupported(spc, pair.Right, EntitiesEmitter.StoreHintName(pair.Left.Left), () => EntitiesEmitter.EmitResourceStore(pair.Left.Left, section));
            }
        });
        context.RegisterSourceOutput(chunks.Combine(language), static (spc, pair) =>
            AddSupported(spc, pair.Right, EntitiesEmitter.ChunkHintName(pair.Left), () => EntitiesEmitter.EmitChunk(pair.Left)));
    }

    private static void AddSupported(SourceProductionContext spc, LanguageSupport support, string hintName, System.Func<string> emit)
    {
        if (!support.IsSupported)
        {
            return;
        }

        string source;
        try
        {
            source = emit();
        }
        catch (System.Exception exception) when (exception is not System.OperationCanceledException)
        {
            // The last line of defence: an emitter bug costs one file and a warning, never the whole generator
            // (a throwing generator drops every generated file from the user's build, CS8785).
            spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.GeneratorFailure, Location.None, hintName, exception.GetType().Name + ": " + exception.Message));
            return;
        }

        spc.AddSource(hintName, SourceText.From(source, s_utf8));
    }
}
