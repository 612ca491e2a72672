using System.Linq;
using BenchmarkDotNet.Attributes;

namespace NewsCorpus.Benchmarks;

/// <summary>Lookups once their indexes exist: by article id, by speaker and entity name (any spelling variant).</summary>
[MemoryDiagnoser]
public class LookupBenchmarks
{
    private string[] _ids = [];
    private string[] _speakers = [];
    private string[] _entities = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var articles = Corpus.Articles;
        _ids = Enumerable.Range(0, 64).Select(i => articles[(i * 7919) % articles.Count].Id).ToArray();
        // 64 keys, cycling through the speakers when a corpus has fewer (the synthetic ones have a few dozen).
        var speakers = Corpus.Speakers.Select(s => s.Name.ToUpperInvariant()).ToArray();
        _speakers = Enumerable.Range(0, 64).Select(i => speakers[i % speakers.Length]).ToArray();
        // Spread over the whole list: entities are sorted by name, and the first ones are alike.
        var entities = Corpus.Entities.Select(e => e.Name.ToUpperInvariant()).ToArray();
        _entities = Enumerable.Range(0, 64).Select(i => entities[(i * 7919) % entities.Length]).ToArray();

        // Build every index once, as any real use does before it is fast.
        Corpus.FindArticle(_ids[0]);
        Corpus.QuotesBy(_speakers[0]);
        Corpus.FindEntity(_entities[0]);
    }

    [Benchmark]
    public object? ArticleById() => Corpus.FindArticle(_ids[_next++ & 63]);

    [Benchmark]
    public object? SpeakerByName() => Corpus.DataSet.GetSpeaker(_speakers[_next++ & 63]);

    [Benchmark]
    public object? EntityByName() => Corpus.FindEntity(_entities[_next++ & 63]);

    [Benchmark]
    public int QuotesBySpeaker() => Corpus.QuotesBy(_speakers[_next++ & 63]).Count;
}
