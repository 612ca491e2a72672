using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing.Entities;

namespace NewsCorpus.Generator.Storage;

/// <summary>One corpus file as the build task sees it: its full path, the folder ids are relative to, its bytes.</summary>
/// <param name="Bytes">The file's content, or null when it could not be read.</param>
internal sealed record CorpusBlobSource(string Path, string? Root, byte[]? Bytes);

/// <summary>The corpus resource's content: its description (header included) and the text of each section.</summary>
/// <param name="Index">What the generator emits the resource-mode sources from (obj/newscorpus.index), from the same parse.</param>
internal sealed record CorpusBlob(
    ResourceBlobSpec Layout,
    IReadOnlyList<EncodedArticle> Records,
    IReadOnlyList<string> SearchChunks,
    string ClusterRecord,
    string EntityRecord,
    byte[] ArticleTable,
    ResourceIndexSpec Index)
{
    public string Header => Layout.Header;
}

/// <summary>
/// Builds the embedded corpus resource from file bytes with the generator's own steps: read and parse as the
/// generator does (<see cref="CorpusFileParser"/>), then per article
/// what the generator's per-file step derives (<see cref="ArticleProcessor"/>), and per corpus the same collect steps
/// (<see cref="ResourcePlanner"/>, <see cref="SearchIndexBuilder"/>, <see cref="SearchQuoteClusterer"/>,
/// <see cref="EntityCorpusMerger"/> with the alias files, <see cref="EntityIndexEncoder"/>). The build task and the
/// tests call it; it does no I/O of its own.
/// </summary>
internal static class CorpusBlobBuilder
{
    /// <summary>Parses every file (in parallel: files are independent), builds every section and describes them.</summary>
    /// <param name="files">The corpus files.</param>
    /// <param name="aliasFiles">The entity alias files (NewsCorpusAliases="true"), as the compiler would read them.</param>
    /// <param name="maxArticleBytes">NewsCorpusMaxArticleBytes: a file with more UTF-8 bytes of text is skipped, as the generator skips it.</param>
    /// <param name="chunkSize">NewsCorpusChunkSize: search chunks are cut as the generator cuts them.</param>
    public static CorpusBlob Build(
        IReadOnlyList<CorpusBlobSource> files,
        IReadOnlyList<EntityAliasFileSpec>? aliasFiles = null,
        long maxArticleBytes = CorpusSettings.DefaultMaxArticleBytes,
        int chunkSize = CorpusSettings.DefaultChunkSize)
    {
        // Per file, what the generator's per-file step computes; the parsed article itself is dropped at once, so
        // memory holds the records and the small per-article models, not every article twice.
        var perFile = new ProcessedArticle[files.Count];
        Parallel.For(0, files.Count, i => perFile[i] = ArticleProcessor.Process(CorpusFileParser.Parse(files[i], maxArticleBytes)));

        var records = new List<EncodedArticle>(files.Count);
        var terms = new List<SearchTermsSpec>(files.Count);
        var quotes = new List<SearchQuotesSpec>(files.Count);
        var summaries = new List<EntityArticleSummary>(files.Count);
        var articleDiagnostics = new List<DiagnosticSpec>();
        foreach (var article in perFile)
        {
            articleDiagnostics.AddRange(article.Diagnostics);
            if (article.Record is not null)
            {
                records.Add(article.Record);
                terms.Add(article.Terms!);
                quotes.Add(article.Quotes!);
                summaries.Add(article.Summary!);
            }
        }

        // The corpus-wide steps read disjoint inputs and share nothing, so they run side by side: the search index
        // (the longest, its shards in parallel too), the quotation clusters and the entity merge on the pool, the
        // record layout here. Each result is the same as computed alone, whatever finishes first.
        var settings = new SearchSettingsSpec(string.Empty, CorpusSettings.DefaultClassName, chunkSize);
        var searchStep = Task.Run(() => SearchIndexBuilder.Plan(terms, settings));
        var clusterStep = Task.Run(() => SearchQuoteClusterer.Plan(quotes, settings).Record);
        var entityStep = Task.Run(() => MergeEntities(summaries, aliasFiles));

        var layoutDiagnostics = new List<DiagnosticSpec>();
        var ordered = ResourcePlanner.Arrange(records, layoutDiagnostics);
        var locations = ResourcePlanner.Locate(ordered);
        var table = ArticleTableFormat.Write(locations);

        // GetResult, not Result: a failure surfaces as itself, not wrapped in an AggregateException.
        var (searchIndex, search) = searchStep.GetAwaiter().GetResult();
        var clusters = clusterStep.GetAwaiter().GetResult();
        var (entityModel, entities) = entityStep.GetAwaiter().GetResult();
        var searchChunks = new string[search.Length];
        for (var i = 0; i < search.Length; i++)
        {
            searchChunks[i] = search[i].Text;
        }

        var layout = CorpusBlobFormat.Describe(
            CorpusBlobFormat.Records(ordered),
            CorpusBlobFormat.Section(searchChunks),
            CorpusBlobFormat.Section(new[] { clusters }),
            CorpusBlobFormat.Section(new[] { entities }),
            ArticleTableFormat.Section(table));

        var index = new ResourceIndexSpec(
            layout,
            locations,
            layoutDiagnostics.ToEquatableArray(),
            articleDiagnostics.ToEquatableArray(),
            searchIndex,
            entityModel);
        return new CorpusBlob(layout, ordered, searchChunks, clusters, entities, table, index);
    }

    private static (EntityCorpusSpec Model, string Record) MergeEntities(IReadOnlyList<EntityArticleSummary> summaries, IReadOnlyList<EntityAliasFileSpec>? aliasFiles)
    {
        var rules = new List<EntityAliasRules>();
        foreach (var file in aliasFiles ?? System.Array.Empty<EntityAliasFileSpec>())
        {
            rules.Add(EntityAliasFileParser.Parse(file));
        }

        var model = EntityCorpusMerger.Merge(summaries, rules, EntityOutputSettings.Default);
        return (model, EntityIndexEncoder.Encode(model));
    }

    /// <summary>Writes the header line and every section, in the layout <see cref="CorpusBlobFormat"/> describes.</summary>
    public static void Write(Stream output, CorpusBlob blob)
    {
        var headerBytes = CorpusBlobFormat.HeaderBytes(blob.Header);
        output.Write(headerBytes, 0, headerBytes.Length);
        foreach (var record in blob.Records)
        {
            RecordBytes.Write(output, record.Record);
        }

        foreach (var chunk in blob.SearchChunks)
        {
            WriteText(output, chunk);
        }

        WriteText(output, blob.ClusterRecord);
        WriteText(output, blob.EntityRecord);
        output.Write(blob.ArticleTable, 0, blob.ArticleTable.Length);
    }

    private static void WriteText(Stream output, string text)
    {
        var bytes = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
        output.Write(bytes, 0, bytes.Length);
    }
}
