using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Storage;
using NewsCorpus.Generator.Tests.Entities;
using NewsCorpus.Generator.Tests.Infrastructure;

namespace NewsCorpus.Generator.Tests.Storage;

/// <summary>
/// Builds one in-memory consumer in either storage mode. Resource mode does what the package's build targets do:
/// the blob comes from <see cref="CorpusBlobBuilder"/> over the files' bytes, its header is passed as
/// NewsCorpusResourceDigest, unsafe code is allowed, the blob is embedded under its resource name, and with the index
/// passed the corpus files are taken out of the AdditionalFiles (unless a test keeps them).
/// </summary>
internal static class StorageModes
{
    public const string Inline = "inline";
    public const string Resource = "resource";

    /// <summary>Helper code compiled into the consumer, so tests can call the span-returning API directly.</summary>
    public const string ProbeSource = """
        public static class Probe
        {
            public static byte[] BodyUtf8(int article) => global::TestApp.Corpus.Articles[article].BodyUtf8.ToArray();

            public static byte[][] ParagraphsUtf8(int article)
            {
                var paragraphs = global::TestApp.Corpus.Articles[article].Paragraphs;
                var result = new byte[paragraphs.Count][];
                for (var i = 0; i < result.Length; i++)
                {
                    result[i] = paragraphs[i].Utf8.ToArray();
                }

                return result;
            }

            public static long Scan()
            {
                long bytes = 0;
                var articles = global::TestApp.Corpus.Articles;
                for (var a = 0; a < articles.Count; a++)
                {
                    var paragraphs = articles[a].Paragraphs;
                    for (var p = 0; p < paragraphs.Count; p++)
                    {
                        bytes += paragraphs[p].Utf8.Length;
                    }

                    bytes += articles[a].BodyUtf8.Length;
                }

                return bytes;
            }

            /// <summary>Every search hit for the queries and every quote cluster, as text, to compare two storage modes.</summary>
            public static string DescribeSearch(string[] queries)
            {
                var text = new global::System.Text.StringBuilder();
                foreach (var query in queries)
                {
                    text.Append("query ").Append(query).Append('\n');
                    foreach (var hit in global::TestApp.Corpus.Search(query, 50))
                    {
                        text.Append(hit.Article.Id).Append(' ').Append(hit.ParagraphIndex).Append(' ').Append(hit.Score.ToString("R", global::System.Globalization.CultureInfo.InvariantCulture));
                        foreach (var h in hit.Highlights)
                        {
                            text.Append(' ').Append(h.Start).Append('-').Append(h.End);
                        }

                        text.Append('\n');
                    }
                }

                foreach (var cluster in global::TestApp.Corpus.QuoteClusters)
                {
                    text.Append("cluster");
                    foreach (var quote in cluster.Quotes)
                    {
                        text.Append(' ').Append(quote.Article.Id).Append('#').Append(quote.Index);
                    }

                    text.Append('\n');
                }

                return text.ToString();
            }

            /// <summary>Every entity, speaker and metadata lookup, as text, to compare two storage modes.</summary>
            public static string DescribeEntities()
            {
                var text = new global::System.Text.StringBuilder();
                string Ids(global::System.Collections.Generic.IEnumerable<global::NewsCorpus.Article> articles) => string.Join(",", global::System.Linq.Enumerable.Select(articles, a => a.Id));
                foreach (var entity in global::TestApp.Corpus.Entities)
                {
                    text.Append("entity ").Append(entity.Name).Append('|').Append(entity.Kind).Append('|').Append(entity.Role).Append('|')
                        .Append(string.Join(";", entity.Aliases)).Append('|').Append(entity.MentionCount).Append('|').Append(Ids(entity.Articles)).Append('|')
                        .Append(entity.Quotes.Count).Append('|').Append(entity.Speaker?.Name).Append('|').Append(global::TestApp.Corpus.FindEntity(entity.Name)?.Name)
                        .Append('|').Append(Ids(global::TestApp.Corpus.Mentioning(entity.Name))).Append('\n');
                }

                foreach (var speaker in global::TestApp.Corpus.Speakers)
                {
                    text.Append("speaker ").Append(speaker.Name).Append('|').Append(speaker.Role).Append('|').Append(speaker.Quotes.Count).Append('|')
                        .Append(global::TestApp.Corpus.QuotesBy(speaker.Name).Count).Append('\n');
                }

                foreach (var article in global::TestApp.Corpus.Articles)
                {
                    text.Append("article ").Append(article.Id).Append('|').Append(Ids(global::TestApp.Corpus.ByAgency(article.Agency ?? "-"))).Append('|')
                        .Append(Ids(global::TestApp.Corpus.BySection(article.Section ?? "-"))).Append('|');
                    foreach (var author in article.Authors)
                    {
                        text.Append(Ids(global::TestApp.Corpus.ByAuthor(author))).Append(';');
                    }

                    text.Append('\n');
                }

                text.Append("dated ").Append(Ids(global::TestApp.Corpus.PublishedBetween(global::System.DateTime.MinValue, global::System.DateTime.MaxValue))).Append('\n');
                return text.ToString();
            }

            /// <summary>Bytes allocated by a second full UTF-8 scan, after a first one decoded every article.</summary>
            public static long SecondScanAllocations()
            {
                Scan();
                var before = global::System.GC.GetAllocatedBytesForCurrentThread();
                Scan();
                return global::System.GC.GetAllocatedBytesForCurrentThread() - before;
            }
        }
        """;

