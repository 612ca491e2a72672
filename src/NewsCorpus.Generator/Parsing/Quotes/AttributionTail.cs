namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>
/// Where a quotation whose closing mark is missing really ends. In <c>"We are ready, he said. "We will fight."</c>
/// the first quotation ends at the comma: what follows it is an attribution, a few words with a reporting verb.
/// Only the last <see cref="MaxTailWords"/> words before the limit are looked at.
/// </summary>
internal static class AttributionTail
{
    private const int MaxTailWords = 12;
    private const int MaxTailChars = 160;

    /// <summary>
    /// The end (exclusive) of a quotation that opened before <paramref name="limit"/> and is cut short by an
    /// attribution tail just before it, or -1 when the words before the limit are not an attribution.
    /// </summary>
    public static int CutBefore(string text, int contentStart, int limit)
    {
        var from = System.Math.Max(contentStart, limit - MaxTailChars);
        for (var k = limit - 1; k >= from; k--)
        {
            var c = text[k];
            if (c is not (',' or '.' or '!' or '?') || k + 1 >= limit || !char.IsWhiteSpace(text[k + 1]))
            {
                continue;
            }

            if (IsAttribution(text, k + 1, limit))
            {
                return k + 1;
            }
        }

        return -1;
    }

    private static bool IsAttribution(string text, int start, int end)
    {
        var words = 0;
        var verb = false;
        var i = start;
        while (i < end)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var wordStart = i;
            while (i < end && (char.IsLetter(text[i]) || text[i] is '\'' or '\u2019' or '-'))
            {
                i++;
            }

            words++;
            if (words > MaxTailWords)
            {
                return false;
            }

            if (ReportingVerbs.TryGet(text.Substring(wordStart, i - wordStart), out _, out var form, out var weak) && form == VerbForm.Finite && !weak)
            {
                verb = true;
            }
        }

        return verb && words >= 2;
    }
}
