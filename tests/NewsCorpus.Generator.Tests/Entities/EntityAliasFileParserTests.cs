using System.Linq;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing.Entities;

namespace NewsCorpus.Generator.Tests.Entities;

/// <summary>The alias file format: "Canonical, alias, …" and "keep apart: name, name"; anything else is NC0035 on its line.</summary>
public sealed class EntityAliasFileParserTests
{
    private static EntityAliasRules Parse(string text) => EntityAliasFileParser.Parse(new EntityAliasFileSpec("/project/aliases.txt", text));

    [Fact]
    public void Rules_comments_and_blank_lines()
    {
        var rules = Parse("\uFEFF# people\n\nSergey Lavrov, Lavrov ,Sergei  Lavrov  # the minister\nKEEP APART: Boris Johnson, Lyndon Johnson\n");

        Assert.Empty(rules.Diagnostics);
        Assert.Equal(2, rules.Rules.Count);
        Assert.False(rules.Rules[0].KeepApart);
        Assert.Equal(new[] { "Sergey Lavrov", "Lavrov" }, rules.Rules[0].Names);
        Assert.True(rules.Rules[1].KeepApart);
        Assert.Equal(new[] { "Boris Johnson", "Lyndon Johnson" }, rules.Rules[1].Names);
        Assert.Equal(3, rules.Rules[1].Line.StartLine);
    }

    [Theory]
    [InlineData("Sergey Lavrov")]
    [InlineData("Sergey Lavrov, , Lavrov")]
    [InlineData("keep apart: Boris Johnson")]
    [InlineData("Sergey Lavrov, ---")]
    public void A_line_that_is_not_a_rule_is_a_warning_on_that_line_and_the_others_still_apply(string bad)
    {
        var rules = Parse("NATO, North Atlantic Alliance\n" + bad + "\nKyiv, Kiev\n");

        var diagnostic = Assert.Single(rules.Diagnostics);
        Assert.Equal("NC0035", diagnostic.DescriptorId);
        Assert.Equal(1, diagnostic.Span.StartLine);
        Assert.Equal("/project/aliases.txt", diagnostic.FilePath);
        Assert.Equal(new[] { "NATO", "Kyiv" }, rules.Rules.Select(r => r.Names[0]));
    }

    [Fact]
    public void An_unreadable_alias_file_is_reported_and_has_no_rules()
    {
        var rules = EntityAliasFileParser.Parse(new EntityAliasFileSpec("/project/aliases.txt", null));

        Assert.Empty(rules.Rules);
        Assert.Equal("NC0002", Assert.Single(rules.Diagnostics).DescriptorId);
    }
}
