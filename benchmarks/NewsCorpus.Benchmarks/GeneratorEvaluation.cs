using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NewsCorpus.Generator;

namespace NewsCorpus.Benchmarks;

/// <summary>
/// `generator DIR [files] [repeats]`: measures the generator, not the runtime.
/// 1. Parse and model throughput: ParserBenchmarks' loop over the first `files` files, median of the repeats, in MB/s.
/// 2. Incremental work: a GeneratorDriver over the first `files` files (default 2,000) with step tracking, run
///    once, then after editing one file, then after editing unrelated C#. For each run it reports the generator's
///    own time (GetTimingInfo), the summed time of the tracked steps that ran and how many step outputs were
///    computed rather than taken from the cache; the rerun's share of the first run's work is the claim.
///    Step tracking is a test and diagnostics feature that compilers and IDEs leave off, and it is not free: Roslyn
///    records every step's input tree, and GetTimingInfo includes that bookkeeping. So the same runs are timed once
///    more without tracking (`untracked_*`): the time a build or an IDE actually spends.
/// Prints `key=value` lines that benchmarks/run.sh copies into docs/performance.md.
/// </summary>
internal static class GeneratorEvaluation
{
    public static int Run(string[] args)
    {
        var folder = args.Length > 1 ? args[1] : CorpusFolder.Default;
        var files = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2000;
        var repeats = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 5;

        // Throughput over the same files as the incremental runs: enough text for a stable figure.
        var all = new CorpusFolder(folder, files);
        ParserBenchmarks.ParseAndEncode(all); // JIT and caches warm
        var parseTimes = new List<double>();
        for (var i = 0; i < repeats; i++)
        {
            var watch = Stopwatch.StartNew();
            ParserBenchmarks.ParseAndEncode(all);
            parseTimes.Add(watch.Elapsed.TotalSeconds);
        }

        var parseSeconds = Median(parseTimes);
        Print("parse_files", all.Paths.Count);
        Print("parse_bytes", all.Bytes);
        Print("parse_seconds_median", parseSeconds);
        Print("parse_mb_per_s", all.Bytes / 1048576.0 / parseSeconds);

        var subset = all;
        var first = new List<double>();
        var edit = new List<double>();
        var editSteps = new List<double>();
        var firstSteps = new List<double>();
        RunResult? last = null;
        for (var i = 0; i < repeats; i++)
        {
            last = Incremental(subset);
            first.Add(last.First.GeneratorSeconds);
            edit.Add(last.Edit.GeneratorSeconds);
            firstSteps.Add(last.First.StepSeconds);
            editSteps.Add(last.Edit.StepSeconds);
        }

        Print("incremental_files", subset.Paths.Count);
        Print("incremental_bytes", subset.Bytes);
        Print("first_run_generator_seconds_median", Median(first));
        Print("edit_run_generator_seconds_median", Median(edit));
        Print("edit_over_first_generator_time", Median(edit) / Median(first));
        Print("first_run_step_seconds_median", Median(firstSteps));
        Print("edit_run_step_seconds_median", Median(editSteps));
        Print("edit_over_first_step_time", Median(editSteps) / Median(firstSteps));
        var untrackedFirst = new List<double>();
        var untrackedEdit = new List<double>();
        for (var i = 0; i < repeats; i++)
        {
            var untracked = Incremental(subset, track: false);
            untrackedFirst.Add(untracked.First.GeneratorSeconds);
            untrackedEdit.Add(untracked.Edit.GeneratorSeconds);
        }

        Print("untracked_first_run_generator_seconds_median", Median(untrackedFirst));
        Print("untracked_edit_run_generator_seconds_median", Median(untrackedEdit));
        Print("untracked_edit_over_first_generator_time", Median(untrackedEdit) / Median(untrackedFirst));
        Print("first_run_computed_outputs", last!.First.Computed);
        Print("edit_run_computed_outputs", last.Edit.Computed);
        Print("edit_run_parsed_files", last.Edit.Parsed);
        Print("csharp_edit_parsed_files", last.CSharpEdit.Parsed);
        Print("csharp_edit_computed_outputs", last.CSharpEdit.Computed);
        // Where the rerun after the edit spends its time: the steps that are left to shard or speed up.
        foreach (var (step, seconds) in last.Edit.StepsByName.Where(p => p.Value > 0).OrderByDescending(p => p.Value))
        {
            Print("edit_step_" + step, seconds);
        }

        var (retained, generatedBytes) = Retained(subset);
        Print("driver_retained_bytes", retained);
        Print("driver_generated_source_bytes", generatedBytes);

        foreach (var (group, seconds, treeSeconds, sourceBytes) in EmitTimes(subset, repeats))
        {
            Print("emit_seconds_" + group, seconds);
            Print("parse_seconds_" + group, treeSeconds);
            Print("source_bytes_" + group, sourceBytes);
        }

        foreach (var (step, seconds) in last.First.StepsByName.OrderByDescending(p => p.Value))
        {
            Print("step_" + step, seconds);
        }


        return 0;
    }

