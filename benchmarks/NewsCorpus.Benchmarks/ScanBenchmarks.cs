using System;
using BenchmarkDotNet.Attributes;

namespace NewsCorpus.Benchmarks;

/// <summary>
/// A full pass over every paragraph of the corpus after the articles are decoded: the UTF-8 views allocate
/// nothing (the MemoryDiagnoser column), the string view allocates nothing either once cached.
/// </summary>
[MemoryDiagnoser]
public class ScanBenchmarks
{
    [GlobalSetup]
    public void Setup() => CountUtf8();

    [Benchmark(Baseline = true)]
    public long CountUtf8()
    {
        long newsBytes = 0;
        var articles = Corpus.Articles;
        for (var a = 0; a < articles.Count; a++)
        {
            var paragraphs = articles[a].Paragraphs;
            for (var p = 0; p < paragraphs.Count; p++)
            {
                newsBytes += System.MemoryExtensions.Count(paragraphs[p].Utf8, (byte)',');
            }
        }

        return newsBytes;
    }

    [Benchmark]
    public long CountStrings()
    {
        long commas = 0;
        var articles = Corpus.Articles;
        for (var a = 0; a < articles.Count; a++)
        {
            var paragraphs = articles[a].Paragraphs;
            for (var p = 0; p < paragraphs.Count; p++)
            {
                commas += System.MemoryExtensions.Count(paragraphs[p].Text.AsSpan(), ',');
            }
        }

        return commas;
    }
}
