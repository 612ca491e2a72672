using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using NewsCorpus.Generator.Storage;

namespace NewsCorpus.Generator.Tasks;

/// <summary>
/// Decides the corpus storage and, for resource storage, writes the corpus resource: the records, search index,
/// quote clusters and entity index the generator would otherwise put in <c>"..."u8</c> chunks, produced by the same
/// code (<see cref="CorpusBlobBuilder"/>). Its <see cref="Digest"/> (the resource's header line) goes to the
/// generator as NewsCorpusResourceDigest; the generator reads the resource only when its own sections give the
/// same header, so everything that changes a section (the alias files, the chunk size) is an input here too.
/// From the same parse it writes <see cref="IndexFile"/>: everything the generator emits the resource-mode sources
/// from, keyed by a hash of the inputs, so the compiler does not parse the corpus a second time
/// (<see cref="ResourceIndexFormat"/>). <see cref="StateFile"/> records the outcome for the next incremental build.
/// </summary>
public sealed class WriteNewsCorpusResource : Task, ICancelableTask
{
    private readonly System.Threading.CancellationTokenSource _cancellation = new();

    /// <summary>The corpus files: AdditionalFiles with NewsCorpus="true", with their NewsCorpusRoot metadata.</summary>
    [Required]
    public ITaskItem[] CorpusFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The entity alias files: AdditionalFiles with NewsCorpusAliases="true", in item order.</summary>
    public ITaskItem[] AliasFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>NewsCorpusChunkSize, when the project sets it: the search index is cut into chunks of this size, as the generator cuts it.</summary>
    public string ChunkSize { get; set; } = string.Empty;

    /// <summary>The project folder (MSBuild's ProjectDir), against which ids and relative roots resolve.</summary>
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>auto, inline or resource.</summary>
    public string Storage { get; set; } = "auto";

    /// <summary>For auto: the corpus size in bytes above which the corpus becomes a resource.</summary>
    public long Threshold { get; set; } = 32L * 1024 * 1024;

    /// <summary>NewsCorpusMaxArticleBytes, when the project sets it: larger files are skipped, as the generator skips them.</summary>
    public string MaxArticleBytes { get; set; } = string.Empty;

    /// <summary>
    /// NewsCorpusResourceWorker: false parses in the build process. Otherwise the .NET build of this task parses in a
    /// worker process started with runtime settings that suit one pass (<see cref="ResourceWorker"/>).
    /// </summary>
    public string Worker { get; set; } = string.Empty;

    /// <summary>Where to write the resource.</summary>
    [Required]
    public string OutputFile { get; set; } = string.Empty;

    /// <summary>Where to write the resource index (default: newscorpus.index next to <see cref="OutputFile"/>).</summary>
    public string IndexFile { get; set; } = string.Empty;

    /// <summary>
    /// Optional: a file this task always writes, holding <see cref="Digest"/> (empty for inline storage). The targets
    /// run the task only when an input is newer than it, and read the digest from it when they skip the task.
    /// </summary>
    public string StateFile { get; set; } = string.Empty;

    /// <summary>The resource's header line when the corpus is stored as a resource; empty for inline storage.</summary>
    [Output]
    public string Digest { get; private set; } = string.Empty;

    /// <summary>The manifest resource name the generated store opens.</summary>
    [Output]
    public string ResourceName { get; private set; } = CorpusBlobFormat.ResourceName;

    /// <inheritdoc/>
    public void Cancel() => _cancellation.Cancel();

