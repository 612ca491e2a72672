using System.Collections.Generic;
using System.Text;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Parsing.Structure;

/// <summary>
/// Turns the story lines into paragraphs and subheadings. Blank lines and single line breaks both end a
/// paragraph, except where that would cut a sentence in two: a line that stops mid-sentence continues on the
/// next line, and a line that opens in lower case continues the one before. In hard-wrapped text (most lines
/// stop mid-sentence) every run of lines between blank lines is one paragraph.
/// </summary>
internal static class ParagraphBuilder
{
    public static void Build(IReadOnlyList<ContentLine> body, List<string> subheadings, List<ParagraphSpec> paragraphs)
    {
        var hardWrapped = IsHardWrapped(body);

        // Most paragraphs are one line, kept as it is; a builder is started only when a second line joins.
        string? first = null;
        StringBuilder? text = null;
        var firstLine = -1;
        ContentLine? previous = null;
        for (var k = 0; k < body.Count; k++)
        {
            var line = body[k];
            if (first is not null && previous is not null && Continues(previous, line, hardWrapped))
            {
                text ??= new StringBuilder(first);
                Append(text, line.Text);
                previous = line;
                continue;
            }

            Flush();
            var next = k + 1 < body.Count ? body[k + 1] : null;
            var afterNext = k + 2 < body.Count ? body[k + 2] : null;
            if (SubheadingDetector.IsSubheading(line, next, afterNext, paragraphs.Count > 0, hardWrapped))
            {
                subheadings.Add(line.Stripped);
                previous = null;
                continue;
            }

            first = line.Text;
            firstLine = line.Number;
            previous = line;
        }

        Flush();

        void Flush()
        {
            if (first is not null)
            {
                paragraphs.Add(new ParagraphSpec(text?.ToString() ?? first, subheadings.Count - 1, firstLine));
                first = null;
                text = null;
            }
        }
    }

    /// <summary>True when <paramref name="line"/> carries on the paragraph that <paramref name="previous"/> ended.</summary>
    private static bool Continues(ContentLine previous, ContentLine line, bool hardWrapped)
    {
        if (Markup.IsMarkedHeading(line.Text) || Markup.IsMarkedHeading(previous.Text) || IsListItem(line.Text))
        {
            return false;
        }

        var touches = line.Number == previous.Number + 1;
        if (touches && hardWrapped)
        {
            return true;
        }

        var sentenceEnded = EndsSentence(previous.Text);
        if (TextShape.StartsLowercase(line.Text) && (touches || !sentenceEnded))
        {
            return true;
        }

        // A single line break after half a sentence: the sentence goes on. A short line without punctuation
        // followed by a capital is a label or heading, not half a sentence.
        return touches && !sentenceEnded && (previous.Words >= 8 || EndsMidSentence(previous.Text));
    }

    /// <summary>Most lines stop mid-sentence and run straight into the next: text wrapped at a fixed width.</summary>
    private static bool IsHardWrapped(IReadOnlyList<ContentLine> body)
    {
        var wrapped = 0;
        for (var k = 0; k + 1 < body.Count; k++)
        {
            if (body[k + 1].Number == body[k].Number + 1 && !EndsSentence(body[k].Text))
            {
                wrapped++;
            }
        }

        return wrapped >= 3 && wrapped * 4 >= body.Count;
    }

    private static void Append(StringBuilder text, string line)
    {
        // "inter-" + "national": a word hyphenated at the line end is joined without a space, hyphen kept.
        var hyphenated = text.Length > 1 && text[text.Length - 1] == '-' && char.IsLetter(text[text.Length - 2]) && TextShape.StartsLowercase(line);
        if (!hyphenated)
        {
            text.Append(' ');
        }

        text.Append(line);
    }

    private static bool EndsSentence(string text) => TextShape.EndsWithSentencePunctuation(text);

    private static bool EndsMidSentence(string text)
    {
        var last = TextShape.LastSignificantChar(text);
        return last is ',' or ';' or '-' or '\u2013' or '\u2014' || SubheadingDetector.EndsOnDanglingWord(text);
    }

    private static bool IsListItem(string text) =>
        text.Length > 1 && (text[0] is '-' or '*' or '\u2022' or '+') && text[1] == ' '
        || (text.Length > 2 && char.IsDigit(text[0]) && (text[1] is '.' or ')') && text[2] == ' ');
}
