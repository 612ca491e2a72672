using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;

namespace NewsCorpus.Tests;

/// <summary>
/// The runtime API is lazy: nothing is decoded until first asked for. Many threads asking at once, on a data set
/// nobody has touched yet, must see one instance per article and identical results; unknown keys give empty
/// results or false, never an exception.
/// </summary>
public sealed class ConcurrencyTests
{
    private const int Rounds = 25;

    private static readonly int Threads = Math.Max(8, Environment.ProcessorCount * 4);

    [Fact]
    public void Many_threads_on_a_fresh_data_set_see_one_instance_per_article_and_identical_results()
    {
        var ids = Corpus.Articles.Select(a => a.Id).ToArray();
        var names = Corpus.Speakers.SelectMany(s => s.Aliases.Prepend(s.Name)).Distinct(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(names);

        for (var round = 0; round < Rounds; round++)
        {
            var data = new CorpusDataSet(new SlowStore(OriginalStore()));
            var results = new Observation[Threads];
            using var start = new Barrier(Threads);
            var workers = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
            {
                start.SignalAndWait();
                results[t] = Observe(data, ids, names, t);
            })).ToList();
            workers.ForEach(w => w.Start());
            workers.ForEach(w => w.Join());

            var first = results[0];
            Assert.Equal(ids, first.Articles.Select(a => a.Id));
            Assert.Equal(Corpus.Quotes.Select(q => q.Text), first.Quotes.Select(q => q.Text));
            Assert.Equal(Corpus.Speakers.Select(s => s.Name), first.Speakers.Select(s => s.Name));
            foreach (var other in results)
            {
                AssertSameInstances(first.Articles, other.Articles);
                AssertSameInstances(first.Articles, other.Found);
                AssertSameInstances(first.Quotes, other.Quotes);
                AssertSameInstances(first.Speakers, other.Speakers);
                for (var n = 0; n < names.Length; n++)
                {
                    AssertSameInstances(first.QuotesBy[n], other.QuotesBy[n]);
                    Assert.Same(first.SpeakerByName[n], other.SpeakerByName[n]);
                }
            }

            // Objects reached through each other are the published ones too.
            Assert.All(first.Quotes, q => Assert.Same(first.Articles[Array.IndexOf(ids, q.Article.Id)], q.Article));
            Assert.All(first.Quotes.Where(q => q.Speaker is not null), q => Assert.Contains(q.Speaker!, first.Speakers));
        }
    }

    [Fact]
    public void Unknown_and_odd_keys_give_empty_results_or_false_without_throwing()
    {
        foreach (var data in new[] { Corpus.DataSet, new CorpusDataSet(new SlowStore(OriginalStore())) })
        {
            foreach (var key in new[] { null!, "", " ", "no/such/article", "\uD800", "\uDC00x", "a\0b", new string('x', 100_000), "ǅ\u0301\u0345", "İı" })
            {
                Assert.Null(data.FindArticle(key));
                Assert.False(data.TryGetArticle(key, out _));
                Assert.Empty(data.QuotesBy(key));
                Assert.Null(data.GetSpeaker(key));
            }
        }

        Assert.Null(Corpus.FindArticle("no/such/article"));
        Assert.False(Corpus.TryGetArticle("no/such/article", out _));
        Assert.Empty(Corpus.QuotesBy("\uD800"));
    }

    private static Observation Observe(CorpusDataSet data, string[] ids, string[] names, int thread)
    {
        // Each thread walks in its own order, so every member is somebody's first call.
        var observation = new Observation(ids.Length, names.Length);
        var steps = new Action[]
        {
            () => observation.Quotes = data.Quotes.ToArray(),
            () => observation.Speakers = data.Speakers.ToArray(),
            () =>
            {
                for (var k = 0; k < ids.Length; k++)
                {
                    var i = (k + thread) % ids.Length;
                    observation.Articles[i] = data.Articles[i];
                }
            },
            () =>
            {
                for (var k = ids.Length - 1; k >= 0; k--)
                {
                    observation.Found[k] = data.FindArticle(ids[k])!;
                }
            },
            () =>
            {
                for (var n = 0; n < names.Length; n++)
                {
                    observation.QuotesBy[n] = data.QuotesBy(names[n]).ToArray();
                    observation.SpeakerByName[n] = data.GetSpeaker(names[n]);
                }
            },
        };
        for (var s = 0; s < steps.Length; s++)
        {
            steps[(s + thread) % steps.Length]();
        }

        return observation;
    }

    private static void AssertSameInstances<T>(IReadOnlyList<T> expected, IReadOnlyList<T> actual)
        where T : class
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Same(expected[i], actual[i]);
        }
    }

    /// <summary>The generated store behind <see cref="Corpus.DataSet"/>, found by type so the field's name does not matter.</summary>
    private static CorpusStore OriginalStore()
    {
        var field = typeof(CorpusDataSet).GetFields(BindingFlags.Instance | BindingFlags.NonPublic)
            .Single(f => typeof(CorpusStore).IsAssignableFrom(f.FieldType));
        return (CorpusStore)field.GetValue(Corpus.DataSet)!;
    }

    private sealed class Observation
    {
        public Observation(int articles, int names)
        {
            Articles = new Article[articles];
            Found = new Article[articles];
            QuotesBy = new Quote[names][];
            SpeakerByName = new Speaker?[names];
        }

        public Article[] Articles { get; }

        public Article[] Found { get; }

        public Quote[] Quotes { get; set; } = Array.Empty<Quote>();

        public Speaker[] Speakers { get; set; } = Array.Empty<Speaker>();

        public Quote[][] QuotesBy { get; }

        public Speaker?[] SpeakerByName { get; }
    }

    /// <summary>The real records, handed out slowly so that threads overlap inside every lazy initialization.</summary>
    private sealed class SlowStore : CorpusStore
    {
        private readonly CorpusStore _inner;

        public SlowStore(CorpusStore inner) => _inner = inner;

        public override int ArticleCount => _inner.ArticleCount;

        public override string GetArticleId(int index)
        {
            Thread.SpinWait(2_000);
            return _inner.GetArticleId(index);
        }

        public override ReadOnlySpan<byte> GetArticleRecord(int index)
        {
            Thread.SpinWait(20_000);
            return _inner.GetArticleRecord(index);
        }

        public override CorpusSearchStore? SearchStore => _inner.SearchStore;
    }
}
