using System;
using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing.Entities;

/// <summary>
/// Adds up a weight per distinct string (ordinal), for the corpus-wide entity merge. The members of one merged entity
/// mostly repeat what the member before them had (the same name and role, article after article), so the last
/// string is remembered and an equal one is counted without being hashed again. The merge runs on every edit, at
/// the start of a process where its code is not yet optimized, and there comparing with the last string costs
/// less than a lookup.
/// </summary>
internal sealed class StringTally
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _values = new();
    private readonly List<int> _weights = new();
    private string? _last;
    private int _lastIndex;
    private int _leaderWeight;

    /// <summary>How many distinct strings were added.</summary>
    public int Count => _values.Count;

    /// <summary>
    /// The string whose running total first went above every other's (the latest to do so), or null when none was
    /// added: of equal totals, the one that reached that total first.
    /// </summary>
    public string? Leader { get; private set; }

    /// <summary>The distinct strings, in the order first added.</summary>
    public string Value(int index) => _values[index];

    public int Weight(int index) => _weights[index];

    public void Add(string value, int weight)
    {
        if (_last is null || !string.Equals(value, _last, StringComparison.Ordinal))
        {
            if (!_index.TryGetValue(value, out _lastIndex))
            {
                _lastIndex = _values.Count;
                _index.Add(value, _lastIndex);
                _values.Add(value);
                _weights.Add(0);
            }

            _last = value;
        }

        var total = _weights[_lastIndex] += weight;
        if (Leader is null || total > _leaderWeight || ReferenceEquals(_values[_lastIndex], Leader))
        {
            Leader = _values[_lastIndex];
            _leaderWeight = total;
        }
    }
}
