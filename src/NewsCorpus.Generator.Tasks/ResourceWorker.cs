#if NET
using System;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace NewsCorpus.Generator.Tasks;

/// <summary>
/// Runs a <see cref="ResourceRequest"/> in a process of its own, started from this assembly with the runtime settings
/// a one-shot parse wants. MSBuild's process cannot have them: they are read at process start, and its defaults
/// suit a long-lived process, not one pass over tens of megabytes with code that has never run. With tiered PGO a
/// hot method is compiled a second time with instrumentation and runs slowly until compiled a third time, and the
/// call-counting delay holds every promotion back while new methods keep appearing, which they do for most of
/// the pass. The worker writes the 50 MB benchmark corpus's resource in 4.7-5.5 s this way, against 8.6-9.3 s with
/// the default settings, and the whole 50 MB build drops from about 2.6 to 1.8 times a build with plain resources
/// (docs/performance.md). The price is a cold start every time, where MSBuild's reused node would run a second
/// parse in the same session warm; the task runs only when a corpus file changed.
/// </summary>
internal static class ResourceWorker
{
    /// <summary>The worker's exit code for an I/O failure, reported like one in the build process.</summary>
    private const int IoFailureExitCode = 3;

    private const string ResultPrefix = "resource\t";

    /// <summary>The worker process: reads the request file named by its one argument, writes, prints the outcome.</summary>
    public static int Main(string[] args)
    {
        if (args.Length != 1)
        {
            Console.Error.WriteLine("usage: NewsCorpus.Generator.Tasks <request file> (started by the WriteNewsCorpusResource task)");
            return 2;
        }

        try
        {
            var outcome = ResourceWriter.Write(ResourceRequestFile.Read(args[0]));
            Console.Out.WriteLine(ResultPrefix + outcome.Articles.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\t" + outcome.Header);
            return 0;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine(exception.Message);
            return IoFailureExitCode;
        }
    }

    /// <summary>The dotnet host running this build (the SDK sets DOTNET_HOST_PATH for MSBuild), or null.</summary>
    public static string? HostPath()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        var process = Environment.ProcessPath;
        return process is not null && Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase) ? process : null;
    }

    /// <summary>
    /// Runs the request in a worker. Returns the outcome, or null with <paramref name="failure"/> saying why when the
    /// worker could not do it. A failure on an input or output file is thrown as an <see cref="IOException"/>, as
    /// <see cref="ResourceWriter"/> throws it in the build process.
    /// </summary>
    public static ResourceOutcome? Run(ResourceRequest request, string requestFile, string host, CancellationToken cancellation, out string? failure)
    {
        var assembly = typeof(ResourceWorker).Assembly.Location;
        var runtimeConfig = Path.ChangeExtension(assembly, ".runtimeconfig.json");
        if (!File.Exists(runtimeConfig))
        {
            failure = "no " + Path.GetFileName(runtimeConfig) + " next to the task assembly";
            return null;
        }

        ResourceRequestFile.Write(request, requestFile);
        var start = new ProcessStartInfo(host)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add("--runtimeconfig");
        start.ArgumentList.Add(runtimeConfig);
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add(requestFile);
        // No instrumented second compilation of hot methods; promotion to optimized code after 30 calls, not after
        // a quiet spell that never comes while the parse keeps reaching new code; and the server GC, whose
        // collections of the parse's garbage run on every core instead of stopping all of them for one (since
        // .NET 9 it starts with one heap and adds heaps only as the allocation rate asks for them).
        start.Environment["DOTNET_TieredPGO"] = "0";
        start.Environment["DOTNET_TC_CallCountingDelayMs"] = "0";
        start.Environment["DOTNET_gcServer"] = "1";

        int exitCode;
        string output;
        string message;
        try
        {
            using var process = Process.Start(start)!;
            using var kill = cancellation.Register(() => Kill(process));
            var error = process.StandardError.ReadToEndAsync();
            output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            exitCode = process.ExitCode;
            message = error.GetAwaiter().GetResult().Trim();
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            failure = exception.Message;
            return null;
        }
        finally
        {
            try
            {
                File.Delete(requestFile);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Left behind in obj/; the next run overwrites it.
            }
        }

        cancellation.ThrowIfCancellationRequested();
        if (exitCode == IoFailureExitCode)
        {
            throw new IOException(message);
        }

        if (exitCode == 0 && Outcome(output) is { } outcome)
        {
            failure = null;
            return outcome;
        }

        failure = "exit code " + exitCode.ToString(System.Globalization.CultureInfo.InvariantCulture) + (message.Length > 0 ? ": " + message : string.Empty);
        return null;
    }

    private static ResourceOutcome? Outcome(string output)
    {
        foreach (var line in output.Split('\n'))
        {
            var text = line.TrimEnd('\r');
            if (!text.StartsWith(ResultPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var fields = text.Substring(ResultPrefix.Length).Split('\t');
            if (fields.Length == 2 && int.TryParse(fields[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var articles) && fields[1].StartsWith("newscorpus-", StringComparison.Ordinal))
            {
                return new ResourceOutcome(fields[1], articles);
            }
        }

        return null;
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
    }
}
#endif
