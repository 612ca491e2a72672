namespace NewsCorpus.Generator.Model;

/// <summary>
/// Groups items numbered 0..n-1 by a small integer key in two linear passes: one array for every group instead of a
/// list per group that grows by doubling. The search index groups term occurrences by term, the entity merge nodes
/// by group.
/// </summary>
internal static class CountingSort
{
    /// <summary>
    /// The items ordered by <paramref name="keys"/> (item i has key keys[i], below <paramref name="keyCount"/>), in
    /// item order within a key; the items of key k are at <paramref name="starts"/>[k] up to starts[k + 1].
    /// </summary>
    public static int[] Order(int[] keys, int keyCount, out int[] starts)
    {
        starts = new int[keyCount + 1];
        foreach (var key in keys)
        {
            starts[key + 1]++;
        }

        for (var k = 0; k < keyCount; k++)
        {
            starts[k + 1] += starts[k];
        }

        var next = (int[])starts.Clone();
        var order = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            order[next[keys[i]]++] = i;
        }

        return order;
    }
}
