using System.Threading;
using FsCheck;
using FsCheck.Fluent;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing.Input;
using NewsCorpus.Generator.Tests.Robustness.Support;

namespace NewsCorpus.Generator.Tests.Robustness;

/// <summary>
/// Every input line ends up in the article: headline, subheading, paragraph (quotes live in paragraphs) or a
/// set-aside line with its reason, so <c>export --explain</c> accounts for all of the text.
/// </summary>
public sealed class NothingLostTests
{
    public const int Cases = 300;

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < SeedTexts.All.Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_line_of_a_seed_is_accounted_for(int seed)
    {
        var text = SeedTexts.All[seed];

        var article = InputGate.Parse(new CorpusFileSpec("/corpus/seed.txt", "seed", text)).Article!;

        Assert.Empty(LineAccounting.Unaccounted(text, article));
    }

    [Fact]
    public void A_dateline_broken_over_two_lines_is_set_aside_whole()
    {
        // Found by the property below: a line separator inserted inside "MINSK, 18 January (BelTA) -".
        var text = new ArticleCase(2, Mutation.InsertMarks, 1194027741).Decoded()!.ToString();

        var article = InputGate.Parse(new CorpusFileSpec("/corpus/case.txt", "case", text)).Article!;

        Assert.Contains(article.Removed, r => r.Reason == global::NewsCorpus.RemovalReason.Dateline && r.Text.StartsWith("MINSK,", System.StringComparison.Ordinal));
        Assert.Empty(LineAccounting.Unaccounted(text, article));
    }

    [Fact]
    public void Every_line_of_a_mutated_article_is_accounted_for()
    {
        var ran = 0;
        var property = Prop.ForAll(ArticleCase.Arbitrary, @case =>
        {
            Interlocked.Increment(ref ran);
            var text = @case.Decoded()?.ToString();
            var parsed = InputGate.Parse(new CorpusFileSpec("/corpus/case.txt", "case", text));
            if (text is not null && parsed.Article is { } article)
            {
                Assert.Empty(LineAccounting.Unaccounted(text, article));
            }
        });

        Check.One(PropertyRuns.Config(Cases), property);

        Assert.Equal(Cases, ran);
    }
}
