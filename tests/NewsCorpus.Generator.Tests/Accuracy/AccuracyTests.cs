using System;
using System.IO;
using System.Linq;

namespace NewsCorpus.Generator.Tests.Accuracy;

/// <summary>
/// Scores quotation extraction against the hand-annotated gold sets with the same code as the
/// benchmarks/NewsCorpus.Accuracy command (see docs/accuracy.md for the figures and the command).
/// </summary>
public sealed class AccuracyTests
{
    private static readonly Lazy<string> s_gold = new(() =>
        GoldSet.FindGoldFolder(AppContext.BaseDirectory) ?? throw new DirectoryNotFoundException("tests/NewsCorpus.Generator.Tests/Accuracy/gold not found above " + AppContext.BaseDirectory));

    private static GoldSet Set(string name) => GoldSet.LoadAll(s_gold.Value).Single(s => s.Name == name);

    [Fact]
    public void Every_seed_quotation_is_found_and_at_least_95_percent_of_speakers_are_right()
    {
        var report = QuoteScorer.Score(Set("seeds"));

        Assert.True(report.Recall == 1.0, report.Summary() + Environment.NewLine + string.Join(Environment.NewLine, report.Errors));
        Assert.True(report.SpeakerAccuracy >= 0.95, report.Summary() + Environment.NewLine + string.Join(Environment.NewLine, report.Errors));
    }

    [Fact]
    public void Held_out_style_articles_meet_the_bar_for_other_outlets()
    {
        var report = QuoteScorer.Score(Set("heldout"));

        Assert.True(report.F1 >= 0.95, report.Summary() + Environment.NewLine + string.Join(Environment.NewLine, report.Errors));
        Assert.True(report.SpeakerAccuracy >= 0.90, report.Summary() + Environment.NewLine + string.Join(Environment.NewLine, report.Errors));
    }

    [Fact]
    public void The_held_out_set_has_at_least_60_quotations_in_many_styles()
    {
        var set = Set("heldout");

        Assert.True(set.Quotes.Count >= 60, set.Quotes.Count + " quotations");
        Assert.True(set.Articles.Count >= 20, set.Articles.Count + " articles");
    }

    /// <remarks>
    /// These sets were annotated before the parser ever ran on them and scored once before and once after the rules
    /// written from the previous blind set's errors: blind2 (rules from blind), blind3 (0.788 before, 0.827 after the
    /// quotes-round2 rules, written from blind2's errors); docs/accuracy.md. Their errors were then used to write
    /// rules (blind2 in round 2, blind3 in round 3), so they are development sets now and their floors guard against
    /// regressions, nothing more: blind2 keeps the floor it had, blind3 is held at what round 3 measured (52/52), and
    /// the bar for unseen articles is not claimed from either. blind4 (0.685 unseen before round 3, 0.753 unseen after
    /// it) is the development set of round 4, which measured 0.932 (68/73); its floor sits just under that.
    /// </remarks>
    /// <remarks>
    /// blind5 is the unseen estimate: twelve articles of an ordinary news day, written and annotated before the parser
    /// ever ran on them, scored with the round-3 rules and again with the round-4 rules (0.909 both times, 80/88), its
    /// errors never printed or read. This is the bar for other outlets, asserted as it stands; a rule round that
    /// reads blind5's errors makes it a development set, and the claim must move to a new unseen set.
    /// </remarks>
    [Fact]
    public void The_unseen_set_meets_the_bar_for_other_outlets()
    {
        var set = Set("blind5");
        var report = QuoteScorer.Score(set);

        Assert.True(set.Quotes.Count >= 80, set.Quotes.Count + " quotations");
        Assert.True(report.F1 >= 0.95, report.Summary());
        Assert.True(report.SpeakerAccuracy >= 0.90, report.Summary());
    }

    [Theory]
    [InlineData("blind2", 0.80)]
    [InlineData("blind3", 1.00)]
    [InlineData("blind4", 0.93)]
    public void A_later_blind_set_meets_the_span_bar_and_keeps_its_measured_speaker_floor(string name, double speakerFloor)
    {
        var set = Set(name);
        var report = QuoteScorer.Score(set);

        Assert.True(set.Articles.Count >= 8, set.Articles.Count + " articles");
        Assert.True(report.F1 >= 0.95, report.Summary() + Environment.NewLine + string.Join(Environment.NewLine, report.Errors));
        Assert.True(report.SpeakerAccuracy >= speakerFloor, report.Summary() + Environment.NewLine + string.Join(Environment.NewLine, report.Errors));
    }

    [Theory]
    [InlineData("seeds")]
    [InlineData("heldout")]
    [InlineData("blind")]
    [InlineData("blind2")]
    [InlineData("blind3")]
    [InlineData("blind4")]
    [InlineData("blind5")]
    public void Gold_quotations_are_words_of_their_articles(string name)
    {
        // Keeps the gold honest when articles are edited: every annotated quotation must occur in its article.
        var set = Set(name);
        foreach (var quote in set.Quotes)
        {
            var article = Assert.Single(set.Articles, a => a.Id == quote.Article);
            Assert.Contains(quote.Text, article.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_scorer_counts_misses_spurious_quotations_and_wrong_speakers()
    {
        // The scorer itself, on a set whose gold is wrong on purpose.
        var folder = Path.Combine(Path.GetTempPath(), "newscorpus-scorer-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.txt"), "A headline for the scorer test here\n\n\u201CWe will win,\u201D said Jane Doe. \u201CAnd soon,\u201D she added.\n");
            var annotations = Path.Combine(folder, "gold.tsv");
            File.WriteAllText(annotations, "a\tstatement\tJohn Roe\tWe will win,\na\tstatement\t-\tNever said this\n");

            var report = QuoteScorer.Score(GoldSet.Load("test", annotations, folder));

            Assert.Equal((2, 2, 1, 0), (report.Gold, report.Found, report.Matched, report.SpeakersRight));
            Assert.Equal(0.5, report.Precision);
            Assert.Equal(0.5, report.Recall);
            Assert.Contains(report.Errors, e => e.Contains("missed", StringComparison.Ordinal));
            Assert.Contains(report.Errors, e => e.Contains("spurious", StringComparison.Ordinal));
            Assert.Contains(report.Errors, e => e.Contains("expected John Roe", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
