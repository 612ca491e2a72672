using System.Linq;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing.Input;
using NewsCorpus.Generator.Tests.Infrastructure;
using NewsCorpus.Generator.Tests.Robustness.Support;

namespace NewsCorpus.Generator.Tests.Robustness;

/// <summary>CRLF, CR-only, mixed and Unicode line breaks give exactly the model LF gives: same article, same line numbers.</summary>
public sealed class LineEndingsTests
{
    public static TheoryData<int, string> SeedsAndEndings()
    {
        var data = new TheoryData<int, string>();
        for (var seed = 0; seed < SeedTexts.All.Count; seed++)
        {
            foreach (var ending in new[] { "crlf", "cr", "mixed", "unicode" })
            {
                data.Add(seed, ending);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SeedsAndEndings))]
    public void Every_line_ending_gives_the_model_lf_gives(int seed, string ending)
    {
        var lf = SeedTexts.All[seed].Replace("\r\n", "\n").Replace('\r', '\n');

        var expected = Parse(lf);
        var actual = Parse(Convert(lf, ending));

        Assert.Equal(expected.Article, actual.Article);
        Assert.Equal(
            expected.Diagnostics.Select(d => (d.DescriptorId, d.Span.StartLine, d.Span.StartColumn)),
            actual.Diagnostics.Select(d => (d.DescriptorId, d.Span.StartLine, d.Span.StartColumn)));
    }

    [Fact]
    public void Line_endings_do_not_change_the_generated_code()
    {
        var lf = SeedTexts.All[0].Replace("\r\n", "\n");

        var expected = new CorpusProject().WithFile("a.txt", lf).Run().ShouldCompile();
        var actual = new CorpusProject().WithFile("a.txt", Convert(lf, "mixed")).Run().ShouldCompile();

        Assert.Equal(
            expected.CorpusSources.Select(s => s.SourceText.ToString()),
            actual.CorpusSources.Select(s => s.SourceText.ToString()));
    }

    private static ParsedArticle Parse(string text) => InputGate.Parse(new CorpusFileSpec("/corpus/a.txt", "a", text));

    /// <summary>Rewrites LF line ends; "mixed" cycles through every style so neighbouring lines differ.</summary>
    private static string Convert(string lf, string ending)
    {
        var styles = ending switch
        {
            "crlf" => new[] { "\r\n" },
            "cr" => new[] { "\r" },
            "unicode" => new[] { "\u2028", "\u2029", "\u0085" },
            _ => new[] { "\r\n", "\n", "\r", "\u2028" },
        };
        var lines = lf.Split('\n');
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            builder.Append(lines[i]);
            if (i < lines.Length - 1)
            {
                builder.Append(styles[i % styles.Length]);
            }
        }

        return builder.ToString();
    }
}
