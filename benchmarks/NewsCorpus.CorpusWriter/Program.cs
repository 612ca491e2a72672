using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;

namespace NewsCorpus.CorpusWriter;

/// <summary>
/// newscorpus-writer --size 5MB --out DIR [--seed 1] [--json FILE]
/// Writes synthetic articles (section/NNNNNN.txt) until the corpus reaches the size; the same arguments always
/// give the same bytes. --json also writes the same articles as one JSON array, for the System.Text.Json baseline.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        long size = 0;
        string? output = null, json = null;
        ulong seed = 1;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--size": size = ParseSize(args[i + 1]); break;
                case "--out": output = args[i + 1]; break;
                case "--seed": seed = ulong.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--json": json = args[i + 1]; break;
                default: return Usage($"unknown option {args[i]}");
            }
        }

        if (size <= 0 || output is null)
        {
            return Usage("--size and --out are required");
        }

        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var random = new SplitMix64(seed);
        using var jsonStream = json is null ? null : File.Create(json);
        using var jsonWriter = jsonStream is null ? null : new Utf8JsonWriter(jsonStream);
        jsonWriter?.WriteStartArray();

        long written = 0;
        var count = 0;
        while (written < size)
        {
            var article = ArticleWriter.Write(random, count++);
            var bytes = utf8.GetBytes(article.Text);
            var path = Path.Combine(output, article.Id.Replace('/', Path.DirectorySeparatorChar) + ".txt");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
            written += bytes.Length;

            if (jsonWriter is not null)
            {
                jsonWriter.WriteStartObject();
                jsonWriter.WriteString("id", article.Id);
                jsonWriter.WriteString("title", article.Title);
                jsonWriter.WriteString("dateline", article.Dateline);
                jsonWriter.WriteStartArray("paragraphs");
                foreach (var paragraph in article.Paragraphs)
                {
                    jsonWriter.WriteStringValue(paragraph);
                }

                jsonWriter.WriteEndArray();
                jsonWriter.WriteEndObject();
            }
        }

        jsonWriter?.WriteEndArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} articles, {written} bytes in {output}"));
        return 0;
    }

    private static long ParseSize(string text)
    {
        text = text.Trim().ToUpperInvariant();
        long unit = 1;
        foreach (var (suffix, factor) in new[] { ("GB", 1L << 30), ("MB", 1L << 20), ("KB", 1L << 10), ("B", 1L) })
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal))
            {
                unit = factor;
                text = text.Substring(0, text.Length - suffix.Length);
                break;
            }
        }

        return (long)(double.Parse(text, CultureInfo.InvariantCulture) * unit);
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"newscorpus-writer: {problem}\nusage: --size 5MB --out DIR [--seed 1] [--json FILE]");
        return 1;
    }
}
