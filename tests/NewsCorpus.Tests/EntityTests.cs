using System;
using System.IO;
using System.Linq;
using NewsCorpus.Cli;

namespace NewsCorpus.Tests;

/// <summary>Entities, speakers and the named accessors of the compiled seed dataset, through its public API, and the tool's entities command.</summary>
public sealed class EntityTests
{
    private static readonly string SeedsFolder = Path.Combine(AppContext.BaseDirectory, "seeds");

    // Lavrov is quoted at his press conference and in the article about NATO's claim.
    private static readonly string[] LavrovArticles = { "002_c550625fe29d2797", "003_fdf5a3c8ae985b17" };

    [Fact]
    public void Lavrov_by_surname_by_another_spelling_and_by_member_are_the_same_quotations_in_both_articles()
    {
        var bySurname = Corpus.QuotesBy("Lavrov");
        var bySpelling = Corpus.QuotesBy("Sergei Lavrov");
        var byMember = Corpus.Speakers.SergeyLavrov.Quotes;

        Assert.Equal(bySurname, bySpelling);
        Assert.Equal(bySurname, byMember);
        Assert.Equal(LavrovArticles, byMember.Select(q => q.Article.Id).Distinct());
        Assert.All(byMember, quote => Assert.Same(Corpus.Speakers.SergeyLavrov, quote.Speaker));
        Assert.Equal("Sergey Lavrov", Corpus.Speakers.SergeyLavrov.Name);
    }

