using System.Collections.Generic;

namespace NewsCorpus.Generator.Tasks;

/// <summary>
/// One resource build, everything decided: which files, with which settings, to which outputs. The task fills it
/// from its parameters; <see cref="ResourceWriter"/> carries it out, in the build process or in a worker process
/// (<see cref="ResourceWorker"/>), which gets it as a file. It holds no MSBuild type, so the worker never loads one.
/// </summary>
internal sealed class ResourceRequest
{
    public ResourceRequest(
        IReadOnlyList<(string Path, string? Root)> corpusFiles,
        IReadOnlyList<string> aliasFiles,
        long maxArticleBytes,
        int chunkSize,
        string outputFile,
        string indexFile,
        string inputsFile,
        string inputs)
    {
        CorpusFiles = corpusFiles;
        AliasFiles = aliasFiles;
        MaxArticleBytes = maxArticleBytes;
        ChunkSize = chunkSize;
        OutputFile = outputFile;
        IndexFile = indexFile;
        InputsFile = inputsFile;
        Inputs = inputs;
    }

    /// <summary>The corpus files in item order, each with its NewsCorpusRoot resolved (ids are relative to it).</summary>
    public IReadOnlyList<(string Path, string? Root)> CorpusFiles { get; }

    /// <summary>The entity alias files in item order.</summary>
    public IReadOnlyList<string> AliasFiles { get; }

    public long MaxArticleBytes { get; }

    public int ChunkSize { get; }

    /// <summary>The resource (obj/newscorpus.records).</summary>
    public string OutputFile { get; }

    /// <summary>The index the generator reads instead of the corpus (obj/newscorpus.index).</summary>
    public string IndexFile { get; }

    /// <summary>Where <see cref="Inputs"/> is written once both outputs are: the next build's up-to-date check.</summary>
    public string InputsFile { get; }

    /// <summary>The fingerprint of every input (paths, sizes, times, settings, the task assembly).</summary>
    public string Inputs { get; }
}
