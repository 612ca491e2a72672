using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace NewsCorpus.CorpusWriter;

/// <summary>One synthetic article: the text file and, for the JSON baseline, its parts.</summary>
internal sealed record SyntheticArticle(string Id, string Title, string Dateline, List<string> Paragraphs, string Text);

/// <summary>
/// Writes articles shaped like real agency copy: optional section label, headline, byline, a dateline lead,
/// body paragraphs with quotations attributed to named speakers (several scripts and accents), subheadings.
/// </summary>
internal static class ArticleWriter
{
    public static SyntheticArticle Write(SplitMix64 random, int number)
    {
        var section = Vocabulary.Sections[number % Vocabulary.Sections.Length];
        var id = section + "/" + number.ToString("D6", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        var paragraphs = new List<string>();

        if (random.Chance(30))
        {
            text.Append(random.Pick(Vocabulary.SectionLabels)).Append("\n\n");
        }

        var speaker = random.Pick(Vocabulary.People);
        var organization = random.Pick(Vocabulary.Organizations);
        var subject = random.Pick(Vocabulary.Subjects);
        var title = $"{Capitalize(organization)} {random.Pick(Vocabulary.Verbs)} {subject} as {speaker} warns of delays ({number.ToString(CultureInfo.InvariantCulture)})";
        text.Append(title).Append("\n\n");

        var agency = random.Pick(Vocabulary.Agencies);
        if (random.Chance(50))
        {
            text.Append("By ").Append(random.Pick(Vocabulary.People)).Append("\n\n");
        }

        var place = random.Pick(Vocabulary.Places);
        var lead = $"{place} ({agency}) — {Capitalize(organization)} {random.Pick(Vocabulary.Verbs)} {subject} {random.Pick(Vocabulary.Times)}, {random.Pick(Vocabulary.Fillers).ToLowerInvariant()}";
        Add(text, paragraphs, lead);

        var count = 8 + random.Below(10);
        for (var p = 0; p < count; p++)
        {
            if (p == count / 2 && random.Chance(40))
            {
                text.Append("What happens next").Append("\n\n");
            }

            var person = random.Pick(Vocabulary.People);
            var role = random.Pick(Vocabulary.Roles);
            Add(text, paragraphs, random.Below(4) switch
            {
                0 => $"“{random.Pick(Vocabulary.QuoteOpenings)}, {random.Pick(Vocabulary.QuoteEndings)},” said {person}, the {role}. {random.Pick(Vocabulary.Fillers)}",
                1 => $"{person}, {role}, said {random.Pick(Vocabulary.Times)}: “{random.Pick(Vocabulary.QuoteOpenings)}. {random.Pick(Vocabulary.QuoteOpenings)}.”",
                2 => $"\"{random.Pick(Vocabulary.QuoteOpenings)},\" {person} told reporters in {Title(random.Pick(Vocabulary.Places))}. {random.Pick(Vocabulary.Fillers)} {random.Pick(Vocabulary.Fillers)}",
                _ => $"{random.Pick(Vocabulary.Fillers)} {random.Pick(Vocabulary.Fillers)} {Capitalize(random.Pick(Vocabulary.Organizations))} {random.Pick(Vocabulary.Verbs)} {random.Pick(Vocabulary.Subjects)} {random.Pick(Vocabulary.Times)}.",
            });
        }

        if (random.Chance(25))
        {
            Add(text, paragraphs, $"{agency} contributed to this report.");
        }

        return new SyntheticArticle(id, title, place, paragraphs, text.ToString());
    }

    private static void Add(StringBuilder text, List<string> paragraphs, string paragraph)
    {
        paragraphs.Add(paragraph);
        text.Append(paragraph).Append("\n\n");
    }

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text.Substring(1);

    private static string Title(string place) => place.Substring(0, 1) + place.Substring(1).ToLowerInvariant();
}
