using System;
using System.IO;
using System.Linq;
using NewsCorpus.Generator.Model;
using static NewsCorpus.Generator.Tests.Entities.EntityTestArticles;
using EntityKind = global::NewsCorpus.EntityKind;

namespace NewsCorpus.Generator.Tests.Entities;

/// <summary>What the per-article rules find: names, kinds, roles, aliases and where each mention is.</summary>
public sealed class EntityExtractorTests
{
    [Fact]
    public void A_title_before_a_name_is_the_role_and_a_later_surname_is_the_same_person()
    {
        var article = Body(
            "Russian Foreign Minister Sergey Lavrov spoke in Geneva on Monday.",
            "Lavrov said the talks had gone well.");

        var lavrov = Entity(article, "Sergey Lavrov");
        Assert.Equal(EntityKind.Person, lavrov.Kind);
        Assert.Equal("Russian Foreign Minister", lavrov.Role);
        Assert.Equal(new[] { "Lavrov" }, lavrov.Aliases);
        Assert.Equal(2, lavrov.Occurrences.Count);
        Assert.Equal(EntityKind.Place, Entity(article, "Geneva").Kind);
        Assert.DoesNotContain("Monday", Names(article));
    }

    [Fact]
    public void A_lower_case_role_before_the_name_and_a_role_in_apposition_are_found()
    {
        var article = Body(
            "The plan was confirmed by Kremlin spokesman Dmitry Peskov.",
            "Maria Kowalska, a deputy minister of finance, disagreed.");

        Assert.Equal("Kremlin spokesman", Entity(article, "Dmitry Peskov").Role);
        Assert.Equal("deputy minister of finance", Entity(article, "Maria Kowalska").Role);
        Assert.Equal(EntityKind.Organization, Entity(article, "Kremlin").Kind);
    }

    [Fact]
    public void A_shared_surname_goes_to_the_nearest_full_name_before_it()
    {
        var article = Body(
            "Boris Johnson met reporters in London.",
            "Johnson said he was pleased.",
            "Later, Lyndon Johnson, a senator from Texas, arrived.",
            "Johnson said he was not.");

        Assert.Equal(2, Entity(article, "Boris Johnson").Occurrences.Count);
        Assert.Equal(2, Entity(article, "Lyndon Johnson").Occurrences.Count);
        Assert.DoesNotContain("Johnson", Names(article));
    }

    [Fact]
    public void Words_capitalized_only_by_their_position_are_not_names()
    {
        var article = Body(
            "Meanwhile, officials met in Warsaw.",
            "Military experts said the meeting was useful. Western diplomats agreed, and military planners too.");

        Assert.Equal(new[] { "Warsaw" }, Names(article));
    }

    [Fact]
    public void Spelling_variants_of_places_are_one_place_under_the_gazetteer_name()
    {
        var article = Body("Troops left Kiev in March.", "Kyiv said the U.S. and the United States Congress were informed.");

        var kyiv = Entity(article, "Kyiv");
        Assert.Equal(new[] { "Kiev" }, kyiv.Aliases);
        Assert.Equal(2, kyiv.Occurrences.Count);
        Assert.Contains("U.S.", Entity(article, "United States").Aliases);
    }

    [Fact]
    public void News_agencies_come_from_the_lexicon_in_any_of_their_spellings()
    {
        var article = Body("The minister spoke to state news agency Tass, according to Interfax.", "Reuters could not confirm it.");

        Assert.Equal(EntityKind.Agency, Entity(article, "TASS").Kind);
        Assert.Equal(EntityKind.Agency, Entity(article, "Interfax").Kind);
        Assert.Equal(EntityKind.Agency, Entity(article, "Reuters").Kind);
    }

    [Fact]
    public void Organizations_are_found_by_head_word_and_their_long_and_short_forms_merge()
    {
        var article = Body(
            "The Russian Ministry of Foreign Affairs issued a statement.",
            "A spokesman for the Russian Foreign Ministry repeated it, and Acme Holdings declined to comment.");

        var ministry = Assert.Single(article.Entities, e => e.Name.Contains("Ministry", StringComparison.Ordinal));
        Assert.Equal(EntityKind.Organization, ministry.Kind);
        Assert.Equal(
            new[] { "Russian Foreign Ministry", "Russian Ministry of Foreign Affairs" },
            ministry.Aliases.Append(ministry.Name).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(EntityKind.Organization, Entity(article, "Acme Holdings").Kind);
    }

    [Fact]
    public void An_acronym_in_brackets_after_a_name_is_an_alias_of_it()
    {
        var article = Body("Officials of the Baltic Energy Commission (BEC) met on Friday.", "BEC members approved the plan.");

        // One entity under both names; the form used most ("BEC", twice) is its name, as NATO is NATO's.
        var commission = Entity(article, "BEC");
        Assert.Equal(new[] { "Baltic Energy Commission" }, commission.Aliases);
        Assert.Equal(3, commission.Occurrences.Count);
    }

    [Fact]
    public void A_headline_confirms_names_from_the_body_but_adds_no_title_case_words()
    {
        var article = Parse("Lavrov Says Talks With Washington Are Going Nowhere Fast\n\nForeign Minister Sergey Lavrov spoke on Monday.\n");

        Assert.Equal(new[] { "Sergey Lavrov", "Washington" }, Names(article).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Contains(Entity(article, "Sergey Lavrov").Occurrences, o => o.Paragraph == -1);
    }

    [Fact]
    public void A_quotations_speaker_is_found_among_the_entities_and_says_that_quotation()
    {
        var article = Body(
            "Foreign Minister Sergey Lavrov spoke on Monday.",
            "\u201CWe are ready for talks,\u201D Lavrov said.");

        var quote = Assert.Single(article.Quotes);
        var lavrov = Entity(article, "Sergey Lavrov");
        Assert.NotNull(quote.Speaker);
        Assert.Equal(new[] { 0 }, lavrov.Said);
        Assert.Contains(0, lavrov.Quotes);
    }

    [Fact]
    public void Every_occurrence_in_the_seed_articles_points_at_one_of_the_entitys_names()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt"))
        {
            var article = Parse(File.ReadAllText(path), Path.GetFileNameWithoutExtension(path));
            Assert.NotEmpty(article.Entities);
            foreach (var entity in article.Entities)
            {
                var names = entity.Aliases.Append(entity.Name).Select(global::NewsCorpus.EntityNameKey.Key).ToHashSet();
                foreach (var occurrence in entity.Occurrences)
                {
                    var text = occurrence.Paragraph < 0 ? article.Title : article.Paragraphs[occurrence.Paragraph].Text;
                    var written = text.Substring(occurrence.Start, occurrence.End - occurrence.Start);
                    Assert.Contains(global::NewsCorpus.EntityNameKey.Key(written), names);
                }
            }
        }
    }
}
