using System;
using System.Linq;
using NewsCorpus.Generator.Tests.Infrastructure;
using static NewsCorpus.Generator.Tests.NamedAccessors.AccessorReflection;

namespace NewsCorpus.Generator.Tests.NamedAccessors;

/// <summary>
/// The generated members <c>Corpus.Articles.X</c>, <c>Corpus.Speakers.X</c>, <c>Corpus.Entities.X</c>: typed,
/// documented with a preview, unique, and the same from build to build unless their own article changes.
/// </summary>
public sealed class NamedAccessorStabilityTests
{
    private const string Alpha = "Ministers meet in Geneva for talks\n\nThe talks opened on a cold morning. Delegates arrived early.\n\nForeign Minister Anna Berg said on Monday that the talks would continue.\n\n\u201CWe are hopeful,\u201D Berg said.\n";
    private const string Beta = "Trade deal signed in Oslo\n\nThe deal took two years to negotiate.\n\nTrade Minister Karl Olsen signed the deal in Oslo for the government.\n";
    private const string Gamma = "Floods hit the western coast\n\nHeavy rain fell for a week.\n\nMayor Lena Dahl said the town of Bergen was ready.\n";

    private static CorpusProject Project(params (string Name, string Text)[] files)
    {
        var project = new CorpusProject();
        foreach (var (name, text) in files)
        {
            project.WithFile(name, text);
        }

        return project;
    }

    [Fact]
    public void Members_are_typed_documented_and_usable_from_code()
    {
        var project = Project(("alpha.txt", Alpha), ("beta.txt", Beta));
        project.Sources.Add("class Use { string Name() => TestApp.Corpus.Speakers.AnnaBerg.Name + TestApp.Corpus.Entities.Oslo.Name + TestApp.Corpus.Articles.TradeDealSignedInOslo.Id; }");
        var run = project.Run().ShouldCompile();
        var source = run.Source("Corpus.Entities.g.cs");

        Assert.Contains("/// <para>Ministers meet in Geneva for talks</para>", source, StringComparison.Ordinal);
        Assert.Contains("/// <para>The talks opened on a cold morning.</para>", source, StringComparison.Ordinal);
        Assert.Contains("/// <summary>Anna Berg, Foreign Minister: 1 quotation in 1 article.</summary>", source, StringComparison.Ordinal);
        Assert.Contains("/// <summary>Geneva (place): named 1 time in 1 article.</summary>", source, StringComparison.Ordinal);
        var corpus = CompiledCorpus.Load(run);
        Assert.Equal("Anna Berg", Members(corpus, "Speakers", "Name")["AnnaBerg"]);
        Assert.Equal("alpha", Members(corpus, "Articles", "Id")["MinistersMeetInGenevaForTalks"]);
        IncrementalAssert.CachedOnRerun(project, run.Driver);
    }

    [Fact]
    public void Adding_an_unrelated_article_renames_nothing()
    {
        var before = CompiledCorpus.Load(Project(("alpha.txt", Alpha), ("beta.txt", Beta)).Run());
        var after = CompiledCorpus.Load(Project(("alpha.txt", Alpha), ("beta.txt", Beta), ("gamma.txt", Gamma)).Run());

        foreach (var (list, key) in new[] { ("Articles", "Id"), ("Speakers", "Name"), ("Entities", "Name") })
        {
            var old = Members(before, list, key);
            var now = Members(after, list, key);
            Assert.NotEmpty(old);
            Assert.All(old, pair => Assert.Equal(pair.Value, now[pair.Key]));
        }

        Assert.Equal("gamma", Members(after, "Articles", "Id")["FloodsHitTheWesternCoast"]);
    }

    [Fact]
    public void A_colliding_headline_gets_its_own_name_and_the_existing_article_keeps_its_name()
    {
        var alone = Members(CompiledCorpus.Load(Project(("alpha.txt", Alpha)).Run()), "Articles", "Id");
        var run = Project(("alpha.txt", Alpha), ("zulu.txt", Alpha.Replace("cold morning", "warm morning", StringComparison.Ordinal))).Run().ShouldCompile();
        var members = Members(CompiledCorpus.Load(run), "Articles", "Id");

        Assert.Equal("alpha", alone["MinistersMeetInGenevaForTalks"]);
        Assert.Equal("alpha", members["MinistersMeetInGenevaForTalks"]);
        var other = Assert.Single(members, pair => pair.Value == "zulu").Key;
        Assert.StartsWith("MinistersMeetInGenevaForTalks_", other, StringComparison.Ordinal);

        // The suffix comes from the article's own id: the same in every build that has it.
        var again = Members(CompiledCorpus.Load(Project(("zulu.txt", Alpha), ("alpha.txt", Alpha), ("beta.txt", Beta)).Run()), "Articles", "Id");
        Assert.Equal("zulu", again[other]);
    }

    [Fact]
    public void Renaming_a_headline_renames_only_that_article()
    {
        var before = Members(CompiledCorpus.Load(Project(("alpha.txt", Alpha), ("beta.txt", Beta)).Run()), "Articles", "Id");
        var after = Members(CompiledCorpus.Load(Project(("alpha.txt", Alpha), ("beta.txt", Beta.Replace("Trade deal signed in Oslo", "Oslo trade deal signed", StringComparison.Ordinal))).Run()), "Articles", "Id");

        Assert.Equal("alpha", after["MinistersMeetInGenevaForTalks"]);
        Assert.False(after.ContainsKey("TradeDealSignedInOslo"));
        Assert.Equal("beta", after["OsloTradeDealSigned"]);
        Assert.Equal(before.Count, after.Count);
    }

    [Fact]
    public void Entities_with_one_name_in_different_articles_get_distinct_members()
    {
        // A surname alone is not merged across articles, so these are two entities called Berg.
        var run = Project(
            ("one.txt", "Budget approved after a long debate\n\nThe debate lasted all night.\n\nBerg said the budget was fair.\n"),
            ("two.txt", "Harbour expansion delayed again\n\nWork stopped in May.\n\nBerg said the delay was regrettable.\n")).Run().ShouldCompile();
        var members = Members(CompiledCorpus.Load(run), "Entities", "Name");

        var bergs = members.Where(pair => pair.Value == "Berg").Select(pair => pair.Key).ToList();
        Assert.Equal(2, bergs.Count);
        Assert.Contains("Berg", bergs);
    }

    [Fact]
    public void Headlines_that_are_keywords_start_with_digits_or_carry_markup_still_compile()
    {
        var run = Project(
            ("a.txt", "class\n\nThe word is a keyword in C#.\n"),
            ("c.txt", "2024: the year in review\n\nIt was a long year.\n"),
            ("d.txt", "\u00C9quipe de Gen\u00E8ve wins the \"final\" & the </summary> cup\n\nA headline with accents and markup.\n")).Run().ShouldCompile();

        var members = Members(CompiledCorpus.Load(run), "Articles", "Id");
        Assert.Equal(3, members.Count);
        Assert.Equal("a", members["Class"]);
        Assert.Equal("c", members["_2024TheYearInReview"]);
        Assert.Equal("d", Assert.Single(members, pair => pair.Key.StartsWith("EquipeDeGeneveWins", StringComparison.Ordinal)).Value);
    }
}
