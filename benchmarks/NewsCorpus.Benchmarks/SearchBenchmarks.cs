using System;
using System.Collections.Generic;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace NewsCorpus.Benchmarks;

/// <summary>
/// Ranked search through the build-time index against the obvious alternative: a linear scan of the same
/// paragraphs (as UTF-8, no allocation per paragraph) counting the query's words and keeping the best 20.
/// </summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private const string Query = "grain corridor";
    private byte[][] _terms = [];

    [GlobalSetup]
    public void Setup()
    {
        _terms = Array.ConvertAll(Query.Split(' '), t => Encoding.UTF8.GetBytes(t));
        Corpus.DataSet.SearchIndex.Search(Query);
        LinearScan();
    }

    [Benchmark]
    public int RankedSearch() => Corpus.DataSet.SearchIndex.Search(Query, 20).Count;

    [Benchmark(Baseline = true)]
    public int LinearScan()
    {
        var best = new PriorityQueue<(int Article, int Paragraph), int>();
        var articles = Corpus.Articles;
        for (var a = 0; a < articles.Count; a++)
        {
            var paragraphs = articles[a].Paragraphs;
            for (var p = 0; p < paragraphs.Count; p++)
            {
                var text = paragraphs[p].Utf8;
                var score = 0;
                foreach (var term in _terms)
                {
                    score += Occurrences(text, term);
                }

                if (score > 0)
                {
                    best.Enqueue((a, p), score);
                    if (best.Count > 20)
                    {
                        best.Dequeue();
                    }
                }
            }
        }

        return best.Count;
    }

    private static int Occurrences(ReadOnlySpan<byte> text, ReadOnlySpan<byte> term)
    {
        var count = 0;
        int index;
        while ((index = text.IndexOf(term)) >= 0)
        {
            count++;
            text = text.Slice(index + term.Length);
        }

        return count;
    }
}
