using System;
using System.CommandLine;
using System.IO;
using NewsCorpus.Cli.Data;
using NewsCorpus.Cli.Output;

namespace NewsCorpus.Cli;

/// <summary>
/// What every command shares: the console, the --corpus option, loading a corpus with progress and its problems
/// on standard error, and the mapping of failures to exit codes. A new command (one file in Commands/) takes this
/// in its Create method and is added to the list in <see cref="Program"/>.
/// </summary>
internal sealed class CliContext
{
    public CliContext(CliConsole console)
    {
        Console = console;
        CorpusOption = new Option<DirectoryInfo?>("--corpus", "-c")
        {
            Description = "Parse this folder's .txt files (searched recursively) at run time instead of using the compiled seed dataset.",
            HelpName = "folder",
            // Declared once on the root: every command has it, before or after the command name.
            Recursive = true,
        };
    }

    public CliConsole Console { get; }

    public Option<DirectoryInfo?> CorpusOption { get; }

    /// <summary>The width to lay text out in on a terminal; null when output is piped and must stay plain.</summary>
    public int? TerminalWidth => Console.OutputIsTerminal ? Console.Width : null;

    /// <summary>The corpus the command line names with --corpus, or the compiled seed dataset.</summary>
    public CorpusSource.LoadResult Load(ParseResult result) => Load(result.GetValue(CorpusOption));

    /// <summary>
    /// Loads <paramref name="folder"/> (or the compiled dataset when null). Parser problems go to standard error as
    /// compiler-style lines; they do not change the exit code, as they do not fail the generator's build.
    /// </summary>
    public CorpusSource.LoadResult Load(DirectoryInfo? folder)
    {
        if (folder is null)
        {
            return CorpusSource.LoadEmbedded();
        }

        var files = CorpusSource.ListFiles(folder);
        CorpusSource.LoadResult loaded;
        using (var progress = ProgressDisplay.For(Console, files.Count))
        {
            loaded = CorpusSource.LoadFolder(folder, files, progress is null ? null : progress.Report);
        }

        foreach (var problem in loaded.Problems)
        {
            Console.Error.WriteLine(problem);
        }

        return loaded;
    }

    /// <summary>One "newscorpus: ..." line on standard error, and the exit code to return.</summary>
    public int Fail(int exitCode, string message)
    {
        Console.Error.WriteLine("newscorpus: " + message);
        return exitCode;
    }

    /// <summary>A command action whose expected failures become a message and an exit code instead of a stack trace.</summary>
    public Func<ParseResult, int> Action(Func<ParseResult, int> body) => result =>
    {
        try
        {
            return body(result);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Fail(Program.InputError, exception.Message);
        }
        catch (Exception exception)
        {
            return Fail(Program.InternalError, $"internal error: {exception.GetType().Name}: {exception.Message}. Please report this with the command line that caused it.");
        }
        finally
        {
            Console.Out.Flush();
        }
    };
}
