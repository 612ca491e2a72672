using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace NewsCorpus.Package.Tests.Infrastructure;

/// <summary>
/// The three packages, packed once per test run from this working tree into a temporary feed, and a fresh,
/// empty package cache (NUGET_PACKAGES) that every consumer restores into. Consumers see the temporary feed plus
/// the machine's own NuGet sources for everything else, so nothing can come from a stale cache or from
/// artifacts/. Shared by every test class; deleted when the test process exits, or by a later run.
/// </summary>
public sealed class PackageFeed
{
    public const string GeneratorId = "NewsCorpus.Generator";
    public const string DatasetId = "NewsCorpus";
    public const string ToolId = "NewsCorpus.Cli";

    private static readonly Lazy<PackageFeed> s_instance = new(Create);

    private PackageFeed(string root, string feed, string packages, CommandResult[] packResults)
    {
        Root = root;
        Feed = feed;
        PackagesFolder = packages;
        PackResults = packResults;
    }

    /// <summary>The feed, packed on first use; a pack failure fails every test that needs it, with the log.</summary>
    public static PackageFeed Instance => s_instance.Value;

    public static string RepoRoot { get; } = Metadata("NewsCorpusRepoRoot");

    public static string Version { get; } = Metadata("NewsCorpusPackageVersion");

    /// <summary>The temporary folder holding the feed, the package cache and every consumer project.</summary>
    public string Root { get; }

    public string Feed { get; }

    public string PackagesFolder { get; }

    public IReadOnlyList<CommandResult> PackResults { get; }

    /// <summary>What consumers run dotnet with: the fresh package cache.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = PackagesFolder,
    };

    public string PackagePath(string id, string extension = ".nupkg") => Path.Combine(Feed, $"{id}.{Version}{extension}");

    /// <summary>A new, empty folder for one consumer project, under <see cref="Root"/>.</summary>
    public string NewProjectFolder(string name)
    {
        var folder = Path.Combine(Root, "projects", name + "-" + Guid.NewGuid().ToString("N").Substring(0, 8));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private const string FolderPrefix = "newscorpus-package-tests-";

    private static PackageFeed Create()
    {
        DeleteStaleRuns();
        var root = Path.Combine(Path.GetTempPath(), FolderPrefix + Guid.NewGuid().ToString("N").Substring(0, 12));
        var feed = Path.Combine(root, "feed");
        var packages = Path.Combine(root, "packages");
        Directory.CreateDirectory(feed);
        Directory.CreateDirectory(packages);
        if (System.Environment.GetEnvironmentVariable("NEWSCORPUS_KEEP_PACKAGE_TESTS") != "1")
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(root);
        }

        // Consumers under root see only these files above them: no Directory.Build.* or nuget.config of this
        // repository, or of anything else, leaks in. The machine's NuGet sources still apply (no <clear/>).
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="newscorpus-package-tests" value="{feed}" />
              </packageSources>
            </configuration>
            """);

        // Packing builds in this working tree with its usual package cache, exactly as pack.ps1 and CI do.
        var results = new[] { GeneratorId, DatasetId, ToolId }
            .Select(id => DotnetCli.RunRetryingOnLocks(
                RepoRoot,
                null,
                "pack", Path.Combine("src", id, id + ".csproj"), "--configuration", "Release", "--output", feed, "-nodeReuse:false"))
            .ToArray();
        foreach (var result in results)
        {
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException("dotnet pack failed:\n" + result);
            }
        }

        return new PackageFeed(root, feed, packages, results);
    }

    private static string Metadata(string key) =>
        typeof(PackageFeed).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    /// <summary>
    /// The test host is not always given the chance to run exit handlers, so a run also removes what earlier runs
    /// left behind (about 100 MB each, mostly the package cache). An hour old at least: another run may be going on now.
    /// </summary>
    private static void DeleteStaleRuns()
    {
        if (System.Environment.GetEnvironmentVariable("NEWSCORPUS_KEEP_PACKAGE_TESTS") == "1")
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            if (Directory.GetLastWriteTimeUtc(folder) < DateTime.UtcNow.AddHours(-1))
            {
                TryDelete(folder);
            }
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is no reason to fail the run.
        }
    }
}