    /// <inheritdoc/>
    public override bool Execute()
    {
        var ok = ExecuteCore();
        if (_cancellation.IsCancellationRequested)
        {
            // The state would say "inline" and stop the next build from running this step: leave it as it was.
            return false;
        }

        if (!string.IsNullOrEmpty(StateFile))
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(StateFile))!);
                File.WriteAllText(StateFile, Digest + "\n");
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                Log.LogWarning("NewsCorpus: could not write '{0}' ({1}); the next build runs this step again.", StateFile, exception.Message);
            }
        }

        return ok;
    }

    private string IndexPath => string.IsNullOrEmpty(IndexFile)
        ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(OutputFile))!, "newscorpus.index")
        : IndexFile;

    private bool ExecuteCore()
    {
        var paths = new List<(string Path, string? Root)>(CorpusFiles.Length);
        long totalBytes = 0;
        foreach (var item in CorpusFiles)
        {
            var path = item.GetMetadata("FullPath");
            paths.Add((path, ResolveRoot(item.GetMetadata("NewsCorpusRoot"))));
            totalBytes += File.Exists(path) ? new FileInfo(path).Length : 0;
        }

        var mode = Storage.Trim().ToLowerInvariant();
        if (mode == "inline" || (mode != "resource" && totalBytes <= Threshold))
        {
            Log.LogMessage(MessageImportance.Low, "NewsCorpus: {0} corpus bytes, stored inline (NewsCorpusStorage={1}).", totalBytes, Storage);
            return true;
        }

        try
        {
            // Parsing a large corpus takes seconds; when no corpus file changed since the last build (same paths,
            // sizes and times, same task), the resource on disk is still right and its header is reused.
            var aliasPaths = new List<(string Path, string? Root)>(AliasFiles.Length);
            foreach (var item in AliasFiles)
            {
                aliasPaths.Add((item.GetMetadata("FullPath"), null));
            }

            var inputs = MaxArticleBytes + "\n" + ChunkSize + "\n" + InputsFingerprint(paths) + "aliases\n" + InputsFingerprint(aliasPaths);
            var inputsFile = OutputFile + ".inputs";
            if (File.Exists(OutputFile) && File.Exists(IndexPath) && File.Exists(inputsFile) && File.ReadAllText(inputsFile) == inputs && ResourceWriter.ReadHeader(OutputFile) is { } existing)
            {
                Digest = existing;
                Log.LogMessage(MessageImportance.Low, "NewsCorpus: corpus resource '{0}' is up to date.", OutputFile);
                return true;
            }

            var limit = long.TryParse(MaxArticleBytes, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) && parsed > 0
                ? parsed
                : Model.CorpusSettings.DefaultMaxArticleBytes;
            var request = new ResourceRequest(paths, aliasPaths.ConvertAll(alias => alias.Path), limit, ParseChunkSize(ChunkSize), OutputFile, IndexPath, inputsFile, inputs);
            if (Write(request, out var where) is not { } outcome)
            {
                return false;
            }

            Digest = outcome.Header;
            Log.LogMessage(MessageImportance.Normal, "NewsCorpus: {0} articles from {1} corpus bytes stored as resource '{2}' ({3}), parsed {4}.", outcome.Articles, totalBytes, ResourceName, OutputFile, where);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Not fatal: without a digest the generator stores the corpus inline and says so (NC0030 when asked for resource).
            Log.LogWarning("NewsCorpus: could not write the corpus resource '{0}' ({1}); the corpus is stored inline.", OutputFile, exception.Message);
            return true;
        }
    }

    /// <summary>
    /// Writes the resource in a worker process where this build of the task has one (.NET) and
    /// NewsCorpusResourceWorker is not false, else in this process. A worker that cannot start, or fails other than
    /// on a file, costs only time: the work is done here instead. Null when the build was cancelled.
    /// </summary>
    private ResourceOutcome? Write(ResourceRequest request, out string where)
    {
#if NET
        if (!string.Equals(Worker.Trim(), "false", StringComparison.OrdinalIgnoreCase) && ResourceWorker.HostPath() is { } host)
        {
            try
            {
                if (ResourceWorker.Run(request, OutputFile + ".request", host, _cancellation.Token, out var failure) is { } outcome)
                {
                    where = "in a worker process";
                    return outcome;
                }

                Log.LogMessage(MessageImportance.High, "NewsCorpus: the resource worker process failed ({0}); parsing in the build process instead.", failure);
            }
            catch (OperationCanceledException)
            {
                where = string.Empty;
                return null;
            }
        }
#endif
        where = "in the build process";
        return ResourceWriter.Write(request);
    }

    /// <summary>The generator's rule (SettingsReader): a whole number of at least 1024 bytes, else the default.</summary>
    private static int ParseChunkSize(string text) =>
        int.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) && parsed >= 1024
            ? parsed
            : Model.CorpusSettings.DefaultChunkSize;

    /// <summary>The same rule as the generator's CorpusFileReader: NewsCorpusRoot, relative to the project, else project/corpus.</summary>
    private string? ResolveRoot(string root)
    {
        var projectDir = ProjectDirectory;
        if (!string.IsNullOrWhiteSpace(root))
        {
            return Path.IsPathRooted(root) || string.IsNullOrEmpty(projectDir) ? root : Path.Combine(projectDir, root);
        }

        return string.IsNullOrEmpty(projectDir) ? null : Path.Combine(projectDir, "corpus");
    }

    private static string InputsFingerprint(List<(string Path, string? Root)> paths)
    {
        var builder = new StringBuilder();
        var task = typeof(WriteNewsCorpusResource).Assembly.Location;
        builder.Append(task).Append('|').Append(File.Exists(task) ? File.GetLastWriteTimeUtc(task).Ticks : 0).Append('\n');
        foreach (var (path, root) in paths)
        {
            var info = new FileInfo(path);
            builder.Append(path).Append('|').Append(root).Append('|');
            builder.Append(info.Exists ? info.Length : -1).Append('|').Append(info.Exists ? info.LastWriteTimeUtc.Ticks : 0).Append('\n');
        }

        return builder.ToString();
    }
}
