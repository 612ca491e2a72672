using System;
using System.CommandLine;
using System.IO;

namespace NewsCorpus.Cli;

/// <summary>
/// newscorpus: explore the compiled seed dataset, or any folder of articles parsed with the generator's parser.
/// Exit codes: 0 success, 1 bad usage, 2 input not found or unreadable.
/// </summary>
public static class Program
{
    public const int Success = 0;
    public const int UsageError = 1;
    public const int InputError = 2;

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var corpusOption = new Option<DirectoryInfo?>("--corpus")
        {
            Description = "Parse this folder's .txt files at run time instead of using the compiled seed dataset.",
        };

        var report = new Command("report", "Describe the corpus: articles with titles, quote counts, quotes with speakers.");
        report.Options.Add(corpusOption);
        report.SetAction(result => Guard(stderr, () => Report(result.GetValue(corpusOption), stdout, stderr)));

        var folderArgument = new Argument<DirectoryInfo?>("folder")
        {
            Description = "Folder of .txt articles to parse (default: the compiled seed dataset).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var outOption = new Option<FileInfo?>("--out", "-o") { Description = "Write to this file instead of standard output." };
        var explainOption = new Option<bool>("--explain") { Description = "Add each article's set-aside lines and why they were removed." };
        var export = new Command("export", "Export articles as JSON Lines, one article per line.");
        export.Arguments.Add(folderArgument);
        export.Options.Add(corpusOption);
        export.Options.Add(outOption);
        export.Options.Add(explainOption);
        export.SetAction(result => Guard(stderr, () => Export(
            result.GetValue(folderArgument) ?? result.GetValue(corpusOption),
            result.GetValue(outOption),
            result.GetValue(explainOption),
            stdout,
            stderr)));

        var root = new RootCommand("Explore the NewsCorpus dataset: the compiled seed articles, or any folder of news articles.");
        root.Subcommands.Add(report);
        root.Subcommands.Add(export);
        root.SetAction(_ => Guard(stderr, () => Report(null, stdout, stderr)));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine("newscorpus: " + error.Message);
            }

            stderr.WriteLine("Run 'newscorpus --help' for usage.");
            return UsageError;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    private static int Report(DirectoryInfo? folder, TextWriter stdout, TextWriter stderr)
    {
        var loaded = CorpusSource.Load(folder);
        WriteProblems(loaded, stderr);
        ReportWriter.Write(stdout, loaded.Articles, folder is null ? "NewsCorpus seed dataset" : folder.FullName);
        return Success;
    }

    private static int Export(DirectoryInfo? folder, FileInfo? outFile, bool explain, TextWriter stdout, TextWriter stderr)
    {
        var loaded = CorpusSource.Load(folder);
        WriteProblems(loaded, stderr);
        if (outFile is null)
        {
            stdout.Flush();
            using var buffer = new MemoryStream();
            JsonLinesExporter.Write(buffer, loaded.Articles, explain);
            stdout.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            stdout.Flush();
        }
        else
        {
            using var stream = outFile.Create();
            JsonLinesExporter.Write(stream, loaded.Articles, explain);
            stderr.WriteLine($"Wrote {loaded.Articles.Count} articles to {outFile.FullName}");
        }

        return Success;
    }

    private static void WriteProblems(CorpusSource.LoadResult loaded, TextWriter stderr)
    {
        foreach (var problem in loaded.Problems)
        {
            stderr.WriteLine(problem);
        }
    }

    /// <summary>Expected failures (a missing folder, an unwritable file) become one line on standard error and an exit code.</summary>
    private static int Guard(TextWriter stderr, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine("newscorpus: " + exception.Message);
            return InputError;
        }
    }
}
