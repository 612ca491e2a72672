using static NewsCorpus.Generator.Tests.Entities.EntityTestArticles;
using EntityKind = global::NewsCorpus.EntityKind;

namespace NewsCorpus.Generator.Tests.Entities;

/// <summary>
/// A single capitalized word is a person only with evidence beyond its position: "Analysts warned …" opens a
/// sentence with a plural noun, "Grushko stressed …" names a man the article also mentions mid-sentence.
/// </summary>
public sealed class LoneWordEntityTests
{
    [Fact]
    public void Capitalized_nouns_that_only_open_sentences_before_a_reporting_verb_are_not_people()
    {
        var article = Body(
            "Analysts warned that prices could rise further if supply problems continue.",
            "Critics said the plan does not go far enough. Residents said they were worried.",
            "Economists expect growth to slow, and Protesters chanted outside. Investors fear a recession.");

        Assert.Empty(Names(article));
    }

    [Fact]
    public void The_rule_is_not_a_word_list_a_plural_used_mid_sentence_with_a_capital_counts()
    {
        // Made-up word, so no lexicon knows it: only its mid-sentence use is evidence.
        var alone = Body("Vandermeers warned that prices could rise.");
        var used = Body("Vandermeers warned that prices could rise.", "Reporters later spoke to Vandermeers in the lobby.");

        Assert.Empty(Names(alone));
        Assert.Equal(EntityKind.Person, Entity(used, "Vandermeers").Kind);
    }

    [Fact]
    public void A_singular_surname_alone_before_a_reporting_verb_stays_a_person()
    {
        var article = Body("Berg said the budget was fair.");

        Assert.Equal(EntityKind.Person, Entity(article, "Berg").Kind);
    }

    [Fact]
    public void A_surname_at_a_sentence_start_still_joins_the_full_name_before_it()
    {
        var article = Body("John Smith and Mary Jones visited the plant on Monday.", "Smith said the work would continue. Jones said it would not.");

        Assert.Equal(new[] { "Smith" }, Entity(article, "John Smith").Aliases);
        Assert.Equal(new[] { "Jones" }, Entity(article, "Mary Jones").Aliases);
        Assert.Equal(2, Names(article).Length);
    }

    [Fact]
    public void A_lone_surname_merges_with_the_full_name_given_earlier()
    {
        var article = Body("Sergey Lavrov arrived in Geneva.", "Lavrov said the talks had gone well.");

        Assert.Equal(new[] { "Lavrov" }, Entity(article, "Sergey Lavrov").Aliases);
        Assert.DoesNotContain("Lavrov", Names(article));
    }

    [Fact]
    public void A_title_or_honorific_before_a_lone_plural_looking_name_is_evidence_enough()
    {
        var article = Body("Mr Vandermeers warned that prices could rise.");

        Assert.Equal(EntityKind.Person, Entity(article, "Vandermeers").Kind);
    }

    [Fact]
    public void A_group_that_opens_a_sentence_can_still_be_quoted()
    {
        var article = Body("\u201CWe cannot pay these prices,\u201D residents said.", "Analysts warned that prices could rise.");

        Assert.Single(article.Quotes);
        Assert.DoesNotContain("Analysts", Names(article));
    }
}
