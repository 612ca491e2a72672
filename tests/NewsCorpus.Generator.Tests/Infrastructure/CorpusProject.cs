using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NewsCorpus.Generator.Tests.Infrastructure;

/// <summary>
/// A consumer project in memory: corpus files, MSBuild properties and C# code. <see cref="Run"/> drives the real
/// generator over it with step tracking on, the way the compiler does, and compiles the result.
/// </summary>
internal sealed class CorpusProject
{
    public static readonly string ProjectDir = OperatingSystem.IsWindows() ? @"C:\project\" : "/project/";

    public static readonly string CorpusDir = Path.Combine(ProjectDir, "corpus");

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(LoadReferences);

    /// <summary>Corpus files by path relative to the corpus folder ("sport/199.txt").</summary>
    public Dictionary<string, string?> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>Additional files that are not marked as corpus files.</summary>
    public Dictionary<string, string> OtherFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>MSBuild properties by name, without the build_property. prefix.</summary>
    /// <summary>Item metadata of <see cref="OtherFiles"/> entries (name → metadata → value), as the .editorconfig gives it.</summary>
    public Dictionary<string, Dictionary<string, string>> OtherFileMetadata { get; } = new(StringComparer.Ordinal);

    /// <summary>The metadata of one additional file at <paramref name="path"/> that is not a corpus file.</summary>
    public IReadOnlyDictionary<string, string> MetadataOf(string path)
    {
        foreach (var (name, metadata) in OtherFileMetadata)
        {
            if (Path.Combine(ProjectDir, name) == path)
            {
                return metadata.ToDictionary(m => "build_metadata.AdditionalFiles." + m.Key, m => m.Value);
            }
        }

        return new Dictionary<string, string>();
    }

    public Dictionary<string, string> Properties { get; } = new(StringComparer.Ordinal) { ["RootNamespace"] = "TestApp" };

    /// <summary>C# sources of the consumer, compiled together with the generated code.</summary>
    public List<string> Sources { get; } = new();

    public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.CSharp12;

    public CorpusProject WithFile(string relativePath, string? text)
    {
        Files[relativePath] = text;
        return this;
    }

    public CorpusProject WithSeeds()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").OrderBy(p => p, StringComparer.Ordinal))
        {
            Files[Path.GetFileName(path)] = File.ReadAllText(path);
        }

        return this;
    }

    public static string CorpusPath(string relativePath) => Path.Combine(CorpusDir, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public ImmutableArray<AdditionalText> AdditionalTexts() =>
        Files.Select(f => (AdditionalText)new InMemoryAdditionalText(CorpusPath(f.Key), f.Value))
            .Concat(OtherFiles.Select(f => (AdditionalText)new InMemoryAdditionalText(Path.Combine(ProjectDir, f.Key), f.Value)))
            .ToImmutableArray();

    public TestAnalyzerConfigOptionsProvider OptionsProvider()
    {
        var global = Properties.ToDictionary(p => "build_property." + p.Key, p => p.Value);
        global["build_property.ProjectDir"] = ProjectDir;
        var corpusFiles = new HashSet<string>(Files.Keys.Select(CorpusPath), StringComparer.Ordinal);
        IReadOnlyDictionary<string, string> PerFile(string path) =>
            corpusFiles.Contains(path)
                ? new Dictionary<string, string> { ["build_metadata.AdditionalFiles.NewsCorpus"] = "true" }
                : MetadataOf(path);
        return new TestAnalyzerConfigOptionsProvider(global, PerFile);
    }

    public CSharpParseOptions ParseOptions() => new(LanguageVersion);

    public CSharpCompilation Compilation() => CSharpCompilation.Create(
        "TestApp",
        Sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions())),
        s_references.Value,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public GeneratorDriver CreateDriver(ImmutableArray<AdditionalText>? additionalTexts = null) => CSharpGeneratorDriver.Create(
        new[] { new CorpusGenerator().AsSourceGenerator() },
        additionalTexts ?? AdditionalTexts(),
        ParseOptions(),
        OptionsProvider(),
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once and compiles its output with the consumer's sources.</summary>
    public GeneratorRun Run()
    {
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(Compilation(), out var output, out var generatorDiagnostics);
        return new GeneratorRun(driver, output, generatorDiagnostics);
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        return trusted.Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }
}
