using System;
using System.IO;
using System.Linq;
using static NewsCorpus.Generator.Tests.Parsing.Structure.StructureKit;

namespace NewsCorpus.Generator.Tests.Parsing.Structure;

/// <summary>Every non-blank line ends up somewhere a reader or <c>--explain</c> can see it.</summary>
public sealed class NothingLostTests
{
    public static TheoryData<string> SeedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").OrderBy(p => p, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleArticles.All), MemberType = typeof(SampleArticles))]
    public void Every_line_of_a_sample_is_accounted_for(string name, string text)
    {
        Assert.NotNull(name);
        AssertNothingLost(text, Parse(text));
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Every_line_of_a_seed_is_accounted_for(string file)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", file));

        AssertNothingLost(text, Parse(text));
    }

    [Theory]
    [InlineData("Only a headline")]
    [InlineData("Advertisement\nLeave a Reply\n")]
    [InlineData("***\n---\n")]
    [InlineData("By Jane Doe\n")]
    [InlineData("Short\nlines\nonly\n")]
    public void Odd_files_still_lose_nothing(string text)
    {
        var article = Parse(text);

        Assert.NotEqual(string.Empty, article.Title);
        AssertNothingLost(text, article);
    }
}
