using System.Text.RegularExpressions;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>
/// Attributes each quotation to a speaker using the reporting verb next to it ("…," said X / X said "…")
/// and, for pronouns, the last person named before it.
/// </summary>
internal static class SpeakerResolver
{
    private const string Verbs = "said|says|added|adds|stated|states|told|warned|noted|stressed|emphasized|continued|insisted|wrote|tweeted|highlighted|underlined";
    private const string Name = @"(?<name>\p{Lu}[\p{L}'\-]+(?:\s+\p{Lu}[\p{L}'\-]+){0,3})";

    private static readonly Regex s_after = new(@"^\W{0,3}\s*(?:(?<verb>" + Verbs + @")\s+" + Name + "|" + Name + @"\s+(?<verb>" + Verbs + @")|(?<pronoun>he|she|they)\s+(?<verb>" + Verbs + "))", RegexOptions.CultureInvariant);
    private static readonly Regex s_before = new(Name + @"\s+(?<verb>" + Verbs + @")(?:\s+that)?[:,]?\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex s_person = new(@"\b\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\b", RegexOptions.CultureInvariant);

    public static void Resolve(ArticleDraft draft)
    {
        string? lastPerson = null;
        var lastParagraph = -1;
        for (var q = 0; q < draft.Quotes.Count; q++)
        {
            var quote = draft.Quotes[q];
            if (quote.Kind == global::NewsCorpus.QuoteKind.Mention)
            {
                continue;
            }

            var text = draft.Paragraphs[quote.Paragraph].Text;
            if (quote.Paragraph != lastParagraph)
            {
                var named = s_person.Matches(text.Substring(0, quote.Start));
                if (named.Count > 0)
                {
                    lastPerson = named[named.Count - 1].Value;
                }
            }

            lastParagraph = quote.Paragraph;
            var after = s_after.Match(text.Substring(System.Math.Min(text.Length, quote.End + 1)));
            var before = s_before.Match(text.Substring(0, System.Math.Max(0, quote.Start - 1)));
            string? name = null;
            string? verb = null;
            if (after.Success)
            {
                verb = after.Groups["verb"].Value;
                name = after.Groups["pronoun"].Success ? lastPerson : after.Groups["name"].Value;
            }
            else if (before.Success)
            {
                verb = before.Groups["verb"].Value;
                name = before.Groups["name"].Value;
            }

            if (name is not null)
            {
                lastPerson = name;
                var speaker = new SpeakerSpec(name, global::NewsCorpus.SpeakerKind.Person, null, EquatableArray<string>.Empty);
                draft.Quotes[q] = quote with { Speaker = speaker, Cue = verb };
            }
        }
    }
}
