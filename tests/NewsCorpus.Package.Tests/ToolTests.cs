using System;
using System.IO;
using NewsCorpus.Package.Tests.Infrastructure;

namespace NewsCorpus.Package.Tests;

/// <summary>The newscorpus tool installed from the feed with dotnet tool install, then run as a user would.</summary>
public sealed class ToolTests
{
    [Fact]
    public void Tool_installs_from_the_feed_and_runs_its_commands()
    {
        var feed = PackageFeed.Instance;
        var folder = feed.NewProjectFolder("tool");
        var toolPath = Path.Combine(folder, "tools");

        var install = DotnetCli.Run(folder, feed.Environment, "tool", "install", PackageFeed.ToolId, "--version", PackageFeed.Version, "--tool-path", toolPath);
        Assert.True(install.ExitCode == 0, install.ToString());

        var tool = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "newscorpus.exe" : "newscorpus");
        Assert.True(File.Exists(tool), "no newscorpus command after install:\n" + install);

        var report = Run(tool, folder, "report");
        Assert.True(report.ExitCode == 0, report.ToString());
        Assert.Contains("NewsCorpus seed dataset: 5 articles", report.Output);

        var help = Run(tool, folder, "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("newscorpus", help.Output);
        Assert.Contains("export", help.Output);

        var corpus = Directory.CreateDirectory(Path.Combine(folder, "articles")).FullName;
        File.WriteAllText(Path.Combine(corpus, "storm.txt"), Articles.Storm);
        var export = Run(tool, folder, "export", "--corpus", corpus, "--format", "csv");
        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.StartsWith("id,title,", export.Output);
        Assert.Contains("storm,Storm closes schools across the region,", export.Output);

        var missing = Run(tool, folder, "show", "no-such-article");
        Assert.Equal(3, missing.ExitCode);
        Assert.Contains("no article with id 'no-such-article'", missing.Output);

        var usage = Run(tool, folder, "frobnicate");
        Assert.Equal(1, usage.ExitCode);
    }

    private static CommandResult Run(string tool, string folder, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo(tool)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        return new CommandResult("newscorpus " + string.Join(" ", arguments), process.ExitCode, output.Result + error.Result);
    }
}
