using System;
using System.CommandLine;
using System.Linq;
using NewsCorpus.Cli.Data;
using NewsCorpus.Cli.Output;

namespace NewsCorpus.Cli.Commands;

/// <summary><c>newscorpus show ID</c>: one article in full.</summary>
internal static class ShowCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("id")
        {
            Description = "The article id: its path under the corpus folder, without extension, with '/' separators (as report lists them).",
        };
        var command = new Command("show", "Print one article: headline, facts, body under its subheadings, and its quotes.");
        command.Arguments.Add(id);
        command.SetAction(context.Action(result => Run(context, result, result.GetValue(id)!)));
        return command;
    }

    private static int Run(CliContext context, ParseResult result, string id)
    {
        var loaded = context.Load(result);
        var article = loaded.Articles.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.Ordinal));
        if (article is null)
        {
            var similar = loaded.Articles
                .Where(a => a.Id.IndexOf(id, StringComparison.OrdinalIgnoreCase) >= 0 || id.IndexOf(a.Id, StringComparison.OrdinalIgnoreCase) >= 0)
                .Select(a => a.Id)
                .Take(5)
                .ToList();
            var hint = similar.Count > 0 ? " Did you mean: " + string.Join(", ", similar) + "?" : " Run 'newscorpus report' to list the ids.";
            return context.Fail(Program.NotFound, $"no article with id '{id}' in {loaded.Name}.{hint}");
        }

        ArticleWriter.Write(context.Console.Out, article, context.TerminalWidth);
        return Program.Success;
    }
}
