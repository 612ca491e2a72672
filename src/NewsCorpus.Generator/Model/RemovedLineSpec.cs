namespace NewsCorpus.Generator.Model;

/// <summary>A source line the parser set aside instead of using as body text, kept so nothing is silently lost.</summary>
/// <param name="Text">The line as it appeared.</param>
/// <param name="Reason">Why it was set aside.</param>
/// <param name="Line">Zero-based line number in the source file.</param>
internal sealed record RemovedLineSpec(string Text, global::NewsCorpus.RemovalReason Reason, int Line);
