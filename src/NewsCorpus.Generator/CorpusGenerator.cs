using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NewsCorpus.Generator.Configuration;
using NewsCorpus.Generator.Emit;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing;
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
        context.RegisterPostInitializationOutput(static post =>
        {
            foreach (var (hintName, source) in RuntimeSources.Load())
            {
                post.AddSource(hintName, SourceText.From(source, s_utf8));
            }
        });

        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) => CorpusFileReader.Read(pair.Left, pair.Right, ct))
            .Where(static file => file is not null)
            .WithTrackingName(TrackingNames.CorpusFiles);

        var parsed = files
            .Select(static (file, _) => ArticleParser.Parse(file!))
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
            .Select(static (pair, _) => ChunkPlanner.Plan(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Layout);

        var layout = plan.Select(static (p, _) => p.Layout).WithTrackingName(TrackingNames.CorpusClass);
        var chunks = plan.SelectMany(static (p, _) => p.Chunks).WithTrackingName(TrackingNames.Chunks);
        var articleDiagnostics = parsed.Select(static (result, _) => result.Diagnostics).WithTrackingName(TrackingNames.ArticleDiagnostics);

        context.RegisterSourceOutput(articleDiagnostics, static (spc, diagnostics) => DiagnosticReporter.Report(spc, diagnostics));
        context.RegisterSourceOutput(layout, static (spc, model) =>
        {
            DiagnosticReporter.Report(spc, model.Diagnostics);
            spc.AddSource(model.Settings.ClassName + ".g.cs", SourceText.From(CorpusClassEmitter.Emit(model), s_utf8));
        });
        context.RegisterSourceOutput(chunks, static (spc, chunk) =>
            spc.AddSource(ChunkEmitter.HintName(chunk), SourceText.From(ChunkEmitter.Emit(chunk), s_utf8)));
    }
}
