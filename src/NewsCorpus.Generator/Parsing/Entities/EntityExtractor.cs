using System.Collections.Generic;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Parsing.Entities;

/// <summary>
/// The parsing step that finds the people, organizations, places and agencies an article names. It runs after
/// structure and quotations, because a quotation's speaker is evidence of a person and the entity learns which
/// quotations it says. Rules and word lists only: no model, no I/O, the same in the generator and the tool.
/// </summary>
internal static class EntityExtractor
{
    // The texts and speaker names are read only while the article's entities are found and grouped: the lists are
    // emptied and reused per thread (ThreadScratch), as the finder's and grouper's own are.
    [System.ThreadStatic]
    private static List<string>? t_paragraphs;

    [System.ThreadStatic]
    private static List<string>? t_speakers;

    public static void Extract(ArticleDraft draft)
    {
        var paragraphs = ThreadScratch.List(ref t_paragraphs);
        foreach (var paragraph in draft.Paragraphs)
        {
            paragraphs.Add(paragraph.Text);
        }

        var speakers = ThreadScratch.List(ref t_speakers);
        foreach (var quote in draft.Quotes)
        {
            if (quote.Speaker is { } speaker)
            {
                speakers.Add(speaker.Name);
            }
        }

        var finder = EntityCandidateFinder.Find(draft.Title, paragraphs, speakers);
        draft.Entities.AddRange(EntityGrouper.Group(finder, draft.Quotes, paragraphs));
    }
}