    public sealed record Built(GeneratorRun Run, byte[]? Blob)
    {
        public IEnumerable<ResourceDescription>? Resources =>
            Blob is null ? null : new[] { new ResourceDescription(CorpusBlobFormat.ResourceName, () => new MemoryStream(Blob), isPublic: true) };

        public CompiledCorpus Load() => CompiledCorpus.Load(Run, resources: Resources);
    }

    /// <summary>The AdditionalFiles name of the task's index, as the targets add it (obj/newscorpus.index).</summary>
    public const string IndexName = "obj/newscorpus.index";

    /// <param name="index">What to do with the task's index text: null passes it unchanged; <see cref="NoIndex"/> leaves it out.</param>
    /// <param name="keepCorpusFiles">Pass the corpus files along with the index, as a custom build or an older targets file would.</param>
    public static Built Build(CorpusProject project, string mode, Func<byte[], byte[]>? tamper = null, Func<string, string?>? index = null, bool keepCorpusFiles = false) =>
        Build(project, mode, tamper, aliases: null, index, keepCorpusFiles);

    /// <summary>A project with entity alias files: the blob is built with them, as the targets pass them to the task.</summary>
    public static Built Build(AliasFileProject project, string mode, Func<byte[], byte[]>? tamper = null, Func<string, string?>? index = null) =>
        Build(project.Project, mode, tamper, project, index, keepCorpusFiles: false);

    /// <summary>For <c>index:</c> a build without the index (an older targets file): the generator parses the corpus itself.</summary>
    public static string? NoIndex(string text) => null;

    /// <summary>Adds the task's index of <paramref name="built"/> to the project as the targets do, after <paramref name="index"/>.</summary>
    public static void AddIndex(CorpusProject project, CorpusBlob built, Func<string, string?>? index = null)
    {
        var text = ResourceIndexFormat.Write(built.Index);
        var passed = index is null ? text : index(text);
        project.OtherFiles.Remove(IndexName);
        project.OtherFileMetadata.Remove(IndexName);
        if (passed is not null)
        {
            project.OtherFiles[IndexName] = passed;
            project.OtherFileMetadata[IndexName] = new Dictionary<string, string> { ["NewsCorpusIndex"] = "true" };
        }
    }

    private static Built Build(CorpusProject project, string mode, Func<byte[], byte[]>? tamper, AliasFileProject? aliases, Func<string, string?>? index, bool keepCorpusFiles)
    {
        byte[]? blob = null;
        if (mode == Resource)
        {
            var aliasFiles = aliases?.AliasFiles.Select(f => new EntityAliasFileSpec(AliasFileProject.AliasPath(f.Key), f.Value)).ToList();
            var built = CorpusBlobBuilder.Build(Sources(project), aliasFiles, MaxArticleBytes(project), ChunkSize(project));
            using var stream = new MemoryStream();
            CorpusBlobBuilder.Write(stream, built);
            blob = tamper is null ? stream.ToArray() : tamper(stream.ToArray());
            project.Properties["NewsCorpusStorage"] = "resource";
            project.Properties["NewsCorpusResourceDigest"] = built.Header;
            AddIndex(project, built, index);
            if (project.OtherFiles.ContainsKey(IndexName) && !keepCorpusFiles)
            {
                project.Files.Clear();
            }
        }

        var compilation = project.Compilation();
        compilation = compilation.WithOptions(compilation.Options.WithAllowUnsafe(true));
        var driver = (aliases?.CreateDriver() ?? project.CreateDriver()).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new Built(new GeneratorRun(driver, output, diagnostics), blob);
    }

    /// <summary>NewsCorpusChunkSize as the targets pass it to the task (the task applies the generator's rule).</summary>
    private static int ChunkSize(CorpusProject project) =>
        project.Properties.TryGetValue("NewsCorpusChunkSize", out var text) && int.TryParse(text, out var size) && size >= 1024 ? size : 1 << 20;

    /// <summary>NewsCorpusMaxArticleBytes as the targets pass it to the task.</summary>
    private static long MaxArticleBytes(CorpusProject project) =>
        project.Properties.TryGetValue("NewsCorpusMaxArticleBytes", out var text) && long.TryParse(text, out var bytes) ? bytes : CorpusSettings.DefaultMaxArticleBytes;

    /// <summary>The project's corpus files as the build task would read them from disk: UTF-8 bytes, no BOM.</summary>
    public static List<CorpusBlobSource> Sources(CorpusProject project) =>
        project.Files
            .Select(f => new CorpusBlobSource(CorpusProject.CorpusPath(f.Key), CorpusProject.CorpusDir, f.Value is null ? null : new UTF8Encoding(false).GetBytes(f.Value)))
            .ToList();

    public static object? CallProbe(CompiledCorpus corpus, string method, params object[] arguments)
    {
        try
        {
            return corpus.Assembly.GetType("Probe", throwOnError: true)!.GetMethod(method)!.Invoke(null, arguments);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            throw exception.InnerException;
        }
    }
}
