using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Storage;

namespace NewsCorpus.Generator.Tasks;

/// <summary>What one resource build wrote: the resource's header line (the digest the generator checks) and how many articles it holds.</summary>
internal readonly record struct ResourceOutcome(string Header, int Articles);

/// <summary>
/// Reads the corpus, builds the resource with <see cref="CorpusBlobBuilder"/> and writes the resource, then the index,
/// then the inputs fingerprint. The same code runs in the build process and in the worker process, so where it ran
/// cannot change a byte. I/O failures surface as <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/>.
/// </summary>
internal static class ResourceWriter
{
    public static ResourceOutcome Write(ResourceRequest request)
    {
        // Reading overlaps across files as parsing does (CorpusBlobBuilder): the order of the array is the items' order.
        var files = request.CorpusFiles;
        var sources = new CorpusBlobSource[files.Count];
        Parallel.For(0, sources.Length, i => sources[i] = new CorpusBlobSource(files[i].Path, files[i].Root, ReadOrNull(files[i].Path)));

        var aliases = new List<EntityAliasFileSpec>(request.AliasFiles.Count);
        foreach (var path in request.AliasFiles)
        {
            // Decoded as the compiler decodes AdditionalFiles, so the rules are the ones the generator reads.
            var bytes = ReadOrNull(path);
            aliases.Add(new EntityAliasFileSpec(path, bytes is null ? null : CorpusTextDecoder.Decode(bytes)));
        }

        var blob = CorpusBlobBuilder.Build(sources, aliases, request.MaxArticleBytes, request.ChunkSize);
        var header = blob.Header;
        var output = request.OutputFile;
        if (!StartsWith(output, header))
        {
            WriteAtomically(output, stream => CorpusBlobBuilder.Write(stream, blob));
        }

        // The index after the resource: a crash in between leaves an index for the previous resource, which the
        // generator rejects (its header is not the digest) and parses instead.
        var index = ResourceIndexFormat.Write(blob.Index);
        WriteAtomically(request.IndexFile, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            writer.Write(index);
        });
        File.WriteAllText(request.InputsFile, request.Inputs);
        return new ResourceOutcome(header, blob.Records.Count);
    }

    /// <summary>The resource's header line when <paramref name="file"/> is a corpus resource, else null.</summary>
    public static string? ReadHeader(string file)
    {
        using var reader = new StreamReader(file, Encoding.ASCII);
        var line = reader.ReadLine();
        return line is not null && line.StartsWith("newscorpus-", StringComparison.Ordinal) ? line : null;
    }

    /// <summary>Writes a temporary file next to <paramref name="path"/> and moves it into place, so no reader sees half a file.</summary>
    private static void WriteAtomically(string path, Action<Stream> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            write(stream);
        }

        if (File.Exists(path))
        {
            File.Delete(path);
        }

        File.Move(temporary, path);
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

        return actual.AsSpan().SequenceEqual(expected);
    }
}
