extern alias inline;

using System;
using System.Linq;
using System.Reflection;
using InlineCorpus = inline::NewsCorpus.Corpus;

namespace NewsCorpus.Tests;

/// <summary>
/// This project's seed corpus went through the build task and an embedded resource; NewsCorpus.dll's through
/// inline chunks. Read through the public API, the two are the same data down to the byte.
/// </summary>
public sealed class InlineAndResourceTests
{
    [Fact]
    public void This_copy_is_stored_as_an_embedded_resource_and_the_library_inline()
    {
        Assert.Contains("NewsCorpus.Records", typeof(Corpus).Assembly.GetManifestResourceNames());
        Assert.DoesNotContain("NewsCorpus.Records", typeof(InlineCorpus).Assembly.GetManifestResourceNames());
        Assert.NotNull(typeof(Corpus).Assembly.GetType("NewsCorpus.ResourceCorpusStore"));
    }

    [Fact]
    public void Every_article_reads_the_same_in_both_modes()
    {
        Assert.Equal(InlineCorpus.Articles.Count, Corpus.Articles.Count);
        for (var i = 0; i < Corpus.Articles.Count; i++)
        {
            var left = InlineCorpus.Articles[i];
            var right = Corpus.Articles[i];
            Assert.Equal(
                (left.Id, left.SourcePath, left.Title, left.Section, left.PublishedAt, left.Dateline, left.Agency, left.Body, left.WordCount),
                (right.Id, right.SourcePath, right.Title, right.Section, right.PublishedAt, right.Dateline, right.Agency, right.Body, right.WordCount));
            Assert.Equal(left.Authors, right.Authors);
            Assert.Equal(left.Credits, right.Credits);
            Assert.Equal(left.Subheadings, right.Subheadings);
            Assert.True(left.BodyUtf8.SequenceEqual(right.BodyUtf8));

            Assert.Equal(left.Paragraphs.Count, right.Paragraphs.Count);
            for (var p = 0; p < left.Paragraphs.Count; p++)
            {
                Assert.Equal((left.Paragraphs[p].Text, left.Paragraphs[p].Subheading), (right.Paragraphs[p].Text, right.Paragraphs[p].Subheading));
                Assert.True(left.Paragraphs[p].Utf8.SequenceEqual(right.Paragraphs[p].Utf8));
            }

            Assert.Equal(
                left.Quotes.Select(q => (q.Text, q.SpeakerName, q.Cue, q.Kind.ToString(), q.ParagraphIndex, q.Start, q.End)),
                right.Quotes.Select(q => (q.Text, q.SpeakerName, q.Cue, q.Kind.ToString(), q.ParagraphIndex, q.Start, q.End)));
            Assert.Equal(
                left.Removed.Select(r => (r.Text, r.Reason.ToString(), r.Line)),
                right.Removed.Select(r => (r.Text, r.Reason.ToString(), r.Line)));
        }
    }

    [Fact]
    public void Speakers_are_the_same_in_both_modes()
    {
        Assert.Equal(InlineCorpus.Speakers.Select(s => s.Name), Corpus.Speakers.Select(s => s.Name));
        Assert.Equal(InlineCorpus.Quotes.Count, Corpus.Quotes.Count);
    }

    [Fact]
    public void Generated_source_carries_no_record_data()
    {
        // The chunk properties exist only in inline mode; here the store type has none.
        var store = typeof(Corpus).GetNestedType("Store", BindingFlags.NonPublic)!;
        Assert.DoesNotContain(store.GetProperties(BindingFlags.NonPublic | BindingFlags.Static), p => p.Name.StartsWith("Chunk", StringComparison.Ordinal));
        Assert.Equal("ResourceCorpusStore", store.BaseType!.Name);
    }
}
