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
public sealed class WriteNewsCorpusResource : Task
{
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
    public override bool Execute()
    {
        var ok = ExecuteCore();
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
            if (File.Exists(OutputFile) && File.Exists(IndexPath) && File.Exists(inputsFile) && File.ReadAllText(inputsFile) == inputs && ReadHeader(OutputFile) is { } existing)
            {
                Digest = existing;
                Log.LogMessage(MessageImportance.Low, "NewsCorpus: corpus resource '{0}' is up to date.", OutputFile);
                return true;
            }

            // Reading overlaps across files as parsing does (CorpusBlobBuilder): the order of the array is the items' order.
            var sources = new CorpusBlobSource[paths.Count];
            System.Threading.Tasks.Parallel.For(0, sources.Length, i => sources[i] = new CorpusBlobSource(paths[i].Path, paths[i].Root, ReadOrNull(paths[i].Path)));

            var limit = long.TryParse(MaxArticleBytes, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) && parsed > 0
                ? parsed
                : Model.CorpusSettings.DefaultMaxArticleBytes;
            var aliases = new List<Model.EntityAliasFileSpec>(aliasPaths.Count);
            foreach (var (path, _) in aliasPaths)
            {
                // Decoded as the compiler decodes AdditionalFiles, so the rules are the ones the generator reads.
                var bytes = ReadOrNull(path);
                aliases.Add(new Model.EntityAliasFileSpec(path, bytes is null ? null : CorpusTextDecoder.Decode(bytes)));
            }

            var blob = CorpusBlobBuilder.Build(sources, aliases, limit, ParseChunkSize(ChunkSize));
            var header = blob.Header;
            if (!StartsWith(OutputFile, header))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(OutputFile))!);
                var temporary = OutputFile + ".tmp";
                using (var output = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
                {
                    CorpusBlobBuilder.Write(output, blob);
                }

                if (File.Exists(OutputFile))
                {
                    File.Delete(OutputFile);
                }

                File.Move(temporary, OutputFile);
            }

            // The index after the resource: a crash in between leaves an index for the previous resource, which the
            // generator rejects (its header is not the digest) and parses instead.
            WriteAtomically(IndexPath, ResourceIndexFormat.Write(blob.Index));
            File.WriteAllText(inputsFile, inputs);
            Digest = header;
            Log.LogMessage(MessageImportance.Normal, "NewsCorpus: {0} articles from {1} corpus bytes stored as resource '{2}' ({3}).", blob.Records.Count, totalBytes, ResourceName, OutputFile);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Not fatal: without a digest the generator stores the corpus inline and says so (NC0030 when asked for resource).
            Log.LogWarning("NewsCorpus: could not write the corpus resource '{0}' ({1}); the corpus is stored inline.", OutputFile, exception.Message);
            return true;
        }
    }

    private static void WriteAtomically(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        File.Move(temporary, path);
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

    private static string? ReadHeader(string file)
    {
        using var reader = new StreamReader(file, Encoding.ASCII);
        var line = reader.ReadLine();
        return line is not null && line.StartsWith("newscorpus-", StringComparison.Ordinal) ? line : null;
    }

    private static byte[]? ReadOrNull(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Whether the file already holds this corpus: equal headers mean equal records, so it is left alone and stays up to date.</summary>
    private static bool StartsWith(string file, string header)
    {
        if (!File.Exists(file))
        {
            return false;
        }

        var expected = CorpusBlobFormat.HeaderBytes(header);
        var actual = new byte[expected.Length];
        using var stream = File.OpenRead(file);
        var read = 0;
        while (read < actual.Length)
        {
            var n = stream.Read(actual, read, actual.Length - read);
            if (n == 0)
            {
                return false;
            }

            read += n;
        }

        return Encoding.ASCII.GetString(actual) == Encoding.ASCII.GetString(expected);
    }
}
