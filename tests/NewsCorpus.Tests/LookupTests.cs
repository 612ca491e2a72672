using System;
using System.Linq;
using System.Threading.Tasks;

namespace NewsCorpus.Tests;

/// <summary>The build-time indexes by agency, section, author and date, checked against the articles themselves.</summary>
public sealed class LookupTests
{
    [Fact]
    public void By_agency_section_and_author_match_the_articles_fields_in_any_case()
    {
        foreach (var article in Corpus.Articles)
        {
            if (article.Agency is { } agency)
            {
                Assert.Contains(article, Corpus.ByAgency(agency));
                Assert.Equal(Corpus.ByAgency(agency), Corpus.ByAgency(agency.ToUpperInvariant()));
                Assert.All(Corpus.ByAgency(agency), a => Assert.Equal(agency, a.Agency, StringComparer.OrdinalIgnoreCase));
            }

            if (article.Section is { } section)
            {
                Assert.Contains(article, Corpus.BySection(section.ToLowerInvariant()));
            }

            foreach (var author in article.Authors)
            {
                Assert.Contains(article, Corpus.ByAuthor(author));
            }
        }

        Assert.Contains(Corpus.Articles, a => a.Agency is not null);
    }

    [Fact]
    public void Published_between_returns_the_dated_articles_in_the_range_oldest_first()
    {
        var dated = Corpus.Articles.Where(a => a.PublishedAt is not null).OrderBy(a => a.PublishedAt).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(dated);

        Assert.Equal(dated, Corpus.PublishedBetween(DateTime.MinValue, DateTime.MaxValue));
        var only = dated[0].PublishedAt!.Value;
        Assert.Equal(dated.Where(a => a.PublishedAt == only), Corpus.PublishedBetween(only, only));
        Assert.Empty(Corpus.PublishedBetween(DateTime.MaxValue, DateTime.MinValue));
    }

    [Fact]
    public void Unknown_keys_give_empty_results()
    {
        Assert.Empty(Corpus.ByAgency("No Such Agency"));
        Assert.Empty(Corpus.BySection(""));
        Assert.Empty(Corpus.ByAuthor(null!));
        Assert.Null(Corpus.FindArticle("no-such-article"));
    }

    [Fact]
    public void Lookups_from_many_threads_at_once_see_the_same_objects()
    {
        var results = new Entity?[64];
        Parallel.For(0, results.Length, i => results[i] = Corpus.FindEntity(i % 2 == 0 ? "Kyiv" : "Kiev"));

        Assert.All(results, entity => Assert.Same(Corpus.Entities.Kyiv, entity));
    }
}
