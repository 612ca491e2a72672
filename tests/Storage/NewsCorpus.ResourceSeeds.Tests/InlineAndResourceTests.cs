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

    [Theory]
    [InlineData("NATO expansion")]
    [InlineData("\"NATO expansion\"")]
    [InlineData("Lavrov Geneva")]
    [InlineData("zelenskyy")]
    [InlineData("the")]
    public void Search_gives_the_same_hits_in_both_modes(string query)
    {
        static string Describe(System.Collections.Generic.IEnumerable<(string Id, int Paragraph, double Score, string Text, string Highlights)> hits) =>
            string.Join("\n", hits.Select(h => $"{h.Id} {h.Paragraph} {h.Score:R} {h.Highlights} {h.Text}"));

        var left = InlineCorpus.Search(query, 50).Select(h => (h.Article.Id, h.ParagraphIndex, h.Score, h.Text, string.Join(",", h.Highlights.Select(x => $"{x.Start}-{x.End}"))));
        var right = Corpus.Search(query, 50).Select(h => (h.Article.Id, h.ParagraphIndex, h.Score, h.Text, string.Join(",", h.Highlights.Select(x => $"{x.Start}-{x.End}"))));
        Assert.NotEmpty(right);
        Assert.Equal(Describe(left), Describe(right));
    }

    [Fact]
    public void Quote_clusters_are_the_same_in_both_modes()
    {
        Assert.NotEmpty(Corpus.QuoteClusters);
        Assert.Equal(
            InlineCorpus.QuoteClusters.Select(c => string.Join(",", c.Quotes.Select(q => $"{q.Article.Id}#{q.Index}"))),
            Corpus.QuoteClusters.Select(c => string.Join(",", c.Quotes.Select(q => $"{q.Article.Id}#{q.Index}"))));
    }

    [Fact]
    public void Entities_and_lookups_are_the_same_in_both_modes()
    {
        Assert.NotEmpty(Corpus.Entities);
        Assert.Equal(
            InlineCorpus.Entities.Select(e => (e.Name, e.Kind.ToString(), e.Role, string.Join(";", e.Aliases), e.MentionCount, string.Join(",", e.Articles.Select(a => a.Id)), e.Quotes.Count, e.Speaker?.Name)),
            Corpus.Entities.Select(e => (e.Name, e.Kind.ToString(), e.Role, string.Join(";", e.Aliases), e.MentionCount, string.Join(",", e.Articles.Select(a => a.Id)), e.Quotes.Count, e.Speaker?.Name)));
        foreach (var entity in Corpus.Entities)
        {
            Assert.Equal(InlineCorpus.FindEntity(entity.Name)?.Name, Corpus.FindEntity(entity.Name)?.Name);
            Assert.Equal(InlineCorpus.Mentioning(entity.Name).Select(a => a.Id), Corpus.Mentioning(entity.Name).Select(a => a.Id));
        }

        foreach (var article in Corpus.Articles)
        {
            Assert.Equal(InlineCorpus.ByAgency(article.Agency ?? "-").Select(a => a.Id), Corpus.ByAgency(article.Agency ?? "-").Select(a => a.Id));
            Assert.Equal(InlineCorpus.BySection(article.Section ?? "-").Select(a => a.Id), Corpus.BySection(article.Section ?? "-").Select(a => a.Id));
            foreach (var author in article.Authors)
            {
                Assert.Equal(InlineCorpus.ByAuthor(author).Select(a => a.Id), Corpus.ByAuthor(author).Select(a => a.Id));
            }
        }

        Assert.Equal(
            InlineCorpus.PublishedBetween(DateTime.MinValue, DateTime.MaxValue).Select(a => a.Id),
            Corpus.PublishedBetween(DateTime.MinValue, DateTime.MaxValue).Select(a => a.Id));
        Assert.Equal(InlineCorpus.Speakers.Select(s => (s.Name, s.Quotes.Count)), Corpus.Speakers.Select(s => (s.Name, s.Quotes.Count)));
    }

    [Fact]
    public void Generated_source_carries_no_record_data()
    {
        // The chunk properties exist only in inline mode; here the store type has none.
        var store = typeof(Corpus).GetNestedType("Store", BindingFlags.NonPublic)!;
        Assert.DoesNotContain(store.GetProperties(BindingFlags.NonPublic | BindingFlags.Static), p => p.Name.StartsWith("Chunk", StringComparison.Ordinal));
        Assert.Equal("ResourceCorpusStore", store.BaseType!.Name);

        // The search index and the entity index are in the resource too: their stores have no chunk properties either.
        var nested = store.GetNestedTypes(BindingFlags.NonPublic);
        Assert.Equal("ResourceSearchStore", nested.Single(t => t.Name == "SearchData").BaseType!.Name);
        Assert.Equal("ResourceEntityStore", nested.Single(t => t.Name == "EntityData").BaseType!.Name);
        Assert.DoesNotContain(store.GetProperties(BindingFlags.NonPublic | BindingFlags.Static), p => p.Name.StartsWith("SearchChunk", StringComparison.Ordinal) || p.Name.StartsWith("EntityChunk", StringComparison.Ordinal) || p.Name == "QuoteClusterRecord");
    }
}
