using System;
using System.IO;
using System.Linq;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing;
using NewsCorpus.Generator.Storage;
using NewsCorpus.Generator.Tests.Infrastructure;

namespace NewsCorpus.Generator.Tests.Storage;

/// <summary>
/// A record stores a quotation's words only when they are not already its paragraph's text from Start to End, and a
/// speaker quoted again in the same article only once; what reads back is what the parser found either way.
/// </summary>
public sealed class QuoteRecordTests
{
    private const string Repeated =
        "Talks resume in Geneva after a pause\n\n"
        + "\"We will return to the table,\" said Maria Lopez, the chief negotiator.\n\n"
        + "\"Nothing is agreed until everything is agreed,\" Lopez added.\n\n"
        + "She said: \"The next round starts on Monday.\"\n";

    [Fact]
    public void Quoted_words_and_a_repeated_speaker_are_stored_once()
    {
        var article = Parse("talks", Repeated);
        Assert.Equal(3, article.Quotes.Count);
        Assert.All(article.Quotes.AsSpan().ToArray(), q => Assert.Equal("Maria Lopez", q.Speaker?.Name));

        var record = RecordBytes.Decode(ArticleRecordEncoder.Encode(article).Record);

        foreach (var quote in article.Quotes.AsSpan())
        {
            Assert.Equal(1, Occurrences(record, quote.Text));
        }

        // Once in the body, once for the speaker of the first quotation; the entity section may name it once more.
        // Stored per quotation, it would appear at least four times.
        Assert.InRange(Occurrences(record, "chief negotiator"), 2, 3);
    }

    [Fact]
    public void Quotations_read_back_as_parsed_for_the_seeds_and_text_that_cleaning_changes()
    {
        // A lone surrogate inside a quotation: the stored paragraph holds U+FFFD where the parsed quotation holds the
        // surrogate, so that quotation keeps words of its own, cleaned the same way.
        var project = new CorpusProject()
            .WithSeeds()
            .WithFile("talks.txt", Repeated)
            .WithFile("broken.txt", "Broken text in a quotation today\n\n\"It is a \uD800 problem,\" said Maria Lopez.\n");
        var run = project.Run().ShouldCompile();
        var corpus = CompiledCorpus.Load(run);

        var compared = 0;
        foreach (var compiled in corpus.Articles)
        {
            var relative = (string)CompiledCorpus.Get(compiled, "Id")!;
            var file = project.Files.Single(f => Path.GetFileNameWithoutExtension(f.Key) == relative);
            var parsed = Parse(relative, file.Value!);
            var quotes = ((System.Collections.IEnumerable)CompiledCorpus.Get(compiled, "Quotes")!).Cast<object>().ToList();
            Assert.Equal(parsed.Quotes.Count, quotes.Count);
            for (var i = 0; i < quotes.Count; i++)
            {
                var expected = parsed.Quotes[i];
                Assert.Equal(expected.Text.Replace('\uD800', '\uFFFD'), CompiledCorpus.Get(quotes[i], "Text"));
                Assert.Equal(expected.Paragraph, CompiledCorpus.Get(quotes[i], "ParagraphIndex"));
                Assert.Equal(expected.Start, CompiledCorpus.Get(quotes[i], "Start"));
                Assert.Equal(expected.End, CompiledCorpus.Get(quotes[i], "End"));
                Assert.Equal(expected.Speaker?.Name, CompiledCorpus.Get(quotes[i], "SpeakerName"));
                // The stored speaker as this quotation names it (Quote.Speaker is the corpus-wide person it resolves to).
                var stored = StoredSpeaker(quotes[i]);
                Assert.Equal(expected.Speaker?.Role, stored is null ? null : Field(stored, "Role"));
                Assert.Equal(expected.Speaker?.Kind.ToString(), stored is null ? null : Field(stored, "Kind")!.ToString());
                Assert.Equal(
                    expected.Speaker?.Aliases.AsSpan().ToArray() ?? Array.Empty<string>(),
                    stored is null ? Array.Empty<string>() : ((System.Collections.Generic.IEnumerable<string>)Field(stored, "Aliases")!).ToArray());
                Assert.Equal(expected.Cue, CompiledCorpus.Get(quotes[i], "Cue"));
                Assert.Equal(expected.ContinuesPrevious, CompiledCorpus.Get(quotes[i], "ContinuesPrevious"));
                compared++;
            }
        }

        Assert.True(compared >= 30, $"compared {compared} quotations");
        var broken = ((System.Collections.IEnumerable)CompiledCorpus.Get(corpus.FindArticle("broken")!, "Quotes")!).Cast<object>().Single();
        Assert.Equal("It is a \uFFFD problem,", CompiledCorpus.Get(broken, "Text"));
    }

    private static ArticleSpec Parse(string id, string text) =>
        ArticleParser.Parse(new CorpusFileSpec("/corpus/" + id + ".txt", id, text)).Article!;

    private static object? StoredSpeaker(object quote) =>
        quote.GetType().GetField("_speaker", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!.GetValue(quote);

    private static object? Field(object target, string name) => target.GetType().GetField(name)!.GetValue(target);

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
