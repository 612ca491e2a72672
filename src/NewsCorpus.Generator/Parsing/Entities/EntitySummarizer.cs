using System;
using System.Collections.Generic;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Parsing.Entities;

/// <summary>Reduces a parsed article to the <see cref="EntityArticleSummary"/> that corpus-wide merging needs.</summary>
internal static class EntitySummarizer
{
    /// <summary>Longest preview kept; doc comments shorten it further.</summary>
    private const int MaxLeadLength = 300;

    public static EntityArticleSummary Summarize(ArticleSpec article)
    {
        var entities = new List<EntityDigestSpec>(article.Entities.Count);

        // One reference per quotation an entity says: counted first, so the list is one array of the right size.
        var said = 0;
        foreach (var entity in article.Entities)
        {
            said += entity.Said.Count;
        }

        var speakers = new List<EntitySpeakerRefSpec>(said);
        for (var e = 0; e < article.Entities.Count; e++)
        {
            var entity = article.Entities[e];
            entities.Add(new EntityDigestSpec(entity.Name, entity.Kind, entity.Role, entity.Aliases, entity.Occurrences.Count, entity.Quotes, EntityCorpusMerger.MergeKeys(entity.Name, entity.Kind, entity.Aliases)));
            foreach (var quote in entity.Said.AsSpan())
            {
                var role = quote < article.Quotes.Count ? article.Quotes[quote].Speaker?.Role : null;
                speakers.Add(new EntitySpeakerRefSpec(quote, e, role));
            }
        }

        speakers.Sort((a, b) => a.Quote.CompareTo(b.Quote));
        return new EntityArticleSummary(
            article.Id,
            article.SourcePath,
            article.Title,
            article.Paragraphs.Count > 0 ? FirstSentence(article.Paragraphs[0].Text) : string.Empty,
            article.Section,
            article.Agency,
            article.Authors,
            article.PublishedAt,
            entities.ToEquatableArray(),
            speakers.ToEquatableArray());
    }

    /// <summary>The text up to the first sentence end that is not an initial or an abbreviation ("U.S.", "Mr.").</summary>
    public static string FirstSentence(string text)
    {
        var limit = Math.Min(text.Length, MaxLeadLength);
        for (var i = 0; i < limit; i++)
        {
            // To the next '.', '!' or '?' in one search: sentences are long.
            var next = text.AsSpan(i, limit - i).IndexOfAny('.', '!', '?');
            if (next < 0)
            {
                break;
            }

            i += next;

            var atEnd = i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]);
            if (!atEnd)
            {
                continue;
            }

            var wordStart = i;
            while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]))
            {
                wordStart--;
            }

            // The word with its dot is looked at in place; the word alone is a pooled string, not a copy.
            if (text[i] == '.' && (EntityLexicon.IsAbbreviation(EntityText.Substring(text, wordStart, i - wordStart)) || EntityKeys.IsDottedAbbreviation(text.AsSpan(wordStart, i + 1 - wordStart))))
            {
                continue;
            }

            return text.Substring(0, i + 1);
        }

        return text.Length <= MaxLeadLength ? text : text.Substring(0, MaxLeadLength);
    }
}
