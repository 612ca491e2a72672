using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>
/// Picks the attribution of a quotation among the reporting clauses of its sentence: the one right after it
/// ("…,” said X), else the nearest before it (X said that … “…”), else the nearest after it. Weak verbs
/// ("called", "welcomed") count only when the sentence has no other. A place or a news outlet ("Russia had
/// warned", "TASS has reported") gives way to a person or body in the same sentence. Clauses are kept sorted,
/// so a sentence with thousands of quotations and clauses is still read in n log n.
/// </summary>
internal sealed class ClauseChooser
{
    private const int SecondHandWindow = 16;

    private readonly List<ReportingClause> _byFirst = new();
    private readonly List<ReportingClause> _byLast;

    public ClauseChooser(List<ReportingClause> clauses)
    {
        foreach (var clause in clauses)
        {
            if (!clause.Weak)
            {
                _byFirst.Add(clause);
            }
        }

        if (_byFirst.Count == 0)
        {
            _byFirst.AddRange(clauses);
        }

        _byFirst.Sort((a, b) => a.First.CompareTo(b.First));
        _byLast = new List<ReportingClause>(_byFirst);
        _byLast.Sort((a, b) => a.Last.CompareTo(b.Last));
    }

    public ReportingClause? Choose(int quote, List<Token> tokens)
    {
        if (_byFirst.Count == 0)
        {
            return null;
        }

        // The first clause starting after the quotation.
        var afterIndex = FirstStartingAfter(quote);
        ReportingClause? after = afterIndex < _byFirst.Count ? _byFirst[afterIndex] : null;
        var beforeIndex = LastEndingBefore(quote);
        if (after is not null && OnlyPunctuationBetween(tokens, quote + 1, after.First))
        {
            return IsSecondHand(after) ? FirstHandNear(quote, afterIndex, beforeIndex) ?? after : after;
        }

        ReportingClause? before = beforeIndex >= 0 ? _byLast[beforeIndex] : null;
        var chosen = before ?? after;
        return chosen is not null && IsSecondHand(chosen) ? FirstHandNear(quote, afterIndex, beforeIndex) ?? chosen : chosen;
    }

    private ReportingClause? FirstHandNear(int quote, int afterIndex, int beforeIndex)
    {
        ReportingClause? best = null;
        for (var i = beforeIndex; i >= 0 && beforeIndex - i < SecondHandWindow; i--)
        {
            if (!IsSecondHand(_byLast[i]))
            {
                best = _byLast[i];
                break;
            }
        }

        for (var i = afterIndex; i < _byFirst.Count && i - afterIndex < SecondHandWindow; i++)
        {
            var clause = _byFirst[i];
            if (!IsSecondHand(clause))
            {
                if (best is null || clause.First - quote < quote - best.Last)
                {
                    best = clause;
                }

                break;
            }
        }

        return best;
    }

    private int FirstStartingAfter(int quote)
    {
        int low = 0, high = _byFirst.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (_byFirst[middle].First > quote)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    private int LastEndingBefore(int quote)
    {
        int low = 0, high = _byLast.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (_byLast[middle].Last < quote)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low - 1;
    }

    private static bool IsSecondHand(ReportingClause clause) => clause.Subject.Entity is { } entity && (entity.IsPlace || entity.IsMedia);

    private static bool OnlyPunctuationBetween(List<Token> tokens, int from, int to)
    {
        if (to - from > 2)
        {
            return false;
        }

        for (var t = from; t < to; t++)
        {
            if (tokens[t].Kind != TokenKind.Punctuation)
            {
                return false;
            }
        }

        return true;
    }
}
