using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;
using NewsCorpus.Generator.Emit;

namespace NewsCorpus.Generator.Tests.NamedAccessors;

/// <summary>Member names made from names and headlines: valid, not keywords, unique, and stable.</summary>
public sealed class NamedAccessorNamesTests
{
    [Theory]
    [InlineData("Sergey Lavrov", "SergeyLavrov")]
    [InlineData("U.S. Defense Secretary", "USDefenseSecretary")]
    [InlineData("Côte d'Ivoire", "CoteDIvoire")]
    [InlineData("Asia-Pacific", "AsiaPacific")]
    [InlineData("5G Alliance", "_5GAlliance")]
    [InlineData("«»", "Unnamed")]
    [InlineData("Зеленский", "Зеленский")]
    [InlineData("nato", "Nato")]
    public void Names_become_pascal_case_identifiers(string text, string expected)
    {
        var name = NamedAccessorNames.Identifier(text);

        Assert.Equal(expected, name);
        Assert.True(SyntaxFacts.IsValidIdentifier(name));
        Assert.Equal(SyntaxKind.None, SyntaxFacts.GetKeywordKind(name));
    }

    [Fact]
    public void A_broken_surrogate_or_a_very_long_headline_still_gives_a_valid_short_name()
    {
        var name = NamedAccessorNames.Identifier("Broken \uD800 text " + string.Concat(System.Linq.Enumerable.Repeat("word ", 40)));

        Assert.True(SyntaxFacts.IsValidIdentifier(name));
        Assert.True(name.Length <= NamedAccessorNames.MaxLength + 10, name);
    }

    [Fact]
    public void Colliding_names_keep_the_plain_name_for_the_first_identity_and_suffix_the_others()
    {
        var names = NamedAccessorNames.Assign(
            new[] { ("Talks resume", "b"), ("Talks resume", "a"), ("Talks: resume!", "c"), ("Other news", "d") },
            new HashSet<string>());

        Assert.Equal("TalksResume", names[1]);
        Assert.StartsWith("TalksResume_", names[0], StringComparison.Ordinal);
        Assert.StartsWith("TalksResume_", names[2], StringComparison.Ordinal);
        Assert.Equal("OtherNews", names[3]);
        Assert.Equal(names.Length, new HashSet<string>(names).Count);
    }

    [Fact]
    public void A_suffix_depends_only_on_the_items_own_identity()
    {
        var alone = NamedAccessorNames.Assign(new[] { ("Talks resume", "a"), ("Talks resume", "b") }, new HashSet<string>());
        var crowded = NamedAccessorNames.Assign(new[] { ("Talks resume", "a"), ("Talks resume", "c"), ("Talks resume", "b"), ("Talks resume", "d") }, new HashSet<string>());

        Assert.Equal(alone[0], crowded[0]);
        Assert.Equal(alone[1], crowded[2]);
    }

    [Fact]
    public void Reserved_member_names_are_never_given_out()
    {
        var names = NamedAccessorNames.Assign(new[] { ("Count", "a"), ("Get Enumerator", "b"), ("Named Speakers", "c") }, new HashSet<string> { "Count", "GetEnumerator", "NamedSpeakers" });

        Assert.All(names, name => Assert.DoesNotContain(name, new[] { "Count", "GetEnumerator", "NamedSpeakers" }));
        Assert.StartsWith("Count_", names[0], StringComparison.Ordinal);
    }
}
