using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing;
using NewsCorpus.Generator.Parsing.Entities;
using NewsCorpus.Generator.Parsing.Input;
using NewsCorpus.Generator.Storage;

namespace NewsCorpus.ParseProbe;

/// <summary>
/// hash DIR...          one SHA-256 per folder (and one over all) of every per-file result, serialized field by field
/// time DIR [runs]      MB/s and allocated MB of parse + encode, and of everything per file, median of runs after a warm-up
/// stages DIR [runs]    seconds and allocated MB per stage of ArticleParser.Parse and after it, median of runs
/// loop DIR seconds     the per-file work in a loop, for a profiler
/// merge DIR files [runs]  EntityCorpusMerger.Merge over the first files' summaries (what an edit reruns): the second call
///                      in the process (what a generator's first rerun pays), then the median of runs, wall clock and
///                      this thread's CPU time; then the SHA-256 of the encoded entity index
/// clusters DIR files [runs]  SearchQuoteClusterer.Plan over the first files' quotation terms, timed as merge; then the
///                      SHA-256 of the cluster record
/// blob DIR [runs]      CorpusBlobBuilder.Build as the build task calls it (parallel): the first run cold (fresh process), later ones warm; for a profiler;
///                      then the resource header (every section's length and checksum)
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        switch (args.Length > 0 ? args[0] : "")
        {
            case "hash":
                Hash(args.Skip(1).ToArray());
                return 0;
            case "time":
                Time(new Folder(args[1]), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5);
                return 0;
            case "stages":
                Stages(new Folder(args[1]), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3);
                return 0;
            case "loop":
                Loop(new Folder(args[1]), double.Parse(args[2], CultureInfo.InvariantCulture));
                return 0;
            case "merge":
                Merge(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 20);
                return 0;
            case "clusters":
                Clusters(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 20);
                return 0;
            case "sizes":
                Sizes(new Folder(args[1]));
                return 0;
            case "blob":
                Blob(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1);
                return 0;
            default:
                Console.Error.WriteLine("usage: hash DIR... | time DIR [runs] | stages DIR [runs] | loop DIR seconds | blob DIR [runs] | sizes DIR | merge DIR files [runs] | clusters DIR files [runs]");
                return 2;
        }
    }

    private sealed class Folder
    {
        public Folder(string root)
        {
            Root = Path.GetFullPath(root);
            Paths = Directory.GetFiles(Root, "*.txt", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).ToArray();
            Texts = Paths.Select(System.IO.File.ReadAllText).ToArray();
            Bytes = Texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
        }

        public string Root { get; }
        public string[] Paths { get; }
        public string[] Texts { get; }
        public long Bytes { get; }

        public CorpusFileSpec File(int i) => new(Paths[i], ArticleIds.FromPath(Paths[i], Root), Texts[i]);
    }

    private static void Hash(string[] roots)
    {
        using var all = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var root in roots)
        {
            var folder = new Folder(root);
            using var one = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            for (var i = 0; i < folder.Paths.Length; i++)
            {
                var text = new StringBuilder();
                var parsed = InputGate.Parse(folder.File(i));
                text.Append(Path.GetRelativePath(folder.Root, folder.Paths[i])).Append('\n');
                Serialize(parsed.Diagnostics, text);
                if (parsed.Article is not null)
                {
                    Serialize(parsed.Article, text);
                    Serialize(ArticleRecordEncoder.Encode(parsed.Article), text);
                    Serialize(SearchTermCounter.Count(parsed.Article), text);
                    Serialize(SearchQuoteCollector.Collect(parsed.Article), text);
                    Serialize(EntitySummarizer.Summarize(parsed.Article), text);
                }

                var bytes = Encoding.UTF8.GetBytes(text.ToString());
                one.AppendData(bytes);
                all.AppendData(bytes);
            }

            Console.WriteLine($"{Convert.ToHexString(one.GetHashAndReset())}  {folder.Paths.Length} files  {root}");
        }

        Console.WriteLine($"{Convert.ToHexString(all.GetHashAndReset())}  all");
    }

    private static void Serialize(object? value, StringBuilder text)
    {
        switch (value)
        {
            case null:
                text.Append('~');
                return;
            case string s:
                text.Append('"').Append(s.Length).Append(':').Append(s).Append('"');
                return;
            case IFormattable f when value.GetType().IsPrimitive || value is Enum || value is decimal:
                text.Append(f.ToString(null, CultureInfo.InvariantCulture));
                return;
            case bool b:
                text.Append(b ? 'T' : 'F');
                return;
            case char c:
                text.Append('\'').Append(c);
                return;
            case SearchTermsSpec terms:
                // Written as when each passage was an object of its own, so the hash guard spans that change.
                text.Append(nameof(SearchTermsSpec)).Append("{Id=");
                Serialize(terms.Id, text);
                text.Append(";SourcePath=");
                Serialize(terms.SourcePath, text);
                text.Append(";Passages=[");
                for (var p = 0; p < terms.PassageCount; p++)
                {
                    text.Append("SearchPassageSpec{Length=");
                    Serialize(terms.PassageLengths[p], text);
                    text.Append(";Terms=[");
                    for (var t = terms.TermStart(p); t < terms.TermEnds[p]; t++)
                    {
                        text.Append("SearchTermCount{Term=");
                        Serialize(terms.Terms[t], text);
                        text.Append(";Count=");
                        Serialize(terms.Counts[t], text);
                        text.Append(";},");
                    }

                    text.Append("];},");
                }

                text.Append("];}");
                return;
            case EncodedArticle record:
                // Written as when the record was held as text, so the hash guard spans that change: its text, then its length in bytes.
                text.Append(nameof(EncodedArticle)).Append('{');
                foreach (var (name, field) in new (string, object)[] { ("Id", record.Id), ("SourcePath", record.SourcePath), ("Record", RecordBytes.Decode(record.Record)), ("ByteLength", record.ByteLength), ("Checksum", record.Checksum) })
                {
                    text.Append(name).Append('=');
                    Serialize(field, text);
                    text.Append(';');
                }

                text.Append('}');
                return;
            case IEnumerable items:
                text.Append('[');
                foreach (var item in items)
                {
                    Serialize(item, text);
                    text.Append(',');
                }

                text.Append(']');
                return;
        }

        var type = value.GetType();
        text.Append(type.Name).Append('{');
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            text.Append(property.Name).Append('=');
            Serialize(property.GetValue(value), text);
            text.Append(';');
        }

        text.Append('}');
    }

    private static long PerFile(Folder folder, bool everything)
    {
        long sum = 0;
        for (var i = 0; i < folder.Paths.Length; i++)
        {
            var parsed = InputGate.Parse(folder.File(i));
            if (parsed.Article is null)
            {
                continue;
            }

            sum += ArticleRecordEncoder.Encode(parsed.Article).ByteLength;
            if (everything)
            {
                sum += SearchTermCounter.Count(parsed.Article).PassageCount;
                sum += SearchQuoteCollector.Collect(parsed.Article).Quotes.Count;
                sum += EntitySummarizer.Summarize(parsed.Article).Entities.Count;
            }
        }

        return sum;
    }

    private static void Time(Folder folder, int runs)
    {
        Console.WriteLine($"{folder.Paths.Length} files, {folder.Bytes / 1e6:F1} MB");
        foreach (var everything in new[] { false, true })
        {
            PerFile(folder, everything);
            var seconds = new List<double>();
            var cpu = new List<double>();
            long allocated = 0;
            for (var r = 0; r < runs; r++)
            {
                GC.Collect();
                var before = GC.GetAllocatedBytesForCurrentThread();
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                PerFile(folder, everything);
                seconds.Add(watch.Elapsed.TotalSeconds);
                cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds);
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            }

            seconds.Sort();
            cpu.Sort();
            var median = seconds[seconds.Count / 2];
            var cpuMedian = cpu[cpu.Count / 2];
            Console.WriteLine(
                $"{(everything ? "parse+encode+terms+quotes+entities" : "parse+encode"),-36} median {median:F3} s  {folder.Bytes / 1e6 / median:F1} MB/s  " +
                $"(runs {string.Join(" ", seconds.Select(s => s.ToString("F3", CultureInfo.InvariantCulture)))})  allocated {allocated / 1e6:F1} MB  " +
                $"process CPU median {cpuMedian:F3} s = {folder.Bytes / 1e6 / cpuMedian:F1} MB/s");
        }
    }

    private static readonly string[] s_stages = { "lines", "structure", "quotes", "speakers", "entity-tokens (extra)", "entity-find", "entity-group", "spec", "encode", "terms", "quoteterms", "summary" };

    /// <summary>ArticleParser.Parse step by step (no exception guard), then the per-article work after it.</summary>
    private static void Stages(Folder folder, int runs)
    {
        var seconds = new double[runs, s_stages.Length];
        var bytes = new long[s_stages.Length];
        for (var r = -1; r < runs; r++)
        {
            Array.Clear(bytes);
            var watch = new Stopwatch();
            var times = new double[s_stages.Length];
            for (var i = 0; i < folder.Paths.Length; i++)
            {
                var file = folder.File(i);
                var stage = 0;
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                watch.Restart();
                void Mark()
                {
                    times[stage] += watch.Elapsed.TotalSeconds;
                    var now = GC.GetAllocatedBytesForCurrentThread();
                    bytes[stage] += now - allocated;
                    stage++;
                    allocated = GC.GetAllocatedBytesForCurrentThread();
                    watch.Restart();
                }

                var lines = LineSplitter.Split(file.Content!);
                var map = new SourceMap(file.Path, lines);
                if (lines.TrueForAll(line => line.IsBlank))
                {
                    continue;
                }

                var draft = new ArticleDraft(file.Id, file.Id + Path.GetExtension(file.Path), map);
                Mark();
                NewsCorpus.Generator.Parsing.Structure.StructureParser.Parse(lines, draft);
                Mark();
                NewsCorpus.Generator.Parsing.Quotes.QuoteExtractor.Extract(draft);
                Mark();
                NewsCorpus.Generator.Parsing.Quotes.SpeakerResolver.Resolve(draft);
                Mark();
                var paragraphs = draft.Paragraphs.Select(p => p.Text).ToList();
                foreach (var paragraph in paragraphs)
                {
                    EntityText.Tokenize(paragraph);
                }

                Mark();
                var speakers = draft.Quotes.Where(q => q.Speaker is not null).Select(q => q.Speaker!.Name).ToList();
                var finder = EntityCandidateFinder.Find(draft.Title, paragraphs, speakers);
                Mark();
                draft.Entities.AddRange(EntityGrouper.Group(finder, draft.Quotes, paragraphs));
                Mark();
                var article = draft.ToSpec();
                Mark();
                ArticleRecordEncoder.Encode(article);
                Mark();
                SearchTermCounter.Count(article);
                Mark();
                SearchQuoteCollector.Collect(article);
                Mark();
                EntitySummarizer.Summarize(article);
                Mark();
            }

            if (r >= 0)
            {
                for (var s = 0; s < s_stages.Length; s++)
                {
                    seconds[r, s] = times[s];
                }
            }
        }

        Console.WriteLine($"{folder.Paths.Length} files, {folder.Bytes / 1e6:F1} MB");
        for (var s = 0; s < s_stages.Length; s++)
        {
            var list = Enumerable.Range(0, runs).Select(r => seconds[r, s]).OrderBy(x => x).ToList();
            Console.WriteLine($"{s_stages[s],-12} {list[runs / 2],7:F3} s  {bytes[s] / 1e6,8:F1} MB allocated");
        }
    }

    private static void Loop(Folder folder, double seconds)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            PerFile(folder, true);
        }
    }

    /// <summary>
    /// The build task's parse in a fresh process: the bytes are read first (not timed), so the time is what the task
    /// spends in Build, cold JIT included.
    /// </summary>
    private static void Blob(string dir, int runs)
    {
        // Read once: only the build is timed, and every run builds from the same bytes.
        var root = Path.GetFullPath(dir);
        var paths = Directory.GetFiles(root, "*.txt", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).ToArray();
        var sources = paths.Select(p => new CorpusBlobSource(p, root, System.IO.File.ReadAllBytes(p))).ToArray();
        for (var run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            var allocated = GC.GetTotalAllocatedBytes();
            var pause = GC.GetTotalPauseDuration();
            var blob = CorpusBlobBuilder.Build(sources);
            Console.WriteLine(
                $"{paths.Length} files, {blob.Records.Count} records: Build {watch.Elapsed.TotalSeconds:F3} s, " +
                $"allocated {(GC.GetTotalAllocatedBytes() - allocated) / 1e6:F0} MB, GC pauses {(GC.GetTotalPauseDuration() - pause).TotalSeconds:F3} s, " +
                $"gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, JIT {System.Runtime.JitInfo.GetCompiledMethodCount()} methods {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:F3} s");
            if (run == runs - 1)
            {
                // The header holds every section's length and checksum: a speed-up of the build must leave it unchanged.
                Console.WriteLine($"header {blob.Header}");
            }
        }
    }

    /// <summary>The generator's corpus-wide entity step alone, as it reruns after an edit of one of <paramref name="files"/> files.</summary>
    private static void Merge(string dir, int files, int runs)
    {
        var summaries = new List<EntityArticleSummary>();
        foreach (var article in Articles(dir, files))
        {
            summaries.Add(EntitySummarizer.Summarize(article));
        }

        var rules = Array.Empty<EntityAliasRules>();
        var model = Repeat(() => EntityCorpusMerger.Merge(summaries, rules, EntityOutputSettings.Default), runs, $"{summaries.Count} summaries");
        var record = EntityIndexEncoder.Encode(model);
        Console.WriteLine($"{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(record)))}  entity index");
    }

    private static void Clusters(string dir, int files, int runs)
    {
        var quotes = new List<SearchQuotesSpec>();
        foreach (var article in Articles(dir, files))
        {
            quotes.Add(SearchQuoteCollector.Collect(article));
        }

        var settings = new SearchSettingsSpec(string.Empty, CorpusSettings.DefaultClassName, CorpusSettings.DefaultChunkSize);
        var plan = Repeat(() => SearchQuoteClusterer.Plan(quotes, settings), runs, $"{quotes.Count} articles' quotations");
        Console.WriteLine($"{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(plan.Record)))}  {plan.Clusters.Count} clusters");
    }

    /// <summary>
    /// What the stored records are made of, in UTF-8 bytes, against the corpus files: the body text (paragraphs and
    /// the blank lines between them), the entity mentions, the headline, id and path, the removed lines' text, and the
    /// rest (quotations, speakers, header fields, the paragraph table and every number). Inline storage compiles these
    /// bytes as <c>"..."u8</c> source, so they set its floor per corpus MB.
    /// </summary>
    private static void Sizes(Folder folder)
    {
        long records = 0, body = 0, entities = 0, heads = 0, removed = 0;
        var articles = 0;
        for (var i = 0; i < folder.Paths.Length; i++)
        {
            if (InputGate.Parse(folder.File(i)).Article is not { } article)
            {
                continue;
            }

            articles++;
            records += ArticleRecordEncoder.Encode(article).ByteLength;
            body += article.Paragraphs.Sum(p => (long)Encoding.UTF8.GetByteCount(p.Text)) + (2L * Math.Max(0, article.Paragraphs.Count - 1));
            var mentions = new CorpusRecordWriter();
            EntityRecordWriter.Write(mentions, article.Entities);
            entities += mentions.ByteLength;
            heads += Encoding.UTF8.GetByteCount(article.Title) + Encoding.UTF8.GetByteCount(article.Id) + Encoding.UTF8.GetByteCount(article.SourcePath);
            removed += article.Removed.Sum(r => (long)Encoding.UTF8.GetByteCount(r.Text));
        }

        string Part(string name, long bytes) => $"{name} {bytes / 1e6:F2} MB ({(double)bytes / folder.Bytes:F2})";
        Console.WriteLine($"{folder.Paths.Length} files, {articles} articles, {folder.Bytes / 1e6:F2} MB; per corpus byte in brackets");
        Console.WriteLine(string.Join("; ", Part("records", records), Part("body", body), Part("entities", entities), Part("headline, id, path", heads), Part("removed lines", removed), Part("rest", records - body - entities - heads - removed)));
    }

    /// <summary>The first <paramref name="files"/> files of the folder, parsed.</summary>
    private static IEnumerable<ArticleSpec> Articles(string dir, int files)
    {
        var root = Path.GetFullPath(dir);
        var paths = Directory.GetFiles(root, "*.txt", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).Take(files).ToArray();
        foreach (var path in paths)
        {
            if (InputGate.Parse(new CorpusFileSpec(path, ArticleIds.FromPath(path, root), System.IO.File.ReadAllText(path))).Article is { } article)
            {
                yield return article;
            }
        }
    }

    /// <summary>
    /// Runs a corpus-wide step once untimed, then <paramref name="runs"/> times, and prints the second call in the
    /// process (what a generator's first rerun pays), the median wall clock and thread CPU time, and the allocation.
    /// </summary>
    private static T Repeat<T>(Func<T> step, int runs, string what)
    {
        var result = step();
        var seconds = new List<double>();
        var cpu = new List<double>();
        long allocated = 0;
        for (var run = 0; run < runs; run++)
        {
            GC.Collect();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var cpuBefore = ThreadCpu.Milliseconds();
            var watch = Stopwatch.StartNew();
            result = step();
            seconds.Add(watch.Elapsed.TotalMilliseconds);
            cpu.Add(ThreadCpu.Milliseconds() - cpuBefore);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        var (secondWall, secondCpu) = (seconds[0], cpu[0]);
        seconds.Sort();
        cpu.Sort();
        Console.WriteLine($"{what}: second call {secondWall:F2} ms (thread CPU {secondCpu:F2} ms); " +
            $"median {seconds[seconds.Count / 2]:F2} ms (min {seconds[0]:F2}; thread CPU {cpu[cpu.Count / 2]:F2} ms), allocated {allocated / 1e6:F1} MB");
        return result;
    }
}

/// <summary>This thread's CPU time: steadier than the wall clock on a shared machine (Linux and macOS; 0 elsewhere).</summary>
internal static class ThreadCpu
{
    private const int ThreadCpuTimeClock = 3; // CLOCK_THREAD_CPUTIME_ID

    public static double Milliseconds()
    {
        if (OperatingSystem.IsWindows())
        {
            return 0;
        }

        return clock_gettime(ThreadCpuTimeClock, out var time) == 0 ? time.Seconds * 1e3 + time.Nanoseconds / 1e6 : 0;
    }

    [System.Runtime.InteropServices.DllImport("libc")]
    private static extern int clock_gettime(int clock, out TimeSpec time);

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
