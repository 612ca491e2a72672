using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing.Entities;

/// <summary>
/// The reading positions of a group's members, sorted, so "the member nearest before here" costs a binary search
/// instead of a pass over every member. Members arrive out of order (a surname used alone is resolved after the
/// full names around it), so the positions are kept in short sorted chunks: an insert moves at most one chunk.
/// </summary>
internal sealed class MemberPositions
{
    private const int ChunkSize = 256;

    private readonly List<List<long>> _chunks = new();

    /// <summary>One number per position that orders like <see cref="EntityCandidate.Precedes"/>; the headline (-1) first.</summary>
    public static long Of(int paragraph, int start) => ((long)(paragraph + 1) << 32) | (uint)start;

    public void Add(long position)
    {
        if (_chunks.Count == 0)
        {
            _chunks.Add(new List<long> { position });
            return;
        }

        // The first chunk whose last position is at or after this one; the last chunk when none is.
        var lo = 0;
        var hi = _chunks.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            var chunk = _chunks[mid];
            if (chunk[chunk.Count - 1] >= position)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        var target = _chunks[lo];
        var at = target.BinarySearch(position);
        if (at >= 0)
        {
            // Only the position matters to a query: a second member at the same place adds nothing.
            return;
        }

        target.Insert(~at, position);
        if (target.Count > 2 * ChunkSize)
        {
            var tail = target.GetRange(ChunkSize, target.Count - ChunkSize);
            target.RemoveRange(ChunkSize, target.Count - ChunkSize);
            _chunks.Insert(lo + 1, tail);
        }
    }

    /// <summary>The greatest position strictly before <paramref name="bound"/>, when there is one.</summary>
    public bool TryGetLastBefore(long bound, out long position)
    {
        // The last chunk that starts before the bound holds the answer.
        var found = -1;
        var lo = 0;
        var hi = _chunks.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (_chunks[mid][0] < bound)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        if (found < 0)
        {
            position = 0;
            return false;
        }

        var chunk = _chunks[found];
        var at = chunk.BinarySearch(bound);
        var index = (at >= 0 ? at : ~at) - 1;
        position = chunk[index];
        return true;
    }
}
