using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing;

namespace NewsCorpus.Generator.Tests.Accuracy;

/// <summary>The figures of one gold set. Speaker and kind accuracy are over the quotations found (matched).</summary>
internal sealed record ScoreReport(
    string Name,
    int Gold,
    int Found,
    int Matched,
    int SpeakersRight,
    int KindsRight,
    IReadOnlyList<string> Errors)
{
    public double Precision => Found == 0 ? 0 : (double)Matched / Found;

    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double SpeakerAccuracy => Matched == 0 ? 0 : (double)SpeakersRight / Matched;

    public double KindAccuracy => Matched == 0 ? 0 : (double)KindsRight / Matched;

    public string Summary() => string.Format(
        CultureInfo.InvariantCulture,
        "{0,-8} gold {1,4}  found {2,4}  matched {3,4}  precision {4:0.000}  recall {5:0.000}  F1 {6:0.000}  speakers {7:0.000} ({8}/{3})  kinds {9:0.000} ({10}/{3})",
        Name, Gold, Found, Matched, Precision, Recall, F1, SpeakerAccuracy, SpeakersRight, KindAccuracy, KindsRight);
}

/// <summary>
/// Scores the parser against a gold set. A quotation is found when an extracted quotation of the same article has
/// the same words (white space runs count as one space); each gold quotation matches at most one extracted one.
/// A speaker is right when both are nobody, or both names have the same <see cref="NameVariants.Key"/>.
/// </summary>
internal static class QuoteScorer
{
    public static ScoreReport Score(GoldSet gold)
    {
        var byArticle = new Dictionary<string, List<GoldQuote>>(StringComparer.Ordinal);
        foreach (var quote in gold.Quotes)
        {
            if (!byArticle.TryGetValue(quote.Article, out var list))
            {
                byArticle[quote.Article] = list = new List<GoldQuote>();
            }

            list.Add(quote);
        }

        var errors = new List<string>();
        int found = 0, matched = 0, speakers = 0, kinds = 0;
        foreach (var article in gold.Articles)
        {
            var parsed = ArticleParser.Parse(new CorpusFileSpec(article.Path, article.Id, article.Text));
            foreach (var diagnostic in parsed.Diagnostics)
            {
                if (diagnostic.DescriptorId == DiagnosticIds.ParserFailure)
                {
                    errors.Add(article.Id + ": parser failure: " + DiagnosticIds.Format(diagnostic));
                }
            }

            var expected = byArticle.TryGetValue(article.Id, out var list) ? new List<GoldQuote>(list) : new List<GoldQuote>();
            byArticle.Remove(article.Id);
            foreach (var quote in parsed.Article?.Quotes ?? EquatableArray<QuoteSpec>.Empty)
            {
                found++;
                var text = Normalize(quote.Text);
                var index = expected.FindIndex(g => string.Equals(Normalize(g.Text), text, StringComparison.Ordinal));
                if (index < 0)
                {
                    errors.Add(article.Id + ": spurious: \"" + quote.Text + "\"");
                    continue;
                }

                var goldQuote = expected[index];
                expected.RemoveAt(index);
                matched++;
                if (SameSpeaker(goldQuote.Speaker, quote.Speaker?.Name))
                {
                    speakers++;
                }
                else
                {
                    errors.Add(article.Id + ": speaker " + (quote.Speaker?.Name ?? "-") + " (cue " + (quote.Cue ?? "-") + "), expected " + (goldQuote.Speaker ?? "-") + ": \"" + Shorten(quote.Text) + "\"");
                }

                if (goldQuote.Kind == quote.Kind)
                {
                    kinds++;
                }
                else
                {
                    errors.Add(article.Id + ": kind " + quote.Kind + ", expected " + goldQuote.Kind + ": \"" + Shorten(quote.Text) + "\"");
                }
            }

            foreach (var missed in expected)
            {
                errors.Add(article.Id + ": missed: \"" + missed.Text + "\"");
            }
        }

        foreach (var orphan in byArticle.Keys)
        {
            errors.Add(orphan + ": gold names an article that is not in the set");
        }

        return new ScoreReport(gold.Name, gold.Quotes.Count, found, matched, speakers, kinds, errors);
    }

    public static bool SameSpeaker(string? expected, string? actual) =>
        expected is null ? actual is null : actual is not null && NameVariants.Same(expected, actual);

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string Shorten(string text) => text.Length <= 70 ? text : text.Substring(0, 67) + "...";
}
