using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>A paragraph read for attribution: its tokens, sentences, and the mentions and clauses of each sentence.</summary>
/// <remarks>Its lists are the caller's, reused from article to article: the analysis lives only while its article is attributed.</remarks>
internal sealed class ParagraphAnalysis
{
    private readonly List<ReportingClause[]?> _clauses;

    /// <param name="clauses">Emptied here, then one entry per sentence, filled when the sentence is reached.</param>
    public ParagraphAnalysis(string text, List<Token> tokens, List<(int Start, int End)> sentences, List<List<Mention>> mentions, List<ReportingClause[]?> clauses)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Mentions = mentions;
        _clauses = clauses;
        _clauses.Clear();
        for (var s = 0; s < sentences.Count; s++)
        {
            _clauses.Add(null);
        }
    }

    public string Text { get; }

    public List<Token> Tokens { get; }

    public List<(int Start, int End)> Sentences { get; }

    /// <summary>The mentions of each sentence, in order.</summary>
    public List<List<Mention>> Mentions { get; }

    /// <summary>Found when the sentence is reached (or peeked at from the sentence before).</summary>
    public ReportingClause[] ClausesOf(int sentence)
    {
        if (_clauses[sentence] is { } found)
        {
            return found;
        }

        var (start, end) = Sentences[sentence];
        return _clauses[sentence] = CueFrames.Find(Tokens, start, end, Mentions[sentence]);
    }
}

/// <summary>Who a quotation is attributed to: a speaker, or nobody by name ("officials said"); and the cue that says so.</summary>
internal sealed record Attribution(SpeakerEntity? Speaker, string? Cue);
