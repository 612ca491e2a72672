using System.CommandLine;
using System.IO;
using System.Text;
using NewsCorpus.Cli.Data;
using NewsCorpus.Cli.Output;

namespace NewsCorpus.Cli.Commands;

/// <summary><c>newscorpus export [FOLDER] [--format jsonl|csv] [--out FILE] [--explain]</c>.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var folder = new Argument<DirectoryInfo?>("folder")
        {
            Description = "Folder of .txt articles to parse; the same as --corpus (default: the compiled seed dataset).",
            Arity = ArgumentArity.ZeroOrOne,
            // Shown as optional in help, [<folder>]; null means --corpus or the compiled dataset.
            DefaultValueFactory = _ => null,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "jsonl: one JSON object per article per line. csv: one row per article with a header row.",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "csv");
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write to this file instead of standard output.", HelpName = "file" };
        var explain = new Option<bool>("--explain") { Description = "Add each article's set-aside lines and why they were removed." };

        var command = new Command("export", "Export the articles as JSON Lines (the default) or CSV, UTF-8 without a byte order mark.");
        command.Arguments.Add(folder);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(explain);
        command.SetAction(context.Action(result =>
        {
            var fromArgument = result.GetValue(folder);
            var fromOption = result.GetValue(context.CorpusOption);
            if (fromArgument is not null && fromOption is not null)
            {
                return context.Fail(Program.UsageError, "give the folder either as an argument or with --corpus, not both.");
            }

            return Run(context, fromArgument ?? fromOption, result.GetValue(format)!, result.GetValue(output), result.GetValue(explain));
        }));
        return command;
    }

    private static int Run(CliContext context, DirectoryInfo? folder, string format, FileInfo? outFile, bool explain)
    {
        var loaded = context.Load(folder);
        if (outFile is null)
        {
            Export(context.Console.Out, loaded, format, explain);
            return Program.Success;
        }

        using (var writer = new StreamWriter(outFile.FullName, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            Export(writer, loaded, format, explain);
        }

        context.Console.Error.WriteLine($"Wrote {loaded.Articles.Count} articles to {outFile.FullName}");
        return Program.Success;
    }

    private static void Export(TextWriter writer, CorpusSource.LoadResult loaded, string format, bool explain)
    {
        if (format == "csv")
        {
            CsvExporter.Write(writer, loaded.Articles, explain);
        }
        else
        {
            JsonLinesExporter.Write(writer, loaded.Articles, explain);
        }
    }
}
