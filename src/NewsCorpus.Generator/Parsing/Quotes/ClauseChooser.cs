using System;
using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>
/// Picks the attribution of a quotation among the reporting clauses of its sentence: the one right after it
/// ("…,” said X), else the nearest before it (X said that … “…”), else the nearest after it, else one whose subject
/// is before it and verb after it ("The union, calling the cuts “…”, said …"). Weak verbs ("called", "welcomed")
/// count only when the sentence has no other, or when no other is placed around the quotation: in "The union called
/// the cuts “…” and said it would ballot members", "called" frames the quotation. A place or a news outlet ("Russia
/// had warned", "TASS has reported") gives way to a person or body in the same sentence. Clauses are kept sorted,
/// so a sentence with thousands of quotations and clauses is still read in n log n.
/// </summary>
internal sealed class ClauseChooser
{
    private const int SecondHandWindow = 16;

    private static readonly Comparison<ReportingClause> s_byFirst = (a, b) => a.First.CompareTo(b.First);
    private static readonly Comparison<ReportingClause> s_byLast = (a, b) => a.Last.CompareTo(b.Last);

    private readonly ReportingClause[] _byFirst;
    private readonly ReportingClause[] _byLast;

    /// <summary>The weak clauses, when there are strong ones too: asked only when no strong one is placed around the quotation.</summary>
    private readonly ClauseChooser? _weak;

    public ClauseChooser(ReportingClause[] clauses)
    {
        var strong = 0;
        foreach (var clause in clauses)
        {
            strong += clause.Weak ? 0 : 1;
        }

        if (strong == 0 || strong == clauses.Length)
        {
            _byFirst = SortedCopy(clauses, s_byFirst);
        }
        else
        {
            var strongClauses = new ReportingClause[strong];
            var weakClauses = new ReportingClause[clauses.Length - strong];
            int s = 0, w = 0;
            foreach (var clause in clauses)
            {
                if (clause.Weak)
                {
                    weakClauses[w++] = clause;
                }
                else
                {
                    strongClauses[s++] = clause;
                }
            }

            _byFirst = SortedCopy(strongClauses, s_byFirst);
            _weak = new ClauseChooser(weakClauses);
        }

        _byLast = SortedCopy(_byFirst, s_byLast);
    }

    /// <summary>The clauses sorted, in a copy: the sentence keeps its own in the order found. One clause or none is already sorted, and shared.</summary>
    private static ReportingClause[] SortedCopy(ReportingClause[] clauses, Comparison<ReportingClause> order)
    {
        if (clauses.Length < 2)
        {
            return clauses;
        }

        var sorted = (ReportingClause[])clauses.Clone();
        Array.Sort(sorted, order);
        return sorted;
    }

    public ReportingClause? Choose(int quote, List<Token> tokens)
    {
        if (_byFirst.Length == 0)
        {
            return null;
        }

        // The first clause starting after the quotation.
        var afterIndex = FirstStartingAfter(quote);
        ReportingClause? after = afterIndex < _byFirst.Length ? _byFirst[afterIndex] : null;
        var beforeIndex = LastEndingBefore(quote);
        if (after is not null && OnlyPunctuationBetween(tokens, quote + 1, after.First))
        {
            return IsSecondHand(after) ? FirstHandNear(quote, afterIndex, beforeIndex) ?? after : after;
        }

        ReportingClause? before = beforeIndex >= 0 ? _byLast[beforeIndex] : null;
        var chosen = before ?? after;
        if (chosen is null)
        {
            return Around(quote, afterIndex) ?? _weak?.Choose(quote, tokens);
        }

        return IsSecondHand(chosen) ? FirstHandNear(quote, afterIndex, beforeIndex) ?? chosen : chosen;
    }

    /// <summary>The nearest clause whose subject comes before the quotation and whose verb comes after it.</summary>
    private ReportingClause? Around(int quote, int afterIndex)
    {
        for (var i = afterIndex - 1; i >= 0 && afterIndex - i <= SecondHandWindow; i--)
        {
            if (_byFirst[i].Last > quote)
            {
                return _byFirst[i];
            }
        }

        return null;
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

        for (var i = afterIndex; i < _byFirst.Length && i - afterIndex < SecondHandWindow; i++)
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
        int low = 0, high = _byFirst.Length;
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
        int low = 0, high = _byLast.Length;
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
