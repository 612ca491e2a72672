using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.CodeAnalysis;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing.Input;
using NewsCorpus.Generator.Tests.Infrastructure;
using NewsCorpus.Generator.Tests.Robustness.Support;
using Xunit.Abstractions;

namespace NewsCorpus.Generator.Tests.Robustness;

/// <summary>
/// Property-based: random and mutated articles (seed files with bytes flipped, lines shuffled or repeated, marks
/// inserted, cut short, or plain random text) through the parser and through the whole generator. No exception,
/// no parser failure (NC0003, a caught crash), no generator error, and the generated code compiles. The case
/// counts are asserted, so the numbers in docs/robustness.md are what actually ran. A failure prints the
/// ArticleCase, which rebuilds the exact input.
/// </summary>
public sealed class NeverThrowsProperties
{
    public const int ParserCases = 600;
    public const int GeneratorCases = 40;

    private readonly ITestOutputHelper _output;

    public NeverThrowsProperties(ITestOutputHelper output) => _output = output;

    [Fact]
    public void The_parser_never_throws_and_every_quote_is_a_range_of_its_paragraph()
    {
        var ran = 0;
        var property = Prop.ForAll(ArticleCase.Arbitrary, @case =>
        {
            Interlocked.Increment(ref ran);
            var text = @case.Decoded()?.ToString();
            var parsed = InputGate.Parse(new CorpusFileSpec("/corpus/case.txt", "case", text));

            Assert.DoesNotContain(parsed.Diagnostics, d => d.DescriptorId == DiagnosticIds.ParserFailure);
            if (parsed.Article is { } article)
            {
                foreach (var quote in article.Quotes)
                {
                    var paragraph = article.Paragraphs[quote.Paragraph].Text;
                    Assert.Equal(quote.Text, paragraph.Substring(quote.Start, quote.End - quote.Start));
                }
            }
        });

        Check.One(PropertyRuns.Config(ParserCases), property);

        Assert.Equal(ParserCases, ran);
        _output.WriteLine($"{ran} parser cases ran");
    }

    [Fact]
    public void The_generator_never_throws_and_its_output_compiles()
    {
        var ran = 0;
        var property = Prop.ForAll(ArticleCase.Corpora, cases =>
        {
            Interlocked.Increment(ref ran);
            var project = new CorpusProject();
            var texts = new Dictionary<string, AdditionalText>();
            for (var i = 0; i < cases.Length; i++)
            {
                texts[$"case{i}.txt"] = cases[i].AdditionalText($"case{i}.txt");
            }

            var run = RawCorpus.Run(project, texts);

            Assert.Null(run.Result.Exception);
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error || d.Id == DiagnosticIds.ParserFailure);
            run.ShouldCompile();
        });

        Check.One(PropertyRuns.Config(GeneratorCases), property);

        Assert.Equal(GeneratorCases, ran);
        _output.WriteLine($"{ran} generator cases ran");
    }
}
