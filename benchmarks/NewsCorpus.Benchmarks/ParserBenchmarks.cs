using BenchmarkDotNet.Attributes;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing;
using NewsCorpus.Generator.Parsing.Input;
using NewsCorpus.Generator.Storage;

namespace NewsCorpus.Benchmarks;

/// <summary>
/// The generator's per-file work (parse to the model, encode the record) over every file of the corpus, single
/// threaded as in the generator. Throughput = corpus bytes / mean time; `generator` prints it as MB/s.
/// </summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private CorpusFolder _folder = null!;

    [GlobalSetup]
    public void Setup() => _folder = new CorpusFolder(CorpusFolder.Default);

    [Benchmark]
    public long ParseAndEncodeCorpus() => ParseAndEncode(_folder);

    internal static long ParseAndEncode(CorpusFolder folder)
    {
        long bytes = 0;
        for (var i = 0; i < folder.Paths.Count; i++)
        {
            var path = folder.Paths[i];
            var parsed = InputGate.Parse(new CorpusFileSpec(path, ArticleIds.FromPath(path, folder.Root), folder.Texts[i]));
            if (parsed.Article is not null)
            {
                bytes += ArticleRecordEncoder.Encode(parsed.Article).ByteLength;
            }
        }

        return bytes;
    }
}
