using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Storage;

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

    /// <summary>
    /// Reads and parses <paramref name="files"/> as the generator and its build task do (<see cref="CorpusFileParser"/>:
    /// the compiler's decoding, the article size limit, binary files skipped), on every core, as the build task does;
    /// <paramref name="progress"/> hears the number of files done, one call at a time. Results are kept by position,
    /// so articles, problems and <see cref="LoadResult.Specs"/> come out in the same order as one file after another.
    /// </summary>
    /// <exception cref="IOException">A file could not be read: the first such file in <paramref name="files"/>.</exception>
    public static LoadResult LoadFolder(DirectoryInfo folder, IReadOnlyList<FileInfo> files, Action<int>? progress = null)
    {
        var parsed = new ParsedArticle[files.Count];
        var failures = new Exception[files.Count];
        var done = 0;
        var progressLock = new object();
        Parallel.For(0, files.Count, i =>
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(files[i].FullName);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                failures[i] = exception;
                return;
            }

            parsed[i] = CorpusFileParser.Parse(new CorpusBlobSource(files[i].FullName, folder.FullName, bytes));
            if (progress is not null)
            {
                lock (progressLock)
                {
                    progress(++done);
                }
            }
        });

        // A file that cannot be read stops the command, as it did before files were read in parallel: the first one
        // in file order, whichever thread met it first.
        if (Array.Find(failures, failure => failure is not null) is { } first)
        {
            ExceptionDispatchInfo.Capture(first).Throw();
        }

        var articles = new List<ArticleView>(files.Count);
        var problems = new List<string>();
        var specs = new List<ArticleSpec>(files.Count);
        foreach (var result in parsed)
        {
            if (result.Article is not null)
            {
                articles.Add(ArticleViews.FromSpec(result.Article));
                specs.Add(result.Article);
            }

            foreach (var diagnostic in result.Diagnostics)
            {
                problems.Add($"{diagnostic.FilePath}({diagnostic.Span.StartLine + 1},{diagnostic.Span.StartColumn + 1}): {diagnostic.DescriptorId}: {DiagnosticIds.Format(diagnostic)}");
            }
        }

        articles.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new LoadResult(articles, problems, folder.FullName) { Specs = specs };
    }
}
