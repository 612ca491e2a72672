using System;
using BenchmarkDotNet.Running;

namespace NewsCorpus.Benchmarks;

/// <summary>
/// dotnet run -c Release -- [BenchmarkDotNet arguments]      the benchmarks (e.g. --filter '*' --job short)
/// dotnet run -c Release -- generator DIR [files] [repeats]  the generator evaluation over a corpus folder
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "generator")
        {
            return GeneratorEvaluation.Run(args);
        }

        if (Corpus.Articles.Count == 0)
        {
            Console.Error.WriteLine("No corpus was compiled in: run benchmarks/run.sh, or write one with NewsCorpus.CorpusWriter into benchmarks/out/corpus-5MB and rebuild.");
            return 2;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
