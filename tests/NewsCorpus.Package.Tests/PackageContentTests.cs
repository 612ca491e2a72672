using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using NewsCorpus.Package.Tests.Infrastructure;

namespace NewsCorpus.Package.Tests;

/// <summary>What is inside each package: the right folders, metadata and symbols, and nothing that does not belong.</summary>
public sealed class PackageContentTests
{
    [Fact]
    public void Generator_is_an_analyzer_only_development_dependency_with_build_files()
    {
        using var package = ZipFile.OpenRead(PackageFeed.Instance.PackagePath(PackageFeed.GeneratorId));
        var files = package.Entries.Select(e => e.FullName).ToList();

        Assert.Contains("analyzers/dotnet/cs/NewsCorpus.Generator.dll", files);
        foreach (var folder in new[] { "build", "buildTransitive" })
        {
            Assert.Contains($"{folder}/NewsCorpus.Generator.props", files);
            Assert.Contains($"{folder}/NewsCorpus.Generator.targets", files);
        }

        Assert.DoesNotContain(files, f => f.StartsWith("lib/", StringComparison.Ordinal));
        Assert.Contains("README.md", files);
        Assert.Contains("docs/diagnostics.md", files);

        var metadata = Nuspec(package);
        Assert.Equal("true", Element(metadata, "developmentDependency"));
        Assert.Empty(metadata.Elements().Where(e => e.Name.LocalName == "dependencies").SelectMany(d => d.Descendants()));
        AssertCommonMetadata(metadata);

        // Symbols travel inside the analyzer (an embedded PDB), and the build is marked reproducible.
        using var dll = new MemoryStream();
        using (var entry = package.GetEntry("analyzers/dotnet/cs/NewsCorpus.Generator.dll")!.Open())
        {
            entry.CopyTo(dll);
        }

        dll.Position = 0;
        using var pe = new PEReader(dll);
        var debug = pe.ReadDebugDirectory();
        Assert.Contains(debug, d => d.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
        Assert.Contains(debug, d => d.Type == DebugDirectoryEntryType.Reproducible);
    }

    [Fact]
    public void Generator_ships_its_build_task_as_portable_IL_and_precompiled_for_net10_linux_x64_with_its_worker()
    {
        using var package = ZipFile.OpenRead(PackageFeed.Instance.PackagePath(PackageFeed.GeneratorId));

        // The portable build is what every MSBuild but .NET 10's on linux-x64 loads: plain IL.
        using var portable = TaskAssembly(package, "tasks/netstandard2.0/NewsCorpus.Generator.Tasks.dll");
        Assert.Equal(0, portable.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size);

        // The precompiled build carries ReadyToRun code (a managed native header), next to the same IL, for Linux on
        // x64: ReadyToRun images mark their operating system by XOR-ing the machine type with a value per OS.
        using var precompiled = TaskAssembly(package, "tasks/net10.0-linux-x64/NewsCorpus.Generator.Tasks.dll");
        Assert.NotEqual(0, precompiled.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size);
        const int LinuxMachineOverride = 0x7B79;
        Assert.Equal(Machine.Amd64, (Machine)((int)precompiled.PEHeaders.CoffHeader.Machine ^ LinuxMachineOverride));

        // The precompiled build is also the worker process the task parses in (dotnet exec with its runtimeconfig).
        Assert.Contains(package.Entries, e => e.FullName == "tasks/net10.0-linux-x64/NewsCorpus.Generator.Tasks.runtimeconfig.json");
        Assert.NotEqual(0, precompiled.PEHeaders.CorHeader!.EntryPointTokenOrRelativeVirtualAddress);
        Assert.Equal(0, portable.PEHeaders.CorHeader!.EntryPointTokenOrRelativeVirtualAddress);

        // Both define the task the build targets name.
        foreach (var pe in new[] { portable, precompiled })
        {
            var reader = pe.GetMetadataReader();
            Assert.Contains(reader.TypeDefinitions, t =>
                reader.GetString(reader.GetTypeDefinition(t).Namespace) == "NewsCorpus.Generator.Tasks" &&
                reader.GetString(reader.GetTypeDefinition(t).Name) == "WriteNewsCorpusResource");
        }
    }

    [Fact]
    public void Dataset_targets_netstandard2_0_and_net8_0_with_System_Memory_only_where_needed_and_symbols()
    {
        var feed = PackageFeed.Instance;
        using var package = ZipFile.OpenRead(feed.PackagePath(PackageFeed.DatasetId));
        var files = package.Entries.Select(e => e.FullName).ToList();

        Assert.Contains("lib/netstandard2.0/NewsCorpus.dll", files);
        Assert.Contains("lib/net8.0/NewsCorpus.dll", files);
        Assert.DoesNotContain(files, f => f.StartsWith("analyzers/", StringComparison.Ordinal));

        var metadata = Nuspec(package);
        AssertCommonMetadata(metadata);
        var groups = metadata.Descendants().Where(e => e.Name.LocalName == "group").ToList();
        var netstandard = Assert.Single(groups, g => (string?)g.Attribute("targetFramework") == ".NETStandard2.0");
        Assert.Equal(new[] { "System.Memory" }, netstandard.Elements().Select(d => (string?)d.Attribute("id")));
        var net8 = Assert.Single(groups, g => (string?)g.Attribute("targetFramework") == "net8.0");
        Assert.Empty(net8.Elements());

        using var symbols = ZipFile.OpenRead(feed.PackagePath(PackageFeed.DatasetId, ".snupkg"));
        Assert.Contains(symbols.Entries, e => e.FullName == "lib/net8.0/NewsCorpus.pdb");
    }

    [Fact]
    public void Tool_package_is_a_dotnet_tool_named_newscorpus()
    {
        using var package = ZipFile.OpenRead(PackageFeed.Instance.PackagePath(PackageFeed.ToolId));
        var metadata = Nuspec(package);

        AssertCommonMetadata(metadata);
        Assert.Contains(metadata.Descendants(), e => e.Name.LocalName == "packageType" && (string?)e.Attribute("name") == "DotnetTool");
        var settingsEntry = Assert.Single(package.Entries, e => e.FullName.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal));
        using var settings = settingsEntry.Open();
        var command = XDocument.Load(settings).Descendants("Command").Single();
        Assert.Equal("newscorpus", (string?)command.Attribute("Name"));
    }

    private static void AssertCommonMetadata(XElement metadata)
    {
        Assert.Equal(PackageFeed.Version, Element(metadata, "version"));
        Assert.Equal("MIT", Element(metadata, "license"));
        Assert.Equal("README.md", Element(metadata, "readme"));
        Assert.False(string.IsNullOrWhiteSpace(Element(metadata, "description")));
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.Equal("git", (string?)repository.Attribute("type"));
        if (Directory.Exists(Path.Combine(PackageFeed.RepoRoot, ".git")))
        {
            // Source Link records the commit the packages were built from (the URL only when there is a remote).
            Assert.Matches("^[0-9a-f]{40}$", (string?)repository.Attribute("commit") ?? string.Empty);
        }
    }

    private static PEReader TaskAssembly(ZipArchive package, string path)
    {
        var bytes = new MemoryStream();
        using (var entry = package.GetEntry(path)?.Open() ?? throw new InvalidOperationException($"{path} is not in the package."))
        {
            entry.CopyTo(bytes);
        }

        bytes.Position = 0;
        return new PEReader(bytes);
    }

    private static XElement Nuspec(ZipArchive package)
    {
        using var stream = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static string? Element(XElement metadata, string name) =>
        metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
}
