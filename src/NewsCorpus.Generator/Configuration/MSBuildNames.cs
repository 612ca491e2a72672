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

    /// <summary>Largest article, in UTF-8 bytes of text, that is compiled; a larger one is skipped with NC0012.</summary>
    public const string MaxArticleBytes = "NewsCorpusMaxArticleBytes";

    /// <summary>Largest total of stored records compiled inline; articles past it are left out with NC0013.</summary>
    public const string MaxCorpusBytes = "NewsCorpusMaxCorpusBytes";

    /// <summary>
    /// Most named article and entity accessors generated: a number (0 for none), or "all" / -1 for no limit. Above
    /// it articles get no members and only the most-mentioned entities do (NC0014).
    /// </summary>
    public const string NamedAccessorLimit = "NewsCorpusNamedAccessorLimit";

    /// <summary>auto, inline or resource; see <c>CorpusStorageMode</c>.</summary>
    public const string Storage = "NewsCorpusStorage";

    /// <summary>Set by the build targets once they embedded the corpus resource: its header line.</summary>
    public const string ResourceDigest = "NewsCorpusResourceDigest";

    /// <summary>Item metadata that marks an AdditionalFiles item as a corpus article.</summary>
    public const string CorpusMetadata = "NewsCorpus";

    /// <summary>Item metadata naming the folder ids are relative to.</summary>
    public const string RootMetadata = "NewsCorpusRoot";

    /// <summary>Item metadata that marks an AdditionalFiles item as an entity alias file (docs/entities.md).</summary>
    public const string AliasesMetadata = "NewsCorpusAliases";

    /// <summary>Marks the resource index the build task wrote (obj/newscorpus.index), passed as an AdditionalFiles item.</summary>
    public const string IndexMetadata = "NewsCorpusIndex";
}
