using System;

namespace NewsCorpus.Generator.Parsing.Structure;

/// <summary>
/// Phrases looked for anywhere in a line, ignoring case. When they all open with the same words ("contributed …"),
/// a line without those words is passed over after one search instead of one per phrase: a phrase found in a line
/// brings its opening with it, character for character, under ordinal case-insensitive comparison.
/// </summary>
internal sealed class PhraseList
{
    private readonly string[] _phrases;
    private readonly string _sharedOpening;

    public PhraseList(params string[] phrases)
    {
        _phrases = phrases;
        _sharedOpening = SharedOpening(phrases);
    }

    public bool ContainsAny(string text) => ContainsAny(text, 0, text.Length);

    /// <summary><see cref="ContainsAny(string)"/> of <c>text[start..end)</c>, read in place.</summary>
    public bool ContainsAny(string text, int start, int end)
    {
        if (_sharedOpening.Length > 0 && text.IndexOf(_sharedOpening, start, end - start, StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        foreach (var phrase in _phrases)
        {
            if (text.IndexOf(phrase, start, end - start, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest opening all phrases share, compared exactly (the phrases are written in one case).</summary>
    private static string SharedOpening(string[] phrases)
    {
        if (phrases.Length < 2)
        {
            return string.Empty;
        }

        var length = phrases[0].Length;
        foreach (var phrase in phrases)
        {
            length = Math.Min(length, phrase.Length);
            for (var i = 0; i < length; i++)
            {
                if (phrase[i] != phrases[0][i])
                {
                    length = i;
                    break;
                }
            }
        }

        // Never half a surrogate pair: the pair is compared as one character.
        if (length > 0 && char.IsHighSurrogate(phrases[0][length - 1]))
        {
            length--;
        }

        return phrases[0].Substring(0, length);
    }
}