    [Fact]
    public void Every_quotation_an_article_attributes_to_Lavrov_is_in_his_list()
    {
        var attributed = Corpus.Quotes.Where(q => q.SpeakerName is { } name && name.Contains("Lavrov", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(attributed);
        Assert.All(attributed, quote => Assert.Contains(quote, Corpus.Speakers.SergeyLavrov.Quotes));
    }

    [Fact]
    public void Mentioning_Zelenskyy_finds_the_articles_with_either_spelling()
    {
        var spelled = Corpus.Articles.Where(a => (a.Title + "\n" + a.Body).Contains("Zelensk", StringComparison.Ordinal)).Select(a => a.Id).ToList();

        Assert.True(spelled.Count >= 2);
        Assert.Contains(Corpus.Articles, a => a.Body.Contains("Zelensky's", StringComparison.Ordinal));
        Assert.Contains(Corpus.Articles, a => a.Body.Contains("Zelenskyy", StringComparison.Ordinal));
        Assert.Equal(spelled, Corpus.Mentioning("Zelenskyy").Select(a => a.Id));
        Assert.Equal(spelled, Corpus.Mentioning("zelensky").Select(a => a.Id));
    }

    [Fact]
    public void Spelling_variants_are_one_entity_with_the_others_as_aliases()
    {
        var kyiv = Corpus.FindEntity("Kiev");

        Assert.NotNull(kyiv);
        Assert.Same(kyiv, Corpus.FindEntity("KYIV"));
        Assert.Same(kyiv, Corpus.Entities.Kyiv);
        Assert.Equal(EntityKind.Place, kyiv!.Kind);
        Assert.Contains("Kiev", kyiv.Aliases);
        Assert.Same(Corpus.FindEntity("Alexei Zaytsev"), Corpus.FindEntity("Alexei Zaitsev"));
        Assert.Equal(EntityKind.Organization, Corpus.Entities.NATO.Kind);
        Assert.Contains("North Atlantic Treaty Organization", Corpus.Entities.NATO.Aliases);
        Assert.Equal(EntityKind.Agency, Corpus.FindEntity("tass")?.Kind);
    }

    [Fact]
    public void Every_entity_knows_its_articles_quotes_and_mentions_and_they_agree()
    {
        Assert.NotEmpty(Corpus.Entities);
        Assert.Equal(Corpus.Entities.Select(e => e.Name).OrderBy(n => n, StringComparer.Ordinal), Corpus.Entities.Select(e => e.Name));
        foreach (var entity in Corpus.Entities)
        {
            Assert.NotEmpty(entity.Articles);
            Assert.Equal(entity.Articles, entity.Mentions.Select(m => m.Article).Distinct());
            Assert.Equal(entity.MentionCount, entity.Mentions.Sum(m => m.Count));
            Assert.All(entity.Mentions, mention => Assert.Same(entity, mention.Entity));
            Assert.All(entity.Quotes, quote => Assert.Contains(quote.Article, entity.Articles));
            Assert.Equal(entity.Articles, Corpus.Mentioning(entity.Name).Intersect(entity.Articles));
        }
    }

    [Fact]
    public void Every_occurrence_is_the_text_at_its_offsets()
    {
        foreach (var article in Corpus.Articles)
        {
            foreach (var occurrence in article.Mentions.SelectMany(m => m.Occurrences))
            {
                var text = occurrence.ParagraphIndex < 0 ? article.Title : article.Paragraphs[occurrence.ParagraphIndex].Text;
                Assert.Equal(occurrence.Text, text[occurrence.Start..occurrence.End]);
            }
        }
    }

    [Fact]
    public void Speakers_are_entities_and_every_speaker_has_quotations()
    {
        Assert.NotEmpty(Corpus.Speakers);
        foreach (var speaker in Corpus.Speakers)
        {
            Assert.NotEmpty(speaker.Quotes);
            Assert.Equal(speaker.Name, Assert.Single(Corpus.Entities, e => ReferenceEquals(e.Speaker, speaker)).Name);
            Assert.All(speaker.Quotes, quote => Assert.Same(speaker, quote.Speaker));
        }
    }

    [Fact]
    public void Unknown_names_find_nothing_and_never_throw()
    {
        Assert.Null(Corpus.FindEntity("Nobody At All"));
        Assert.False(Corpus.TryGetEntity("Nobody At All", out _));
        Assert.False(Corpus.TryGetSpeaker("", out _));
        Assert.Null(Corpus.FindSpeaker(null!));
        Assert.Empty(Corpus.Mentioning("Nobody At All"));
        Assert.Empty(Corpus.Mentioning(null!));
        Assert.Empty(Corpus.QuotesBy("   "));
        Assert.True(Corpus.TryGetEntity("nato", out var nato));
        Assert.Same(Corpus.Entities.NATO, nato);
    }

    [Fact]
    public void The_entities_command_lists_the_compiled_entities_and_a_folder_gives_the_same_list()
    {
        var (code, compiled, _) = Run("entities");
        var (folderCode, parsed, _) = Run("entities", "--corpus", SeedsFolder);

        Assert.Equal(Program.Success, code);
        Assert.Equal(Program.Success, folderCode);
        Assert.Contains("Sergey Lavrov\tperson\t", compiled, StringComparison.Ordinal);
        Assert.Equal(compiled, parsed);
    }

    [Fact]
    public void The_entities_command_filters_by_kind_and_applies_an_alias_file_to_a_folder()
    {
        var (code, places, _) = Run("entities", "--kind", "place");
        Assert.Equal(Program.Success, code);
        Assert.All(places.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Equal("place", line.Split('\t')[1]));

        var aliases = Path.Combine(Path.GetTempPath(), "newscorpus-aliases-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(aliases, "keep apart: Vladimir Zelensky, Volodymyr Zelenskyy\n");
        try
        {
            var (aliasCode, people, _) = Run("entities", "--corpus", SeedsFolder, "--kind", "person", "--aliases", aliases);
            Assert.Equal(Program.Success, aliasCode);
            Assert.Contains("\nVladimir Zelensky\tperson\t", "\n" + people, StringComparison.Ordinal);
            Assert.Contains("\nVolodymyr Zelenskyy\tperson\t", "\n" + people, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(aliases);
        }
    }

    [Theory]
    [InlineData("entities", "--kind", "planet")]
    [InlineData("entities", "--aliases", "aliases.txt")]
    public void The_entities_command_rejects_bad_usage(params string[] args) =>
        Assert.Equal(Program.UsageError, Run(args).ExitCode);

    private static (int ExitCode, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
