using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace NewsCorpus.Benchmarks;

/// <summary>A corpus folder read into memory: paths, texts and their total UTF-8 size.</summary>
internal sealed class CorpusFolder
{
    public CorpusFolder(string root, int maxFiles = int.MaxValue)
    {
        Root = Path.GetFullPath(root);
        Paths = Directory.GetFiles(Root, "*.txt", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).Take(maxFiles).ToArray();
        Texts = Paths.Select(File.ReadAllText).ToArray();
        Bytes = Texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
    }

    public string Root { get; }

    public IReadOnlyList<string> Paths { get; }

    public IReadOnlyList<string> Texts { get; }

    public long Bytes { get; }

    /// <summary>The folder benchmarks read: NEWSCORPUS_BENCH_CORPUS, or benchmarks/out/corpus-5MB.</summary>
    public static string Default =>
        Environment.GetEnvironmentVariable("NEWSCORPUS_BENCH_CORPUS")
        ?? Path.Combine(AppContext.BaseDirectory, "../../../../out/corpus-5MB");
}
