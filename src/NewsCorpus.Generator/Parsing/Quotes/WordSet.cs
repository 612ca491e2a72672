using System;
using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>
/// One word list of the lexicons, matched without regard to case. All lists share one dictionary
/// (<see cref="Lexicon"/>), so a word is looked up once and each token carries the flags of every list it is in.
/// </summary>
internal sealed class WordSet
{
    public WordSet(LexFlags flag, params string[] lists)
    {
        Flag = flag;
        var words = new List<string>();
        foreach (var list in lists)
        {
            words.AddRange(list.Split(new[] { ' ', '\n', '\r', '\t' }, StringSplitOptions.RemoveEmptyEntries));
        }

        Words = words;
    }

    public LexFlags Flag { get; }

    public IReadOnlyList<string> Words { get; }

    public bool Contains(string word) => (Lexicon.Of(word) & Flag) != 0;
}
