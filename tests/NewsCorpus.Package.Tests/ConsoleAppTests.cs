using System.IO;
using NewsCorpus.Package.Tests.Infrastructure;

namespace NewsCorpus.Package.Tests;

/// <summary>
/// The README's promise: one package reference, text files in corpus/, and a typed dataset, with no other
/// configuration and nothing of the generator left in the app's output.
/// </summary>
public sealed class ConsoleAppTests
{
    [Fact]
    public void Net10_console_app_with_a_corpus_folder_and_only_the_package_reference()
    {
        var app = new ConsumerProject("NewsApp")
            .WriteProject(ConsumerProject.MinimalApp)
            .Write("corpus/world/summit.txt", Articles.Summit)
            .Write("corpus/harbour.txt", Articles.Harbour)
            .Write("Program.cs", """
                using NewsApp;

                foreach (var article in Corpus.Articles)
                    System.Console.WriteLine($"{article.Id}|{article.Title}|{article.Quotes.Count}");
                foreach (var quote in Corpus.QuotesBy("Jane Doe"))
                    System.Console.WriteLine($"quote|{quote.Speaker?.Name}|{quote.Text}");
                System.Console.WriteLine($"missing|{Corpus.FindArticle("no/such/article") is null}");
                """);

        var build = app.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain(ConsumerProject.Diagnostics(build), d => d.StartsWith("warning", System.StringComparison.Ordinal));

        var run = app.RunApp();
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("harbour|City council approves new harbour plan|1", run.Output);
        Assert.Contains("world/summit|Leaders agree to meet again in Geneva|1", run.Output);
        Assert.Contains("quote|Jane Doe|We are hopeful that the next round will bring results", run.Output);
        Assert.Contains("missing|True", run.Output);

        // A development dependency: nothing of the generator is copied next to the app.
        var output = Path.Combine(app.Folder, "bin", "Release", "net10.0");
        Assert.False(File.Exists(Path.Combine(output, "NewsCorpus.Generator.dll")), "the generator reached the app's output");
        Assert.DoesNotContain("NewsCorpus.Generator", File.ReadAllText(Path.Combine(output, "NewsApp.deps.json")), System.StringComparison.Ordinal);
    }
}
