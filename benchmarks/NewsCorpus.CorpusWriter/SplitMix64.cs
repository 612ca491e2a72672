namespace NewsCorpus.CorpusWriter;

/// <summary>
/// A tiny seeded generator with a fixed algorithm: the same seed gives the same corpus on every machine and
/// .NET version (System.Random's sequence is not promised across versions).
/// </summary>
internal sealed class SplitMix64
{
    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, count).</summary>
    public int Below(int count) => (int)(Next() % (ulong)count);

    public bool Chance(int percent) => Below(100) < percent;

    public T Pick<T>(T[] items) => items[Below(items.Length)];
}
