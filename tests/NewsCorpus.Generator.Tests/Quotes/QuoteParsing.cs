using System.Linq;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing;

namespace NewsCorpus.Generator.Tests.Quotes;

/// <summary>Parses made-up articles for the quotation tests: a headline, then the given paragraphs.</summary>
internal static class QuoteParsing
{
    public const string Headline = "A headline for the quotation tests here";

    public static ParsedArticle ParseResult(params string[] paragraphs) =>
        ArticleParser.Parse(new CorpusFileSpec("/corpus/quotes.txt", "quotes", Headline + "\n\n" + string.Join("\n\n", paragraphs) + "\n"));

    public static ArticleSpec Parse(params string[] paragraphs) => ParseResult(paragraphs).Article!;

    /// <summary>The quotation with exactly these words; fails the test when there is none or more than one.</summary>
    public static QuoteSpec Quote(this ArticleSpec article, string text) => Assert.Single(article.Quotes, q => q.Text == text);

    public static string[] Texts(this ArticleSpec article) => article.Quotes.Select(q => q.Text).ToArray();

    /// <summary>Every quotation's offsets point at its words in its paragraph.</summary>
    public static void AssertOffsets(this ArticleSpec article)
    {
        foreach (var quote in article.Quotes)
        {
            var paragraph = article.Paragraphs[quote.Paragraph].Text;
            Assert.Equal(quote.Text, paragraph.Substring(quote.Start, quote.End - quote.Start));
        }
    }
}
