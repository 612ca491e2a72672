namespace NewsCorpus.Generator.Configuration;

/// <summary>
/// The MSBuild properties and item metadata the generator reads. The package's build props declare each of
/// them as compiler-visible; keep the two lists and docs/configuration in README in step.
/// </summary>
internal static class MSBuildNames
{
    public const string PropertyPrefix = "build_property.";
    public const string MetadataPrefix = "build_metadata.AdditionalFiles.";

    public const string RootNamespace = "RootNamespace";
    public const string ProjectDir = "ProjectDir";
    public const string Namespace = "NewsCorpusNamespace";
    public const string ClassName = "NewsCorpusClassName";
    public const string ChunkSize = "NewsCorpusChunkSize";

    /// <summary>Item metadata that marks an AdditionalFiles item as a corpus article.</summary>
    public const string CorpusMetadata = "NewsCorpus";

    /// <summary>Item metadata naming the folder ids are relative to.</summary>
    public const string RootMetadata = "NewsCorpusRoot";
}
