using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NewsCorpus.Generator.Tests.Infrastructure;

namespace NewsCorpus.Generator.Tests.Robustness;

/// <summary>
/// The same corpus gives byte-identical generated sources: on a second run, under any culture, and whatever order
/// the compiler lists the files in.
/// </summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Two_runs_give_byte_identical_sources()
    {
        Assert.Equal(Generate(Project(), reverse: false), Generate(Project(), reverse: false));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    [InlineData("ja-JP")]
    public void A_different_culture_gives_byte_identical_sources(string culture)
    {
        var expected = Generate(Project(), reverse: false);

        var actual = InCulture(culture, () => Generate(Project(), reverse: false));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Files_in_reverse_order_give_byte_identical_sources()
    {
        Assert.Equal(Generate(Project(), reverse: false), Generate(Project(), reverse: true));
    }

    [Fact]
    public void Diagnostics_are_the_same_in_any_culture_and_file_order()
    {
        var expected = Diagnostics(Project(), reverse: false);

        var actual = InCulture("tr-TR", () => Diagnostics(Project(), reverse: true));

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    /// <summary>The seeds plus files that exercise culture-sensitive text: Turkish dotted and dotless i, digits, dates, German ß.</summary>
    private static CorpusProject Project()
    {
        var project = new CorpusProject().WithSeeds()
            .WithFile("turkish/istanbul.txt", "İSTANBUL'DA İLGİNÇ BİR GÜN: Istanbul ıı II ii\n\nISTANBUL (Reuters) - \u201CBu bir test,\u201D dedi İlker Işık. Mayor Ilhan Iskender said: \u201CIt is 3,5 or 3.5 percent.\u201D\n")
            .WithFile("german/strasse.txt", "STRASSE UND STRAẞE: Die Straße ist lang, sagt man\n\n\u201EDas ist gut\u201C, sagte Jürgen Groß am 03.04.2024 um 12:30 Uhr.\n")
            .WithFile("broken/unclosed.txt", "A headline for an article with an unclosed quote\n\nHe said \u201Cthis never ends.\n")
            .WithFile("broken/empty.txt", "   \n");
        project.Properties["NewsCorpusChunkSize"] = "4096";
        return project;
    }

    /// <summary>Every generated file as its name and its bytes (hex, so two lists compare by content).</summary>
    private static List<(string HintName, string Bytes)> Generate(CorpusProject project, bool reverse)
    {
        var run = Run(project, reverse);
        return run.Result.GeneratedSources
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .Select(s => (s.HintName, Convert.ToHexString(s.SourceText.Encoding!.GetBytes(s.SourceText.ToString()))))
            .ToList();
    }

    private static List<string> Diagnostics(CorpusProject project, bool reverse) =>
        Run(project, reverse).GeneratorDiagnostics
            .Select(d => string.Join("|", d.Id, d.Location.GetLineSpan().ToString(), d.GetMessage(CultureInfo.InvariantCulture)))
            .OrderBy(d => d, StringComparer.Ordinal)
            .ToList();

    private static GeneratorRun Run(CorpusProject project, bool reverse)
    {
        var texts = project.AdditionalTexts();
        var ordered = reverse ? texts.Reverse().ToImmutableArray() : texts;
        var driver = project.CreateDriver(ordered).RunGeneratorsAndUpdateCompilation(project.Compilation(), out var output, out var diagnostics);
        return new GeneratorRun(driver, output, diagnostics).ShouldCompile();
    }

    private static T InCulture<T>(string name, Func<T> action)
    {
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}
