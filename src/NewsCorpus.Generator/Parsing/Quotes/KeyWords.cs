namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>
/// The words of a name's key, runs between spaces: how many there are, the first and the surname. Only those two
/// are ever cut out of the key, where a split would cut out every word.
/// </summary>
internal readonly struct KeyWords
{
    private readonly string _key;
    private readonly (int Start, int End) _first;
    private readonly (int Start, int End) _last;
    private readonly (int Start, int End) _beforeLast;

    public KeyWords(string key)
    {
        _key = key;
        var count = 0;
        (int Start, int End) first = default, last = default, beforeLast = default;
        var position = 0;
        while (Words.NextSpaced(key, ref position, key.Length, out var start, out var end))
        {
            first = count == 0 ? (start, end) : first;
            beforeLast = last;
            last = (start, end);
            count++;
        }

        Count = count;
        _first = first;
        _last = last;
        _beforeLast = beforeLast;
    }

    public int Count { get; }

    /// <summary>The first word; empty when there is none.</summary>
    public string First => Count == 0 ? string.Empty : Cut(_first);

    /// <summary>The surname: the last word, or the one before it when a generation ends a name of three words or more ("hank rowe jr" → "rowe").</summary>
    public string Surname(bool endsWithGeneration) => Count == 0 ? string.Empty : Cut(endsWithGeneration && Count > 2 ? _beforeLast : _last);

    /// <summary>A word, which is the key itself when it has one word.</summary>
    private string Cut((int Start, int End) word) => word.Start == 0 && word.End == _key.Length ? _key : _key.Substring(word.Start, word.End - word.Start);
}
