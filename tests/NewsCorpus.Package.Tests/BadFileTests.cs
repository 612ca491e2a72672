using System;
using System.IO;
using NewsCorpus.Package.Tests.Infrastructure;

namespace NewsCorpus.Package.Tests;

/// <summary>
/// A bad corpus file never breaks the build: the log carries the diagnostic ID located in the file, everything
/// else still generates, and the user can change the severity in an analyzer config file. That is a global one
/// (.globalconfig): the compiler applies [section] entries of .editorconfig only to diagnostics in source files,
/// and these point into .txt files.
/// </summary>
public sealed class BadFileTests
{
    [Fact]
    public void Bad_file_is_reported_in_the_build_log_and_its_severity_follows_globalconfig()
    {
        var app = new ConsumerProject("BadCorpus")
            .WriteProject(ConsumerProject.MinimalApp)
            .Write("corpus/empty.txt", "   \n\n")
            .Write("corpus/storm.txt", Articles.Storm)
            .Write("Program.cs", "System.Console.WriteLine(BadCorpus.Corpus.Articles.Count);\n");

        var build = app.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(new[] { "warning NC0001" }, ConsumerProject.Diagnostics(build));
        var line = Assert.Single(ConsumerProject.LinesWith(build, "warning NC0001"), l => !l.StartsWith("Build", StringComparison.Ordinal));
        Assert.Contains(Path.Combine("corpus", "empty.txt") + "(1,1", line);
        // The compiler prints each diagnostic's help link after its message.
        Assert.Contains("docs/diagnostics.md#nc0001", line);
        Assert.Equal("1", app.RunApp().Output.Trim());

        // The severity is the user's: an error fails the build, none silences it.
        app.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.NC0001.severity = error\n");
        var strict = app.Build();
        Assert.NotEqual(0, strict.ExitCode);
        Assert.Equal(new[] { "error NC0001" }, ConsumerProject.Diagnostics(strict));

        app.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.NC0001.severity = none\n");
        var quiet = app.Build();
        Assert.True(quiet.ExitCode == 0, quiet.ToString());
        Assert.Empty(ConsumerProject.Diagnostics(quiet));
    }
}
