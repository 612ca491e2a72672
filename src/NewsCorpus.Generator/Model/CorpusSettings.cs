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
}
