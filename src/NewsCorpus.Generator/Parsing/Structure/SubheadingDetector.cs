using System;
using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing.Structure;

/// <summary>
/// Subheadings: lines between paragraphs that head what follows. A line marked as a heading ("## Background",
/// "**Warnings to the West**") is one when it is short and not a sentence; an unmarked line must be short (at most ten words), open
/// with a capital, end without punctuation or a dangling "of"/"the", come after a paragraph and before a line that
/// reads as a paragraph. In hard-wrapped text it must also stand alone between blank lines.
/// </summary>
internal static class SubheadingDetector
{
    private const int MaxWords = 10;
    private const int MaxMarkedWords = 15;

    /// <summary>Words a heading never ends on; a line ending on one is half a sentence.</summary>
    private static readonly HashSet<string> s_danglingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but", "that",
        "as", "is", "are", "was", "were", "his", "her", "its", "their", "our", "this", "than", "into", "said",
    };

    /// <param name="line">The candidate.</param>
    /// <param name="next">The story line after it, if any.</param>
    /// <param name="afterNext">The story line after <paramref name="next"/>, to see whether that is a paragraph wrapped over several lines.</param>
    /// <param name="afterParagraph">A paragraph has already been read.</param>
    /// <param name="hardWrapped">The text is wrapped at a fixed width.</param>
    /// <summary>Words that open or fill sentences, not headings: pronouns and reporting verbs.</summary>
    private static readonly HashSet<string> s_sentenceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "it", "we", "i", "you", "said", "says", "added", "told", "stated", "noted",
    };

    public static bool IsSubheading(ContentLine line, ContentLine? next, ContentLine? afterNext, bool afterParagraph, bool hardWrapped)
    {
        if (next is null || line.Text.Length > 200)
        {
            return false;
        }

        var plain = line.Stripped;
        if (plain.Length == 0)
        {
            return false;
        }

        // The line's own count, made while it was classified: stripping only drops marks at its edges.
        var words = line.Words;
        if (Markup.IsMarkedHeading(line.Text))
        {
            // "**Editor's note: the story was updated.**" is a bold paragraph, not a heading.
            return words is > 0 and <= MaxMarkedWords && TextShape.LastSignificantChar(plain) is not ('.' or ':');
        }

        if (words > MaxWords || plain.Length > 90 || !afterParagraph)
        {
            return false;
        }

        if (!(char.IsUpper(plain[0]) || char.IsDigit(plain[0]))
            || TextShape.LastSignificantChar(plain) is '.' or '!' or '?' or ':' or ';' or ',' or '\u2026' or '-' or '\u2013' or '\u2014'
            || EndsOnDanglingWord(plain)
            || ReadsAsSentence(plain))
        {
            return false;
        }

        var nextTouches = next.Number == line.Number + 1;
        if ((nextTouches && TextShape.StartsLowercase(next.Text)) || (hardWrapped && (!line.BlankBefore || nextTouches)))
        {
            return false;
        }

        // A paragraph wrapped over several lines reads as one even if its first line is short of a sentence.
        var nextRunsOn = afterNext is not null && afterNext.Number == next.Number + 1 && !TextShape.EndsWithSentencePunctuation(next.Text);
        return ReadsAsParagraph(next) || nextRunsOn;
    }

    /// <summary>What follows a heading: a sentence, or a long run of words.</summary>
    private static bool ReadsAsParagraph(ContentLine line)
    {
        var last = TextShape.LastSignificantChar(line.Text);
        return last is '.' or '!' or '?' or '\u2026' || line.Words > 15;
    }

    /// <summary>"He added that the work would continue": opens with a pronoun or reports speech, so it is half a paragraph.</summary>
    private static bool ReadsAsSentence(string text)
    {
        var words = text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0 && s_sentenceWords.Contains(words[0]))
        {
            return true;
        }

        foreach (var word in words)
        {
            if (word is "said" or "says" or "told" or "added")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the text ends on a word that needs more after it ("… said by the").</summary>
    public static bool EndsOnDanglingWord(string text) => s_danglingWords.Contains(LastWord(text));

    private static string LastWord(string text)
    {
        var end = text.Length;
        while (end > 0 && !char.IsLetterOrDigit(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetterOrDigit(text[start - 1]))
        {
            start--;
        }

        return text.Substring(start, end - start);
    }
}
