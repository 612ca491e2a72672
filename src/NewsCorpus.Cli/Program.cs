using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using System.Reflection;
using NewsCorpus.Cli.Commands;

namespace NewsCorpus.Cli;

/// <summary>
/// newscorpus: explore the compiled seed dataset, or any folder of articles parsed with the generator's parser.
/// Results go to standard output, everything else (problems, progress, errors) to standard error, and the exit
/// code says what happened: the constants below, which the README lists for scripts.
/// </summary>
public static class Program
{
    /// <summary>The command ran and wrote its result.</summary>
    public const int Success = 0;

    /// <summary>The command line is wrong: unknown command or option, missing or invalid value.</summary>
    public const int UsageError = 1;

    /// <summary>A folder or file named on the command line is missing, unreadable or unwritable.</summary>
    public const int InputError = 2;

    /// <summary>The corpus loaded, but what was asked for is not in it (an article id, a speaker).</summary>
    public const int NotFound = 3;

    /// <summary>A bug in the tool; the message asks for a report.</summary>
    public const int InternalError = 4;

    public static int Main(string[] args)
    {
        var console = CliConsole.FromProcess();
        try
        {
            return Run(args, console);
        }
        finally
        {
            console.Out.Flush();
            console.Error.Flush();
        }
    }

    /// <summary>Runs the tool in-process with plain (non-terminal) output, as a script would see it.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, CliConsole.Plain(stdout, stderr));

    internal static int Run(string[] args, CliConsole console)
    {
        var context = new CliContext(console);
        var root = CreateRootCommand(context);
        var parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction)
        {
            foreach (var error in parsed.Errors)
            {
                console.Error.WriteLine("newscorpus: " + error.Message);
            }

            console.Error.WriteLine("Run 'newscorpus --help' for usage.");
            return UsageError;
        }

        return parsed.Invoke(new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            // CliContext.Action maps exceptions to exit codes; the default handler would print a stack trace as exit code 1.
            EnableDefaultExceptionHandler = false,
        });
    }

    private static Command CreateRootCommand(CliContext context)
    {
        // A plain Command named after the tool rather than RootCommand, which names itself after the executable:
        // installed as a tool, that is NewsCorpus.Cli.dll, and help would say so.
        var root = new Command("newscorpus", "Explore the NewsCorpus dataset: the compiled seed articles, or any folder of news articles given with --corpus.")
        {
            new HelpOption(),
            // The default prints the entry assembly's version: the test host's when run in-process.
            new VersionOption { Action = new PrintVersion() },
        };
        root.Options.Add(context.CorpusOption);

        // One file per command in Commands/; each shares --corpus and the output helpers through the context.
        root.Subcommands.Add(ReportCommand.Create(context));
        root.Subcommands.Add(ShowCommand.Create(context));
        root.Subcommands.Add(QuotesCommand.Create(context));
        root.Subcommands.Add(SearchCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(EntitiesCommand.Create(context));

        root.SetAction(context.Action(result => ReportCommand.Run(context, result)));
        return root;
    }

    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var version = typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
            parseResult.InvocationConfiguration.Output.WriteLine(version);
            return Success;
        }
    }
}
