using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing;

/// <summary>
/// A collection a caller keeps per thread ([ThreadStatic]) and empties for each use: the generator parses files in
/// parallel, a thread parses one article at a time, and nothing keeps the collection's items once the use is over,
/// so the next use fills the room it grew to instead of growing a new one by doubling. One that grew past the bound
/// (a very long article) is replaced, so a thread keeps little. Emptied when taken, not when done, so an exception
/// midway leaves nothing behind for the next use. (<see cref="ReusedLists{T}"/> does the same for one list per paragraph.)
/// </summary>
internal static class ThreadScratch
{
    /// <summary>The most items a kept collection may have held; the bound every per-thread reuse of the parser shares.</summary>
    public const int MaxKeptItems = 4096;

    /// <summary>The thread's list in <paramref name="slot"/>, emptied; a new one when there is none or it grew past <paramref name="maxKept"/>.</summary>
    public static List<T> List<T>(ref List<T>? slot, int maxKept = MaxKeptItems)
    {
        if (slot is null || slot.Capacity > maxKept)
        {
            return slot = new List<T>();
        }

        slot.Clear();
        return slot;
    }

    /// <summary>The thread's map in <paramref name="slot"/>, emptied; a new one when there is none or it held more than <see cref="MaxKeptItems"/>.</summary>
    public static Dictionary<TKey, TValue> Dictionary<TKey, TValue>(ref Dictionary<TKey, TValue>? slot, IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull
    {
        if (slot is null || slot.Count > MaxKeptItems)
        {
            return slot = new Dictionary<TKey, TValue>(comparer);
        }

        slot.Clear();
        return slot;
    }

    /// <summary>The thread's set in <paramref name="slot"/>, emptied; a new one when there is none or it held more than <see cref="MaxKeptItems"/>.</summary>
    public static HashSet<T> HashSet<T>(ref HashSet<T>? slot, IEqualityComparer<T>? comparer = null)
    {
        if (slot is null || slot.Count > MaxKeptItems)
        {
            return slot = new HashSet<T>(comparer);
        }

        slot.Clear();
        return slot;
    }
}
