using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;

namespace NewsCorpus.Package.Tests.Infrastructure;

/// <summary>The output of one dotnet command: exit code and standard output and error, interleaved as they came.</summary>
public sealed record CommandResult(string CommandLine, int ExitCode, string Output)
{
    /// <summary>For assertion messages: what ran and what it said.</summary>
    public override string ToString() => $"> {CommandLine}\nexit code {ExitCode}\n{Output}";
}

/// <summary>
/// Runs the dotnet CLI as a user's shell would, not as the test host's child: the MSBuild variables that
/// <c>dotnet test</c> sets for itself are removed, and no build servers or reusable nodes are left running.
/// </summary>
public static class DotnetCli
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(5);

    public static CommandResult Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Clean(start.Environment);
        if (environment is not null)
        {
            foreach (var pair in environment)
            {
                start.Environment[pair.Key] = pair.Value;
            }
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(s_timeout))
        {
            // Only this process and its children: the tree this call started.
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Append(output, $"(killed after {s_timeout.TotalMinutes} minutes)");
        }

        process.WaitForExit();
        var commandLine = "dotnet " + string.Join(" ", arguments);
        lock (output)
        {
            return new CommandResult(commandLine, process.HasExited ? process.ExitCode : -1, output.ToString());
        }
    }

    /// <summary>Like <see cref="Run"/>, retrying a few times when another build in the same tree holds a file.</summary>
    public static CommandResult RunRetryingOnLocks(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        for (var attempt = 1; ; attempt++)
        {
            var result = Run(workingDirectory, environment, arguments);
            var locked = result.Output.Contains("being used by another process", StringComparison.Ordinal)
                || result.Output.Contains("MSB3026", StringComparison.Ordinal)
                || result.Output.Contains("MSB3027", StringComparison.Ordinal);
            if (result.ExitCode == 0 || !locked || attempt == 4)
            {
                return result;
            }

            Thread.Sleep(TimeSpan.FromSeconds(30));
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static void Clean(IDictionary<string, string?> environment)
    {
        foreach (var key in new List<string>(environment.Keys))
        {
            // dotnet test points these at its own MSBuild; a user's shell has none of them.
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                environment.Remove(key);
            }
        }

        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        // No MSBuild nodes or compiler server outlive a test: they would hold files and CPU after the run.
        environment["MSBUILDDISABLENODEREUSE"] = "1";
        environment["UseSharedCompilation"] = "false";
    }
}
