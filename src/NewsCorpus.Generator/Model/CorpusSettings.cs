namespace NewsCorpus.Generator.Model;

/// <summary>
/// The MSBuild settings the generator reads, resolved and validated. Equatable so that an unrelated change to
/// the project's options leaves every downstream step cached.
/// </summary>
/// <param name="Namespace">Namespace of the generated corpus class; empty for the global namespace.</param>
/// <param name="ClassName">Name of the generated static corpus class.</param>
/// <param name="ChunkSize">Target size in bytes of one stored data chunk.</param>
/// <param name="Diagnostics">Problems with the settings themselves (an invalid name, say); defaults were used instead.</param>
internal sealed record CorpusSettings(
    string Namespace,
    string ClassName,
    int ChunkSize,
    EquatableArray<DiagnosticSpec> Diagnostics)
{
    public const string DefaultClassName = "Corpus";

    /// <summary>About 1 MB: large enough to keep the chunk count low, small enough for the compiler to handle cheaply.</summary>
    public const int DefaultChunkSize = 1 << 20;

    public string FullClassName => Namespace.Length == 0 ? ClassName : Namespace + "." + ClassName;

    /// <summary>64 MB: far above any real article, low enough that one stray file cannot exhaust the compiler.</summary>
    public const long DefaultMaxArticleBytes = 64L << 20;

    /// <summary>512 MB of stored records: a corpus of several hundred MB still compiles, a runaway folder does not take the compiler's memory.</summary>
    public const long DefaultMaxCorpusBytes = 512L << 20;

    /// <summary>NewsCorpusMaxArticleBytes: articles with more UTF-8 bytes of text are skipped (NC0012).</summary>
    public long MaxArticleBytes { get; init; } = DefaultMaxArticleBytes;

    /// <summary>NewsCorpusMaxCorpusBytes: records past this total, in id order, are left out (NC0013).</summary>
    public long MaxCorpusBytes { get; init; } = DefaultMaxCorpusBytes;

    /// <summary>
    /// 1000: a named member is a few hundred bytes of source with its preview, so a larger corpus would spend more
    /// on members than the 5% of its size the generated code aims at (docs/entities.md).
    /// </summary>
    public const int DefaultNamedAccessorLimit = 1000;

    /// <summary>NewsCorpusNamedAccessorLimit "all" (or -1): every article and entity gets its member.</summary>
    public const int UnlimitedNamedAccessors = int.MaxValue;

    /// <summary>NewsCorpusNamedAccessorLimit: most named article members, and most named entity members (NC0014).</summary>
    public int NamedAccessorLimit { get; init; } = DefaultNamedAccessorLimit;

    /// <summary>The storage the project asked for (NewsCorpusStorage).</summary>
    public CorpusStorageMode Storage { get; init; } = CorpusStorageMode.Auto;

    /// <summary>
    /// The header of the corpus resource the build task embedded (NewsCorpusResourceDigest), or null when it
    /// embedded none: then the records are stored inline whatever <see cref="Storage"/> says.
    /// </summary>
    public string? ResourceDigest { get; init; }
}
