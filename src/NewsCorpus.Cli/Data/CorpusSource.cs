using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing;

namespace NewsCorpus.Cli.Data;

/// <summary>Loads articles either from the compiled seed dataset or by parsing a folder with the generator's parser.</summary>
internal static class CorpusSource
{
    /// <summary>The name reports give the compiled dataset.</summary>
    public const string EmbeddedName = "NewsCorpus seed dataset";

    /// <param name="Articles">Sorted by id (ordinal), as the generator stores them.</param>
    /// <param name="Problems">Problems found while parsing a folder, as "path(line,col): NCxxxx: message" lines for standard error.</param>
    /// <param name="Name">What the articles came from, for headings and messages.</param>
    public sealed record LoadResult(IReadOnlyList<ArticleView> Articles, IReadOnlyList<string> Problems, string Name)
    {
        /// <summary>The parsed articles of a folder (empty for the compiled dataset), for commands that build what the generator builds.</summary>
        public IReadOnlyList<ArticleSpec> Specs { get; init; } = Array.Empty<ArticleSpec>();
    }

    public static LoadResult LoadEmbedded() =>
        new(Corpus.Articles.Select(ArticleViews.FromCompiled).ToList(), Array.Empty<string>(), EmbeddedName);

    /// <summary>The .txt files under <paramref name="folder"/>, in a stable order.</summary>
    public static IReadOnlyList<FileInfo> ListFiles(DirectoryInfo folder)
    {
        if (!folder.Exists)
        {
            throw new DirectoryNotFoundException($"The folder '{folder.FullName}' does not exist.");
        }

        return folder.EnumerateFiles("*.txt", SearchOption.AllDirectories)
            .OrderBy(f => f.FullName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Parses <paramref name="files"/> like the generator does; <paramref name="progress"/> hears after each file.</summary>
    public static LoadResult LoadFolder(DirectoryInfo folder, IReadOnlyList<FileInfo> files, Action<int>? progress = null)
    {
        var articles = new List<ArticleView>(files.Count);
        var problems = new List<string>();
        var specs = new List<ArticleSpec>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var spec = new CorpusFileSpec(file.FullName, ArticleIds.FromPath(file.FullName, folder.FullName), ReadText(file));
            var result = ArticleParser.Parse(spec);
            if (result.Article is not null)
            {
                articles.Add(ArticleViews.FromSpec(result.Article));
                specs.Add(result.Article);
            }

            foreach (var diagnostic in result.Diagnostics)
            {
                problems.Add($"{diagnostic.FilePath}({diagnostic.Span.StartLine + 1},{diagnostic.Span.StartColumn + 1}): {diagnostic.DescriptorId}: {DiagnosticIds.Format(diagnostic)}");
            }

            progress?.Invoke(i + 1);
        }

        articles.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new LoadResult(articles, problems, folder.FullName) { Specs = specs };
    }

    /// <summary>Decodes like the compiler does for additional files: a BOM wins, otherwise UTF-8.</summary>
    private static string ReadText(FileInfo file)
    {
        using var reader = new StreamReader(file.FullName, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
