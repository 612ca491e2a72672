using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>A paragraph read for attribution: its tokens, sentences, and the mentions and clauses of each sentence.</summary>
internal sealed class ParagraphAnalysis
{
    public ParagraphAnalysis(string text, List<Token> tokens, List<(int Start, int End)> sentences)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Mentions = new List<Mention>[sentences.Count];
        Clauses = new ReportingClause[]?[sentences.Count];
    }

    public string Text { get; }

    public List<Token> Tokens { get; }

    public List<(int Start, int End)> Sentences { get; }

    public List<Mention>[] Mentions { get; }

    /// <summary>Found when the sentence is reached (or peeked at from the sentence before).</summary>
    public ReportingClause[]?[] Clauses { get; }

    public ReportingClause[] ClausesOf(int sentence)
    {
        var (start, end) = Sentences[sentence];
        return Clauses[sentence] ??= CueFrames.Find(Tokens, start, end, Mentions[sentence]);
    }
}

/// <summary>Who a quotation is attributed to: a speaker, or nobody by name ("officials said"); and the cue that says so.</summary>
internal sealed record Attribution(SpeakerEntity? Speaker, string? Cue);