    private static RunResult Incremental(CorpusFolder folder, bool track = true)
    {
        var texts = folder.Paths.Select((p, i) => (AdditionalText)new MemoryText(p, folder.Texts[i])).ToImmutableArray();
        var options = new Options(folder.Root, new HashSet<string>(folder.Paths, StringComparer.Ordinal));
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("class Program { }", parse) },
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            texts,
            parse,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

        CollectGarbage();
        driver = driver.RunGenerators(compilation);
        var firstRun = Measure(driver);

        var edited = texts[texts.Length / 2];
        var text = edited.GetText()!.ToString();
        driver = driver.ReplaceAdditionalText(edited, new MemoryText(edited.Path, text.Replace("said", "stated", StringComparison.Ordinal)));
        CollectGarbage();
        driver = driver.RunGenerators(compilation);
        var editRun = Measure(driver);

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }", parse)));
        var csharpRun = Measure(driver);
        return new RunResult(firstRun, editRun, csharpRun);
    }

    /// <summary>
    /// What a driver keeps after a run (untracked, as in a build or an IDE): every step's outputs, cached for the next
    /// run, and the generated sources. An IDE holds this for as long as the project is open. The live heap is
    /// measured before the run and after it with the driver alive; the corpus texts are alive in both. With it, the
    /// generated sources' own share: their text in memory (two bytes a character).
    /// </summary>
    private static (long Retained, long GeneratedSourceBytes) Retained(CorpusFolder folder)
    {
        var (compilation, driver) = Create(folder);
        CollectGarbage();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        driver = driver.RunGenerators(compilation);
        CollectGarbage();
        var alive = GC.GetTotalMemory(forceFullCollection: true);
        var generatedBytes = driver.GetRunResult().Results.Single().GeneratedSources.Sum(g => (long)g.SourceText.Length * 2);
        GC.KeepAlive(compilation);
        return (alive - before, generatedBytes);
    }

    /// <summary>
    /// Each timed run starts from a collected heap, as BenchmarkDotNet's iterations do: otherwise a collection of the
    /// first run's garbage (about a gigabyte) can land in the edit run, which is some 20 times shorter, and decide
    /// its figure.
    /// </summary>
    private static void CollectGarbage()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    /// <summary>
    /// How long the compiler takes to emit the generated code, by origin: the runtime types alone, plus the storage
    /// (corpus class and record chunks), plus everything (search and entity data too). Inline storage, median of
    /// the repeats; a group that does not compile on its own is left out. With each group, the time to parse its
    /// generated files and their size in UTF-8 bytes: what the compiler pays per byte of <c>"..."u8</c> data is its
    /// own, how many bytes a corpus MB becomes is the generator's.
    /// </summary>
    private static IEnumerable<(string Group, double Seconds, double ParseSeconds, long SourceBytes)> EmitTimes(CorpusFolder folder, int repeats)
    {
        var (compilation, driver) = Create(folder);
        driver = driver.RunGenerators(compilation);
        var generated = driver.GetRunResult().Results.Single().GeneratedSources;
        var parse = (CSharpParseOptions)compilation.SyntaxTrees.First().Options;
        var trees = generated.Select(g => (g.HintName, Tree: CSharpSyntaxTree.ParseText(g.SourceText, parse, g.HintName))).ToList();
        var groups = new (string Name, Func<string, bool> Include)[]
        {
            ("runtime", h => h.StartsWith("NewsCorpus.Runtime.", StringComparison.Ordinal)),
            ("runtime_and_storage", h => h.StartsWith("NewsCorpus.Runtime.", StringComparison.Ordinal) || h == "Corpus.g.cs" || h.StartsWith("Corpus.Data", StringComparison.Ordinal)),
            ("everything", _ => true),
        };
        using (var warm = new MemoryStream())
        {
            // The first Emit also JITs the compiler; it is not counted for any group.
            compilation.AddSyntaxTrees(trees.Select(t => t.Tree)).Emit(warm);
        }

        foreach (var (name, include) in groups)
        {
            var sources = generated.Where(g => include(g.HintName)).ToList();
            var sourceBytes = sources.Sum(g => (long)System.Text.Encoding.UTF8.GetByteCount(g.SourceText.ToString()));
            var parseTimes = new List<double>();
            for (var i = 0; i < repeats; i++)
            {
                var watch = Stopwatch.StartNew();
                foreach (var source in sources)
                {
                    CSharpSyntaxTree.ParseText(source.SourceText, parse, source.HintName).GetRoot();
                }

                parseTimes.Add(watch.Elapsed.TotalSeconds);
            }

            var withGroup = compilation.AddSyntaxTrees(trees.Where(t => include(t.HintName)).Select(t => t.Tree));
            var times = new List<double>();
            var ok = true;
            for (var i = 0; i < repeats && ok; i++)
            {
                using var stream = new MemoryStream();
                var watch = Stopwatch.StartNew();
                ok = withGroup.Emit(stream).Success;
                times.Add(watch.Elapsed.TotalSeconds);
            }

            if (ok)
            {
                yield return (name, Median(times), Median(parseTimes), sourceBytes);
            }
        }
    }

    private static (CSharpCompilation Compilation, GeneratorDriver Driver) Create(CorpusFolder folder)
    {
        var texts = folder.Paths.Select((p, i) => (AdditionalText)new MemoryText(p, folder.Texts[i])).ToImmutableArray();
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("class Program { }", parse) },
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            texts,
            parse,
            new Options(folder.Root, new HashSet<string>(folder.Paths, StringComparer.Ordinal)));
        return (compilation, driver);
    }

    private static Measurement Measure(GeneratorDriver driver)
    {
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is not null)
        {
            throw new InvalidOperationException("The generator failed", result.Exception);
        }

        var steps = result.TrackedSteps.SelectMany(p => p.Value).ToList();
        var ran = steps.Where(s => s.Outputs.Any(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified)).ToList();
        var computed = steps.Sum(s => s.Outputs.Count(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified));
        var parsed = result.TrackedSteps.TryGetValue("ParsedArticles", out var parse)
            ? parse.Sum(s => s.Outputs.Count(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified))
            : -1;
        return new Measurement(
            driver.GetTimingInfo().ElapsedTime.TotalSeconds,
            ran.Sum(s => s.ElapsedTime.TotalSeconds),
            computed,
            parsed,
            result.TrackedSteps.ToDictionary(p => p.Key, p => p.Value.Sum(s => s.ElapsedTime.TotalSeconds)));
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static void Print(string key, double value) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{key}={value:0.######}"));

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray());

    private sealed record Measurement(double GeneratorSeconds, double StepSeconds, int Computed, int Parsed, Dictionary<string, double> StepsByName);

    private sealed record RunResult(Measurement First, Measurement Edit, Measurement CSharpEdit);

    private sealed class MemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class Options(string root, HashSet<string> corpus) : AnalyzerConfigOptionsProvider
    {
        private static readonly DictionaryOptions None = new(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "Consumer",
            ["build_property.ProjectDir"] = System.IO.Path.GetDirectoryName(root) + "/",
            ["build_property.NewsCorpusStorage"] = "inline",
        });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => corpus.Contains(textFile.Path)
            ? new DictionaryOptions(new Dictionary<string, string>
            {
                ["build_metadata.AdditionalFiles.NewsCorpus"] = "true",
                ["build_metadata.AdditionalFiles.NewsCorpusRoot"] = root,
            })
            : None;
    }

    private sealed class DictionaryOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
