namespace NewsCorpus.Generator.Model;

/// <summary>
/// The part of <see cref="CorpusSettings"/> the search outputs depend on. Keeping only these means a change to
/// another setting (the storage mode, the resource digest) does not rebuild the index or re-emit its files.
/// </summary>
/// <param name="Namespace">Namespace of the generated corpus class; empty for the global namespace.</param>
/// <param name="ClassName">Name of the generated static corpus class.</param>
/// <param name="ChunkSize">Target size in bytes of one stored data chunk.</param>
internal sealed record SearchSettingsSpec(string Namespace, string ClassName, int ChunkSize)
{
    public static SearchSettingsSpec From(CorpusSettings settings) => new(settings.Namespace, settings.ClassName, settings.ChunkSize);
}
