using System;
using System.Linq;
using NewsCorpus.Generator.Model;
using static NewsCorpus.Generator.Tests.Entities.EntityTestArticles;
using EntityKind = global::NewsCorpus.EntityKind;

namespace NewsCorpus.Generator.Tests.Entities;

/// <summary>One entity per real-world thing across articles, and only on evidence; alias files decide the rest.</summary>
public sealed class EntityCorpusMergerTests
{
    private static readonly ArticleSpec Sergey = Article("a", "Foreign Minister Sergey Lavrov spoke on Monday.", "Lavrov said talks would go on.");
    private static readonly ArticleSpec Sergei = Article("b", "Foreign Minister Sergei Lavrov arrived in Geneva.");
    private static readonly ArticleSpec SurnameOnly = Article("c", "Lavrov said the meeting was useful.");

    [Fact]
    public void Spellings_of_one_full_name_in_different_articles_are_one_entity()
    {
        var corpus = Merge(new[] { Sergey, Sergei });

        var lavrov = Assert.Single(corpus.Entities, e => e.Kind == EntityKind.Person);
        Assert.Equal(3, lavrov.MentionCount);
        Assert.Equal(new[] { 0, 1 }, lavrov.Mentions.Select(m => m.Article).Distinct());
        Assert.Contains("Sergei Lavrov", lavrov.Aliases.Append(lavrov.Name));
        Assert.Contains("Sergey Lavrov", lavrov.Aliases.Append(lavrov.Name));
    }

    [Fact]
    public void Transliterated_given_names_with_one_surname_are_one_person()
    {
        var corpus = Merge(new[]
        {
            Article("a", "The regime of Vladimir Zelensky refused, officials said."),
            Article("b", "President Volodymyr Zelenskyy spoke by phone.", "Zelenskyy said he was grateful."),
        });

        var zelenskyy = Assert.Single(corpus.Entities, e => e.Kind == EntityKind.Person);
        Assert.Equal("Volodymyr Zelenskyy", zelenskyy.Name);
        Assert.Contains("Vladimir Zelensky", zelenskyy.Aliases);
    }

    [Fact]
    public void A_surname_alone_in_another_article_is_not_merged_without_an_alias_file()
    {
        var corpus = Merge(new[] { Sergey, SurnameOnly });

        Assert.Single(Named(corpus, "Sergey Lavrov"));
        Assert.Single(Named(corpus, "Lavrov"));
    }

    [Fact]
    public void Different_people_with_one_surname_stay_apart()
    {
        var corpus = Merge(new[]
        {
            Article("a", "Senator John Smith said the bill would pass."),
            Article("b", "Judge Mary Smith said the case was closed."),
        });

        Assert.Single(Named(corpus, "John Smith"));
        Assert.Single(Named(corpus, "Mary Smith"));
    }

    [Fact]
    public void An_alias_rule_merges_a_surname_alone_into_the_full_name_it_names()
    {
        var corpus = Merge(new[] { Sergey, SurnameOnly }, "Sergey Lavrov, Lavrov");

        var lavrov = Assert.Single(corpus.Entities, e => e.Kind == EntityKind.Person);
        Assert.Equal("Sergey Lavrov", lavrov.Name);
        Assert.Equal(new[] { 0, 1 }, lavrov.Mentions.Select(m => m.Article).Distinct());
        Assert.Empty(corpus.Diagnostics);
    }

    [Fact]
    public void A_keep_apart_rule_vetoes_a_merge_the_rules_would_make()
    {
        var articles = new[]
        {
            Article("a", "The regime of Vladimir Zelensky refused, officials said."),
            Article("b", "President Volodymyr Zelenskyy spoke by phone."),
        };

        Assert.Single(Merge(articles).Entities, e => e.Kind == EntityKind.Person);
        var apart = Merge(articles, "keep apart: Vladimir Zelensky, Volodymyr Zelenskyy");
        Assert.Single(Named(apart, "Vladimir Zelensky"));
        Assert.Single(Named(apart, "Volodymyr Zelenskyy"));
        Assert.Empty(apart.Diagnostics);
    }

    [Fact]
    public void A_name_in_two_alias_rules_is_reported_where_the_second_rule_is_and_the_first_wins()
    {
        var corpus = Merge(new[] { Sergey, SurnameOnly }, "Sergey Lavrov, Lavrov\n# a comment\nLev Lavrov, Lavrov\n");

        var conflict = Assert.Single(corpus.Diagnostics, d => d.DescriptorId == "NC0036");
        Assert.Equal(2, conflict.Span.StartLine);
        Assert.Equal("/project/aliases0.txt", conflict.FilePath);
        Assert.Single(corpus.Entities, e => e.Kind == EntityKind.Person);
    }

    [Fact]
    public void A_rule_that_matches_nothing_is_reported_as_information()
    {
        var corpus = Merge(new[] { Sergey }, "Angela Merkel, Merkel");

        var unmatched = Assert.Single(corpus.Diagnostics);
        Assert.Equal("NC0037", unmatched.DescriptorId);
        Assert.Contains("Angela Merkel", DiagnosticIds.Format(unmatched), StringComparison.Ordinal);
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_of_articles_or_alias_files()
    {
        var articles = new[] { Sergey, Sergei, SurnameOnly, Article("d", "Officials in Kiev and Kyiv met NATO envoys.") };
        var forward = Merge(articles, "Sergey Lavrov, Lavrov", "keep apart: NATO, Kyiv");
        var backward = Merge(articles.Reverse().ToArray(), "Sergey Lavrov, Lavrov", "keep apart: NATO, Kyiv");

        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Quotations_are_attributed_to_the_merged_speaker_in_corpus_order()
    {
        var corpus = Merge(new[]
        {
            Article("a", "Foreign Minister Sergey Lavrov spoke on Monday.", "\u201CWe are ready,\u201D Lavrov said."),
            Article("b", "\u201CTalks will continue,\u201D said Sergei Lavrov."),
        });

        var speaker = Assert.Single(corpus.Speakers);
        Assert.Equal(new[] { new EntityRefSpec(0, 0), new EntityRefSpec(1, 0) }, speaker.Quotes);
        Assert.Equal(speaker.Name, corpus.Entities[speaker.Entity].Name);
        Assert.Equal(0, corpus.Entities[speaker.Entity].Speaker);
    }

    [Fact]
    public void Agencies_sections_and_authors_are_grouped_in_any_case_and_dates_are_sorted()
    {
        var first = Article("a", "Talks resumed on Monday.") with { Agency = "TASS", Section = "World", PublishedAt = "2024-02-01" };
        var second = Article("b", "Talks ended on Friday.") with { Agency = "Tass", Section = "world", PublishedAt = "2024-01-15" };
        var corpus = Merge(new[] { first, second });

        Assert.Equal(new[] { 0, 1 }, Assert.Single(corpus.Agencies).Articles);
        Assert.Equal(new[] { 0, 1 }, Assert.Single(corpus.Sections).Articles);
        Assert.Equal(new[] { 1, 0 }, corpus.Dates.Select(d => d.Article));
    }
}
