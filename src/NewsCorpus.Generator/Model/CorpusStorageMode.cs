namespace NewsCorpus.Generator.Model;

/// <summary>
/// Where the article records are stored (MSBuild property NewsCorpusStorage). The build targets make the choice
/// for <see cref="Auto"/> from the corpus size; the generator follows whatever the targets embedded.
/// </summary>
internal enum CorpusStorageMode
{
    /// <summary>Resource storage above the size threshold when the package's build targets run, inline otherwise.</summary>
    Auto,

    /// <summary>Records in <c>"..."u8</c> chunks of generated source: works with a plain analyzer reference.</summary>
    Inline,

    /// <summary>Records in an embedded resource written by the build task; generated code holds only the index.</summary>
    Resource,
}
