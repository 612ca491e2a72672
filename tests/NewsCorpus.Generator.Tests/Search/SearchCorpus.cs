using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using NewsCorpus.Generator.Tests.Infrastructure;

namespace NewsCorpus.Generator.Tests.Search;

/// <summary>
/// The search API of a generator run's compiled output, read through reflection into plain values, so search
/// tests run the generated index and the runtime ranking exactly as a consumer would.
/// </summary>
internal sealed class SearchCorpus
{
    private readonly Type _corpusClass;

    private SearchCorpus(Type corpusClass) => _corpusClass = corpusClass;

    /// <param name="resources">The embedded corpus resource, for a run in resource storage.</param>
    public static SearchCorpus Load(GeneratorRun run, string className = "TestApp.Corpus", IEnumerable<Microsoft.CodeAnalysis.ResourceDescription>? resources = null)
    {
        run.ShouldCompile();
        using var stream = new MemoryStream();
        var emit = run.Output.Emit(stream, manifestResources: resources);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext("search-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return new SearchCorpus(context.LoadFromStream(stream).GetType(className, throwOnError: true)!);
    }

    public static SearchCorpus Of(CorpusProject project) => Load(project.Run());

    public List<Hit> Search(string? query, int max = 20)
    {
        var hits = (IEnumerable)_corpusClass.GetMethod("Search")!.Invoke(null, new object?[] { query, max })!;
        return hits.Cast<object>().Select(Hit.From).ToList();
    }

    /// <summary>Each cluster as its quotations' (article id, quote index, text), in the stored order.</summary>
    public List<List<QuoteRef>> Clusters() =>
        Enumerate(Static("QuoteClusters")).Select(cluster => Enumerate(Get(cluster, "Quotes")).Select(QuoteRef.From).ToList()).ToList();

    /// <summary>Every quotation with the quotations of its cluster (empty when it has none), via <c>Quote.Cluster</c>.</summary>
    public List<(QuoteRef Quote, List<QuoteRef> Cluster)> QuotesWithClusters() =>
        Enumerate(Static("Quotes"))
            .Select(quote =>
            {
                var cluster = Get(quote, "Cluster");
                return (QuoteRef.From(quote), cluster is null ? new List<QuoteRef>() : Enumerate(Get(cluster, "Quotes")).Select(QuoteRef.From).ToList());
            })
            .ToList();

    private object Static(string property) => _corpusClass.GetProperty(property, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    private static object? Get(object target, string property) => target.GetType().GetProperty(property)!.GetValue(target);

    private static IEnumerable<object> Enumerate(object? items) => ((IEnumerable)items!).Cast<object>();

    internal sealed record Hit(string ArticleId, int ParagraphIndex, double Score, string Text, IReadOnlyList<(int Start, int End)> Highlights)
    {
        public static Hit From(object hit)
        {
            var article = Get(hit, "Article")!;
            var highlights = Enumerate(Get(hit, "Highlights")).Select(h => ((int)Get(h, "Start")!, (int)Get(h, "End")!)).ToList();
            return new Hit((string)Get(article, "Id")!, (int)Get(hit, "ParagraphIndex")!, (double)Get(hit, "Score")!, (string)Get(hit, "Text")!, highlights);
        }

        public IEnumerable<string> HighlightedText => Highlights.Select(h => Text.Substring(h.Start, h.End - h.Start));
    }

    internal sealed record QuoteRef(string ArticleId, int Index, string Text)
    {
        public static QuoteRef From(object quote) =>
            new((string)Get(Get(quote, "Article")!, "Id")!, (int)Get(quote, "Index")!, (string)Get(quote, "Text")!);
    }
}
