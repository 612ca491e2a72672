using System;
using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing.Structure;

/// <summary>
/// The authors met so far, by full name and by surname, in any letter case: an author's note may say "Doe is a
/// reporter …" and the name line above it may read "jane doe". Lookups are constant time however many there are.
/// </summary>
internal sealed class KnownAuthors
{
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string name)
    {
        _names.Add(name);
        var space = name.LastIndexOf(' ');
        if (space > 0)
        {
            _names.Add(name.Substring(space + 1));
        }
    }

    public bool Contains(string name) => _names.Contains(name);
}
