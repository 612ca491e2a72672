using System.Linq;

namespace NewsCorpus.Tests;

/// <summary>Assertions on the compiled seed dataset through its public API, as a user's unit tests would make them.</summary>
public sealed class SeedDatasetTests
{
    [Fact]
    public void All_five_seed_articles_are_compiled_in_id_order()
    {
        Assert.Equal(
            new[] { "000_26f454d97304e2b8", "001_55f9021611d1d6db", "002_c550625fe29d2797", "003_fdf5a3c8ae985b17", "004_e6b917c242a3da36" },
            Corpus.Articles.Select(a => a.Id));
    }

    [Fact]
    public void Article_ids_find_articles_and_unknown_ids_do_not_throw()
    {
        var article = Corpus.FindArticle("000_26f454d97304e2b8");

        Assert.NotNull(article);
        Assert.Equal("US and NATO have no interest in a fair resolution to the Ukraine crisis, says Moscow", article!.Title);
        Assert.Equal("000_26f454d97304e2b8.txt", article.SourcePath);
        Assert.Same(article, Corpus.Articles[0]);
        Assert.Null(Corpus.FindArticle("no-such-article"));
        Assert.False(Corpus.TryGetArticle("no-such-article", out _));
        Assert.Empty(Corpus.QuotesBy("Nobody At All"));
    }

    [Fact]
    public void Body_joins_the_paragraphs_and_no_paragraph_is_empty()
    {
        foreach (var article in Corpus.Articles)
        {
            Assert.NotEmpty(article.Paragraphs);
            Assert.All(article.Paragraphs, p => Assert.False(string.IsNullOrWhiteSpace(p.Text)));
            Assert.Equal(string.Join("\n\n", article.Paragraphs.Select(p => p.Text)), article.Body);
            Assert.True(article.WordCount > 50);
        }
    }

    [Fact]
    public void Quote_offsets_point_at_the_quoted_words_in_their_paragraph()
    {
        Assert.NotEmpty(Corpus.Quotes);
        foreach (var quote in Corpus.Quotes)
        {
            Assert.Equal(quote.Text, quote.Paragraph.Text.Substring(quote.Start, quote.End - quote.Start));
            Assert.Same(quote, quote.Article.Quotes[quote.Index]);
        }
    }

    [Fact]
    public void Every_quote_with_a_speaker_is_listed_under_that_speaker()
    {
        foreach (var quote in Corpus.Quotes.Where(q => q.Speaker is not null))
        {
            Assert.Contains(quote, quote.Speaker!.Quotes);
            Assert.Contains(quote.Speaker, Corpus.Speakers);
        }
    }

    [Fact]
    public void Records_print_without_recursing_through_their_links()
    {
        var quote = Corpus.Quotes[0];

        Assert.Contains(quote.Article.Id, quote.ToString());
        Assert.Contains(quote.Article.Title, quote.Article.ToString());
    }
}
