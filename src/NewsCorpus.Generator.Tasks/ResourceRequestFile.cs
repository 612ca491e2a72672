#if NET
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace NewsCorpus.Generator.Tasks;

/// <summary>
/// A <see cref="ResourceRequest"/> as the file the worker process reads (obj/newscorpus.request): JSON, because
/// paths may hold any character a line-based format would have to escape.
/// </summary>
internal static class ResourceRequestFile
{
    public static void Write(ResourceRequest request, string path)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteStartArray("corpusFiles");
        foreach (var (file, root) in request.CorpusFiles)
        {
            json.WriteStartObject();
            json.WriteString("path", file);
            json.WriteString("root", root);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("aliasFiles");
        foreach (var file in request.AliasFiles)
        {
            json.WriteStringValue(file);
        }

        json.WriteEndArray();
        json.WriteNumber("maxArticleBytes", request.MaxArticleBytes);
        json.WriteNumber("chunkSize", request.ChunkSize);
        json.WriteString("outputFile", request.OutputFile);
        json.WriteString("indexFile", request.IndexFile);
        json.WriteString("inputsFile", request.InputsFile);
        json.WriteString("inputs", request.Inputs);
        json.WriteEndObject();
    }

    public static ResourceRequest Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = document.RootElement;
        var corpusFiles = new List<(string Path, string? Root)>();
        foreach (var file in root.GetProperty("corpusFiles").EnumerateArray())
        {
            corpusFiles.Add((file.GetProperty("path").GetString()!, file.GetProperty("root").GetString()));
        }

        var aliasFiles = new List<string>();
        foreach (var file in root.GetProperty("aliasFiles").EnumerateArray())
        {
            aliasFiles.Add(file.GetString()!);
        }

        return new ResourceRequest(
            corpusFiles,
            aliasFiles,
            root.GetProperty("maxArticleBytes").GetInt64(),
            root.GetProperty("chunkSize").GetInt32(),
            root.GetProperty("outputFile").GetString()!,
            root.GetProperty("indexFile").GetString()!,
            root.GetProperty("inputsFile").GetString()!,
            root.GetProperty("inputs").GetString()!);
    }
}
#endif
