using System.Collections.Immutable;
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
/// AdditionalText ─Read─▶ CorpusFileSpec ─Parse─▶ ParsedArticle ─Encode─▶ EncodedArticle ─┐ (one per file)
///                                                                          Collect ◀─────┘
///                            Settings ──▶ Layout ─┬─▶ corpus class   (index, entry points)
///                                                 └─▶ chunk files    (UTF-8 records, one per ~1 MB)
/// </code>
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

        var parsed = files
            .Select(static (file, _) => InputGate.Parse(file!))
            .WithTrackingName(TrackingNames.ParsedArticles);

        var encoded = parsed
            .Where(static result => result.Article is not null)
            .Select(static (result, _) => ArticleRecordEncoder.Encode(result.Article!))
            .WithTrackingName(TrackingNames.EncodedArticles);

        var settings = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => SettingsReader.Read(options.GlobalOptions))
            .WithTrackingName(TrackingNames.Settings);

        var plan = encoded.Collect()
            .Combine(settings)
            .Select(static (pair, _) => StoragePlanner.Plan(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Layout);

        var layout = plan.Select(static (p, _) => p.Layout).WithTrackingName(TrackingNames.CorpusClass);
        var chunks = plan.SelectMany(static (p, _) => p.Chunks).WithTrackingName(TrackingNames.Chunks);
        var articleDiagnostics = parsed.Select(static (result, _) => result.Diagnostics).WithTrackingName(TrackingNames.ArticleDiagnostics);

        context.RegisterSourceOutput(articleDiagnostics, static (spc, diagnostics) => DiagnosticReporter.Report(spc, diagnostics));
        context.RegisterSourceOutput(layout.Combine(language), static (spc, pair) =>
        {
            var (model, support) = pair;
            DiagnosticReporter.Report(spc, model.Diagnostics);
            AddSupported(spc, support, model.Settings.ClassName + ".g.cs", () => CorpusClassEmitter.Emit(model));
            if (model.Resource is not null)
            {
                AddSupported(spc, support, ResourceStoreEmitter.RuntimeHintName, RuntimeSources.ResourceCorpusStore);
            }
        });
        context.RegisterSourceOutput(chunks.Combine(language), static (spc, pair) =>
            AddSupported(spc, pair.Right, ChunkEmitter.HintName(pair.Left), () => ChunkEmitter.Emit(pair.Left)));

        // Search: per article, its term statistics and its quotations' terms; then one index and one clustering step.
        var searchArticles = parsed.Where(static result => result.Article is not null);
        var searchSettings = settings.Select(static (s, _) => SearchSettingsSpec.From(s));
        var searchPlan = searchArticles.Select(static (result, _) => SearchTermCounter.Count(result.Article!)).WithTrackingName(TrackingNames.SearchTerms)
            .Collect().Combine(searchSettings)
            .Select(static (pair, _) => SearchIndexBuilder.Plan(pair.Left, pair.Right)).WithTrackingName(TrackingNames.SearchIndex);
        var searchClass = searchPlan.Select(static (p, _) => p.Index).WithTrackingName(TrackingNames.SearchClass);
        var searchChunks = searchPlan.SelectMany(static (p, _) => p.Chunks).WithTrackingName(TrackingNames.SearchChunks);
        var quoteClusters = searchArticles.Select(static (result, _) => SearchQuoteCollector.Collect(result.Article!)).WithTrackingName(TrackingNames.SearchQuotes)
            .Collect().Combine(searchSettings)
            .Select(static (pair, _) => SearchQuoteClusterer.Plan(pair.Left, pair.Right)).WithTrackingName(TrackingNames.QuoteClusters);
        context.RegisterSourceOutput(searchClass.Combine(language), static (spc, pair) =>
            AddSupported(spc, pair.Right, SearchClassEmitter.HintName(pair.Left), () => SearchClassEmitter.Emit(pair.Left)));
        context.RegisterSourceOutput(searchChunks.Combine(language), static (spc, pair) =>
            AddSupported(spc, pair.Right, SearchClassEmitter.ChunkHintName(pair.Left), () => SearchClassEmitter.EmitChunk(pair.Left)));
        context.RegisterSourceOutput(quoteClusters.Combine(language), static (spc, pair) =>
            AddSupported(spc, pair.Right, SearchClustersEmitter.HintName(pair.Left), () => SearchClustersEmitter.Emit(pair.Left)));

        RegisterEntities(context, parsed, settings, language);
    }

    /// <summary>Entities: per article a small summary, then one corpus-wide merge with the alias files (Parsing/Entities).</summary>
    private static void RegisterEntities(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<ParsedArticle> parsed,
        IncrementalValueProvider<CorpusSettings> settings,
        IncrementalValueProvider<LanguageSupport> language)
    {
        var summaries = parsed
            .Where(static result => result.Article is not null)
            .Select(static (result, _) => EntitySummarizer.Summarize(result.Article!))
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
        var corpus = summaries.Collect()
            .Combine(aliasRules.Collect())
            .Combine(output)
            .Select(static (pair, _) => EntityCorpusMerger.Merge(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.EntityCorpus);
        var chunks = corpus
            .SelectMany(static (model, _) => EntityIndexEncoder.Chunks(model, EntityIndexEncoder.Encode(model)))
            .WithTrackingName(TrackingNames.EntityChunks);
        var chunkCount = chunks.Collect().Select(static (all, _) => all.Length);

        context.RegisterSourceOutput(aliasRules, static (spc, rules) => DiagnosticReporter.Report(spc, rules.Diagnostics));
        context.RegisterSourceOutput(corpus.Combine(chunkCount).Combine(language), static (spc, pair) =>
        {
            var ((model, count), support) = pair;
            DiagnosticReporter.Report(spc, model.Diagnostics);
            AddSupported(spc, support, EntitiesEmitter.HintName(model), () => EntitiesEmitter.Emit(model, count));
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
