using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using NewsCorpus.Generator.Storage;
using NewsCorpus.Generator.Tests.Infrastructure;

namespace NewsCorpus.Generator.Tests.Storage;

/// <summary>
/// Builds one in-memory consumer in either storage mode. Resource mode does what the package's build targets do:
/// the blob comes from <see cref="CorpusBlobBuilder"/> over the files' bytes, its header is passed as
/// NewsCorpusResourceDigest, unsafe code is allowed, and the blob is embedded under its resource name.
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

    public static Built Build(CorpusProject project, string mode, Func<byte[], byte[]>? tamper = null)
    {
        byte[]? blob = null;
        if (mode == Resource)
        {
            var (header, records) = CorpusBlobBuilder.Build(Sources(project));
            using var stream = new MemoryStream();
            CorpusBlobBuilder.Write(stream, header, records);
            blob = tamper is null ? stream.ToArray() : tamper(stream.ToArray());
            project.Properties["NewsCorpusStorage"] = "resource";
            project.Properties["NewsCorpusResourceDigest"] = header;
        }

        var compilation = project.Compilation();
        compilation = compilation.WithOptions(compilation.Options.WithAllowUnsafe(true));
        var driver = project.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new Built(new GeneratorRun(driver, output, diagnostics), blob);
    }

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
