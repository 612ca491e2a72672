using System.Linq;

namespace NewsCorpus.Tests;

/// <summary>Who said what in the seed corpus, through the public API a user's tests would use.</summary>
public sealed class QuoteTests
{
    private static Quote QuoteStartingWith(string articleId, string start) =>
        Assert.Single(Corpus.FindArticle(articleId)!.Quotes, q => q.Text.StartsWith(start, System.StringComparison.Ordinal));

    [Fact]
    public void The_second_quotation_of_the_Peskov_paragraph_is_Dmitry_Peskovs()
    {
        var quote = QuoteStartingWith("001_55f9021611d1d6db", "We cannot say that our considerations");

        Assert.Equal("Dmitry Peskov", quote.Speaker?.Name);
        Assert.Contains(quote, Corpus.QuotesBy("Dmitry Peskov"));
    }

    [Fact]
    public void He_said_after_the_Peskov_paragraphs_is_Peskov()
    {
        var quote = QuoteStartingWith("001_55f9021611d1d6db", "Dialogue is always necessary");

        Assert.Equal("Dmitry Peskov", quote.SpeakerName);
        Assert.Equal("said", quote.Cue);
    }

    [Fact]
    public void Zaytsev_and_Zaitsev_are_one_speaker_Alexei_Zaitsev()
    {
        var speaker = Assert.Single(Corpus.Speakers, s => s.Name.EndsWith("tsev", System.StringComparison.Ordinal));

        Assert.Equal("Alexei Zaitsev", speaker.Name);
        Assert.Equal(4, speaker.Quotes.Count);
        Assert.Equal(speaker.Quotes, Corpus.QuotesBy("Zaytsev"));
        Assert.Equal(speaker.Quotes, Corpus.QuotesBy("alexei zaytsev"));
        Assert.Contains("Zaytsev", speaker.Aliases);
    }

    [Fact]
    public void They_are_saying_in_the_Patrushev_paragraph_is_Nikolai_Patrushevs()
    {
        var quote = QuoteStartingWith("003_fdf5a3c8ae985b17", "At this time, they\u2019re saying");

        Assert.Equal("Nikolai Patrushev", quote.Speaker?.Name);
        Assert.Contains(quote, Corpus.QuotesBy("Nikolai Patrushev"));
        Assert.Contains(quote, quote.Speaker!.Quotes);
    }

    [Fact]
    public void Speakers_are_canonical_names_with_their_role_and_kind()
    {
        var peskov = Assert.Single(Corpus.Speakers, s => s.Name == "Dmitry Peskov");
        var ministry = Assert.Single(Corpus.Speakers, s => s.Name == "Foreign Ministry");

        Assert.Equal("Kremlin spokesman", peskov.Role);
        Assert.Equal(SpeakerKind.Person, peskov.Kind);
        Assert.Equal(SpeakerKind.Organization, ministry.Kind);
        Assert.DoesNotContain(Corpus.Speakers, s => s.Name.StartsWith("Kremlin spokesman", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Lavrov_is_one_speaker_across_articles()
    {
        var quotes = Corpus.QuotesBy("Lavrov");

        Assert.All(quotes, q => Assert.Equal("Sergey Lavrov", q.Speaker?.Name));
        Assert.Equal(new[] { "002_c550625fe29d2797", "003_fdf5a3c8ae985b17" }, quotes.Select(q => q.Article.Id).Distinct());
        Assert.Single(Corpus.Speakers, s => s.Name == "Sergey Lavrov");
    }

    [Fact]
    public void Every_quotation_of_the_seed_corpus_has_a_speaker()
    {
        Assert.All(Corpus.Quotes, q => Assert.NotNull(q.Speaker));
    }
}
