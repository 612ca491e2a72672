using System.CommandLine;
using NewsCorpus.Cli.Output;

namespace NewsCorpus.Cli.Commands;

/// <summary><c>newscorpus report</c>, also what <c>newscorpus</c> alone does: every article with its quotes.</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("report", "Describe the corpus: each article with its facts, and its quotes with their speakers. The default command.");
        command.SetAction(context.Action(result => Run(context, result)));
        return command;
    }

    public static int Run(CliContext context, ParseResult result)
    {
        var loaded = context.Load(result);
        ReportWriter.Write(context.Console.Out, loaded.Articles, loaded.Name, context.TerminalWidth);
        return Program.Success;
    }
}
