using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NewsCorpus.Generator.Tests.Infrastructure;

namespace NewsCorpus.Generator.Tests.Robustness.Support;

/// <summary>Runs the generator over corpus files given as SourceText (decoded from bytes) or as files whose reading fails.</summary>
internal static class RawCorpus
{
    /// <summary>Runs <paramref name="project"/> with some of its corpus files replaced by <paramref name="texts"/> (relative path to text).</summary>
    public static GeneratorRun Run(CorpusProject project, IReadOnlyDictionary<string, AdditionalText> texts)
    {
        foreach (var path in texts.Keys)
        {
            // The options provider marks a path as a corpus file when the project lists it.
            project.Files.TryAdd(path, string.Empty);
        }

        var additional = project.Files.Keys
            .Select(path => texts.TryGetValue(path, out var text) ? text : new InMemoryAdditionalText(CorpusProject.CorpusPath(path), project.Files[path]))
            .ToImmutableArray();
        var driver = project.CreateDriver(additional).RunGeneratorsAndUpdateCompilation(project.Compilation(), out var output, out var diagnostics);
        return new GeneratorRun(driver, output, diagnostics);
    }

    public static GeneratorRun RunBytes(CorpusProject project, string path, SourceText text) =>
        Run(project, new Dictionary<string, AdditionalText> { [path] = new InMemoryAdditionalText(CorpusProject.CorpusPath(path), text) });

    /// <summary>An additional file whose GetText throws, as a broken file system or a compiler bug might.</summary>
    public sealed class Throwing : AdditionalText
    {
        private readonly Exception _exception;

        public Throwing(string relativePath, Exception exception)
        {
            Path = CorpusProject.CorpusPath(relativePath);
            _exception = exception;
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => throw _exception;
    }
}
