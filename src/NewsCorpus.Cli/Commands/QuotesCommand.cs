using System.CommandLine;
using NewsCorpus.Cli.Data;
using NewsCorpus.Cli.Output;

namespace NewsCorpus.Cli.Commands;

/// <summary><c>newscorpus quotes [--speaker NAME]</c>: every quotation, or one speaker's.</summary>
internal static class QuotesCommand
{
    public static Command Create(CliContext context)
    {
        var speaker = new Option<string?>("--speaker", "-s")
        {
            Description = "Only this speaker's quotes. Any case, accents or common spelling variant; a surname alone works when the article uses it.",
            HelpName = "name",
        };
        var command = new Command(
            "quotes",
            "List quotations in article order. Piped: one per line, tab-separated: article id, paragraph, speaker, kind, text.");
        command.Options.Add(speaker);
        command.SetAction(context.Action(result => Run(context, result, result.GetValue(speaker))));
        return command;
    }

    private static int Run(CliContext context, ParseResult result, string? speaker)
    {
        var loaded = context.Load(result);
        var speakers = speaker is null ? null : new SpeakerMatcher(loaded.Articles).SpeakersNamed(speaker);
        if (speakers is { Count: 0 })
        {
            return context.Fail(Program.NotFound, $"no quotes by a speaker named '{speaker}' in {loaded.Name}.");
        }

        foreach (var article in loaded.Articles)
        {
            foreach (var quote in article.Quotes)
            {
                if (speakers is null || SpeakerMatcher.IsBy(quote, speakers))
                {
                    QuoteWriter.Write(context.Console.Out, article, quote, context.TerminalWidth);
                }
            }
        }

        return Program.Success;
    }
}
