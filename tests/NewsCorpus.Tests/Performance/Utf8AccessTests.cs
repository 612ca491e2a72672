using System;
using System.Linq;
using System.Text;

namespace NewsCorpus.Tests.Performance;

/// <summary>The UTF-8 views of the compiled seed dataset: the stored bytes, no copies, no allocations on a scan.</summary>
public sealed class Utf8AccessTests
{
    [Fact]
    public void Paragraph_and_body_bytes_are_the_utf8_of_their_text()
    {
        foreach (var article in Corpus.Articles)
        {
            Assert.Equal(Encoding.UTF8.GetBytes(article.Body), article.BodyUtf8.ToArray());
            Assert.All(article.Paragraphs, p => Assert.Equal(Encoding.UTF8.GetBytes(p.Text), p.Utf8.ToArray()));
        }
    }

    [Fact]
    public void Paragraph_bytes_are_views_into_the_article_body()
    {
        var article = Corpus.Articles.First(a => a.Paragraphs.Count > 1);
        var body = article.BodyUtf8;
        var second = article.Paragraphs[1].Utf8;

        // Same memory, not an equal copy: the paragraph's span lies inside the body's span.
        var offset = (int)Unsafe.ByteOffset(body, second);
        Assert.InRange(offset, 1, body.Length - second.Length);
        Assert.True(body.Slice(offset, second.Length).SequenceEqual(second));
    }

    [Fact]
    public void Scanning_every_paragraph_as_utf8_allocates_nothing_once_articles_are_decoded()
    {
        Scan();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var bytes = Scan();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(bytes > 10_000);
        Assert.Equal(0, allocated);
    }

    private static long Scan()
    {
        long bytes = 0;
        var articles = Corpus.Articles;
        for (var a = 0; a < articles.Count; a++)
        {
            var paragraphs = articles[a].Paragraphs;
            for (var p = 0; p < paragraphs.Count; p++)
            {
                bytes += paragraphs[p].Utf8.Length;
            }
        }

        return bytes;
    }

    private static class Unsafe
    {
        public static long ByteOffset(ReadOnlySpan<byte> outer, ReadOnlySpan<byte> inner) =>
            System.Runtime.CompilerServices.Unsafe.ByteOffset(
                ref System.Runtime.InteropServices.MemoryMarshal.GetReference(outer),
                ref System.Runtime.InteropServices.MemoryMarshal.GetReference(inner)).ToInt64();
    }
}
