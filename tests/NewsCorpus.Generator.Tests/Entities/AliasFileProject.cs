using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsCorpus.Generator.Tests.Infrastructure;

namespace NewsCorpus.Generator.Tests.Entities;

/// <summary>
/// A <see cref="CorpusProject"/> plus entity alias files: AdditionalFiles in the project folder with the
/// NewsCorpusAliases="true" metadata, as a consumer's project file would declare them.
/// </summary>
internal sealed class AliasFileProject
{
    public AliasFileProject(CorpusProject project) => Project = project;

    public CorpusProject Project { get; }

    /// <summary>Alias files by file name in the project folder.</summary>
    public Dictionary<string, string> AliasFiles { get; } = new(StringComparer.Ordinal);

    public static string AliasPath(string name) => Path.Combine(CorpusProject.ProjectDir, name);

    public AliasFileProject WithAliases(string name, string text)
    {
        AliasFiles[name] = text;
        return this;
    }

    public ImmutableArray<AdditionalText> AdditionalTexts() =>
        Project.AdditionalTexts()
            .AddRange(AliasFiles.Select(f => (AdditionalText)new InMemoryAdditionalText(AliasPath(f.Key), f.Value)));

    public GeneratorDriver CreateDriver(ImmutableArray<AdditionalText>? texts = null)
    {
        var global = Project.Properties.ToDictionary(p => "build_property." + p.Key, p => p.Value);
        global["build_property.ProjectDir"] = CorpusProject.ProjectDir;
        var corpusFiles = new HashSet<string>(Project.Files.Keys.Select(CorpusProject.CorpusPath), StringComparer.Ordinal);
        var aliasFiles = new HashSet<string>(AliasFiles.Keys.Select(AliasPath), StringComparer.Ordinal);
        IReadOnlyDictionary<string, string> PerFile(string path) =>
            corpusFiles.Contains(path) ? new Dictionary<string, string> { ["build_metadata.AdditionalFiles.NewsCorpus"] = "true" }
            : aliasFiles.Contains(path) ? new Dictionary<string, string> { ["build_metadata.AdditionalFiles.NewsCorpusAliases"] = "true" }
            : Project.MetadataOf(path);

        return CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            texts ?? AdditionalTexts(),
            Project.ParseOptions(),
            new TestAnalyzerConfigOptionsProvider(global, PerFile),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    public GeneratorRun Run()
    {
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(Project.Compilation(), out var output, out var diagnostics);
        return new GeneratorRun(driver, output, diagnostics);
    }
}
