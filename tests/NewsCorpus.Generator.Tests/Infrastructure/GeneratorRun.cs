using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace NewsCorpus.Generator.Tests.Infrastructure;

/// <summary>The outcome of one generator run: what it produced and reported, and whether the result compiles.</summary>
internal sealed class GeneratorRun
{
    public GeneratorRun(GeneratorDriver driver, Compilation output, ImmutableArray<Diagnostic> generatorDiagnostics)
    {
        Driver = driver;
        Output = output;
        GeneratorDiagnostics = generatorDiagnostics;
        Result = driver.GetRunResult().Results.Single();
    }

    public GeneratorDriver Driver { get; }

    public Compilation Output { get; }

    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

    public GeneratorRunResult Result { get; }

    /// <summary>Generated sources that depend on the corpus (the runtime types are left out).</summary>
    public ImmutableArray<GeneratedSourceResult> CorpusSources =>
        Result.GeneratedSources.Where(s => !s.HintName.StartsWith("NewsCorpus.Runtime.", System.StringComparison.Ordinal)).ToImmutableArray();

    public string Source(string hintName) => Result.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>Compiler errors and warnings in the consumer after generation (generator diagnostics excluded).</summary>
    public ImmutableArray<Diagnostic> CompileProblems =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();

    /// <summary>Asserts the generator did not throw and the consumer compiles cleanly.</summary>
    /// <summary>
    /// The generated files parse without a syntax error. For inputs so large that binding them would cost minutes
    /// (a 50 MB article inline); the smaller tests compile in full.
    /// </summary>
    public GeneratorRun ShouldParse()
    {
        Assert.Null(Result.Exception);
        Assert.Empty(Result.GeneratedSources.SelectMany(s => s.SyntaxTree.GetDiagnostics()).Select(d => d.ToString()));
        return this;
    }

    public GeneratorRun ShouldCompile()
    {
        Assert.Null(Result.Exception);
        Assert.Empty(GeneratorDiagnostics.Where(d => d.Id.StartsWith("CS", System.StringComparison.Ordinal)));
        Assert.Empty(CompileProblems.Select(d => d.ToString()));
        return this;
    }
}
