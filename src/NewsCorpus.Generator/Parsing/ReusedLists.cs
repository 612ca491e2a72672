using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing;

/// <summary>
/// One list per paragraph, reused from article to article on the thread that parses them (the generator parses
/// files in parallel): nothing keeps an article's per-paragraph lists once the article is done, so the next one can
/// fill the same lists instead of growing new ones. Bounded: a very long article's lists are not kept.
/// </summary>
/// <remarks>
/// Each closed type has its own lists, so each is used by one caller, which holds them only while it works on one
/// article: a second caller of the same element type, while the first still holds its lists, would be handed them.
/// A new use takes an element type of its own (as the entity finder's <c>Run</c> does).
/// </remarks>
internal static class ReusedLists<T>
{
    private const int MaxKeptItems = ThreadScratch.MaxKeptItems;
    private const int MaxKeptLists = 512;

    [System.ThreadStatic]
    private static List<List<T>>? t_lists;

    /// <summary>The list for paragraph <paramref name="index"/> of the current article; the caller empties it.</summary>
    public static List<T> At(int index)
    {
        var lists = t_lists ??= new List<List<T>>();
        while (lists.Count <= index)
        {
            lists.Add(new List<T>());
        }

        return lists[index];
    }

    /// <summary>
    /// Called when an article's lists are all filled: lists grown past the bounds are replaced for the next article
    /// (this one still holds them until it is done).
    /// </summary>
    public static void Trim()
    {
        var lists = t_lists;
        if (lists is null)
        {
            return;
        }

        for (var i = 0; i < lists.Count; i++)
        {
            if (lists[i].Capacity > MaxKeptItems)
            {
                lists[i] = new List<T>();
            }
        }

        if (lists.Count > MaxKeptLists)
        {
            lists.RemoveRange(MaxKeptLists, lists.Count - MaxKeptLists);
        }
    }
}
