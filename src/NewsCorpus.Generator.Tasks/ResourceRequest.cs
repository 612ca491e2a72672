using System.Collections.Generic;

namespace NewsCorpus.Generator.Tasks;

/// <summary>
/// One resource build, everything decided: which files, with which settings, to which outputs. The task fills it
/// from its parameters; <see cref="ResourceWriter"/> carries it out, in the build process or in a worker process
/// (<see cref="ResourceWorker"/>), which gets it as a file. It holds no MSBuild type, so the worker never loads one.
/// </summary>
/// <param name="CorpusFiles">The corpus files in item order, each with its NewsCorpusRoot resolved (ids are relative to it).</param>
/// <param name="AliasFiles">The entity alias files in item order.</param>
/// <param name="MaxArticleBytes">NewsCorpusMaxArticleBytes, resolved.</param>
/// <param name="ChunkSize">NewsCorpusChunkSize, resolved.</param>
/// <param name="OutputFile">The resource (obj/newscorpus.records).</param>
/// <param name="IndexFile">The index the generator reads instead of the corpus (obj/newscorpus.index).</param>
/// <param name="InputsFile">Where <paramref name="Inputs"/> is written once both outputs are: the next build's up-to-date check.</param>
/// <param name="Inputs">The fingerprint of every input (paths, sizes, times, settings, the task assembly).</param>
internal sealed record ResourceRequest(
    IReadOnlyList<(string Path, string? Root)> CorpusFiles,
    IReadOnlyList<string> AliasFiles,
    long MaxArticleBytes,
    int ChunkSize,
    string OutputFile,
    string IndexFile,
    string InputsFile,
    string Inputs);
