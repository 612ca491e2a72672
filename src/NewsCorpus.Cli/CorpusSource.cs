using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing;

namespace NewsCorpus.Cli;

/// <summary>Loads articles either from the compiled seed dataset or by parsing a folder with the generator's parser.</summary>
internal static class CorpusSource
{
    /// <summary>Problems found while parsing a folder, as "path(line,col): NCxxxx: message" lines for standard error.</summary>
    public sealed record LoadResult(IReadOnlyList<ArticleView> Articles, IReadOnlyList<string> Problems);

    public static LoadResult Load(DirectoryInfo? folder) =>
        folder is null ? LoadEmbedded() : LoadFolder(folder);

    public static LoadResult LoadEmbedded() =>
        new(Corpus.Articles.Select(ArticleViews.FromCompiled).ToList(), Array.Empty<string>());

    public static LoadResult LoadFolder(DirectoryInfo folder)
    {
        if (!folder.Exists)
        {
            throw new DirectoryNotFoundException($"The folder '{folder.FullName}' does not exist.");
        }

        var files = folder.EnumerateFiles("*.txt", SearchOption.AllDirectories)
            .OrderBy(f => f.FullName, StringComparer.Ordinal)
            .ToList();
        var articles = new List<ArticleView>(files.Count);
        var problems = new List<string>();
        foreach (var file in files)
        {
            var spec = new CorpusFileSpec(file.FullName, ArticleIds.FromPath(file.FullName, folder.FullName), ReadText(file));
            var result = ArticleParser.Parse(spec);
            if (result.Article is not null)
            {
                articles.Add(ArticleViews.FromSpec(result.Article));
            }

            foreach (var diagnostic in result.Diagnostics)
            {
                problems.Add($"{diagnostic.FilePath}({diagnostic.Span.StartLine + 1},{diagnostic.Span.StartColumn + 1}): {diagnostic.DescriptorId}: {DiagnosticIds.Format(diagnostic)}");
            }
        }

        articles.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new LoadResult(articles, problems);
    }

    /// <summary>Decodes like the compiler does for additional files: a BOM wins, otherwise UTF-8.</summary>
    private static string ReadText(FileInfo file)
    {
        using var reader = new StreamReader(file.FullName, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
