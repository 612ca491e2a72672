namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>An attribution in a sentence: a reporting verb or frame and who it says is speaking.</summary>
internal sealed class ReportingClause
{
    public ReportingClause(int verb, Mention subject, string cue, bool weak)
    {
        Verb = verb;
        Subject = subject;
        Cue = cue;
        Weak = weak;
    }

    /// <summary>Token of the verb (or of "according").</summary>
    public int Verb { get; }

    public Mention Subject { get; }

    /// <summary>The verb or frame as the article words it, in lower case: "said", "according to", "quoted as saying".</summary>
    public string Cue { get; }

    /// <summary>A verb like "called" or "welcomed" that attributes only when nothing stronger does.</summary>
    public bool Weak { get; }

    /// <summary>First token the clause covers (subject or verb).</summary>
    public int First => System.Math.Min(Verb, Subject.First);

    /// <summary>Last token the clause covers.</summary>
    public int Last => System.Math.Max(Verb, Subject.AppositionEnd >= 0 ? System.Math.Max(Subject.Last, Subject.AppositionEnd) : Subject.Last);
}
