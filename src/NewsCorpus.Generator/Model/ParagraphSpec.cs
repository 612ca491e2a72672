namespace NewsCorpus.Generator.Model;

/// <summary>A body paragraph.</summary>
/// <param name="Text">The clean text a reader sees.</param>
/// <param name="Subheading">Index into <see cref="ArticleSpec.Subheadings"/> of the subheading above it, or -1.</param>
/// <param name="Line">Zero-based line in the source file where the paragraph starts.</param>
internal sealed record ParagraphSpec(string Text, int Subheading, int Line);
