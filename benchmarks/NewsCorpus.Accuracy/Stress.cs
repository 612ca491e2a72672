using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Globalization;
using System.Text;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing;
using NewsCorpus.Generator.Tests.Accuracy;

namespace NewsCorpus.Accuracy;

/// <summary>
/// Times the whole parser on pathological paragraphs, to show quotation extraction stays about linear: a
/// paragraph with 10,000 quotation marks, and single-line paragraphs of 5, 10 and 20 MB, with and without quotations.
/// </summary>
internal static class Stress
{
    public static int[] Sizes { get; set; } = { 5, 10, 20 };

    public static void Run()
    {
        Throughput();
        Time("10,000 straight marks in one paragraph", Article(Repeat("He said \"yes\" and ", 5_000)));
        Time("10,000 curly marks, none closed", Article(Repeat("\u201Cno ", 10_000)));
        Time("10,000 apostrophes and single marks", Article(Repeat("the workers' 'rights ", 5_000)));
        foreach (var megabytes in Sizes)
        {
            var size = megabytes * 1024 * 1024;
            Time(megabytes + " MB line, quotations with attributions", Article(Fill("\u201CWe will win,\u201D said Jane Doe. The minister added that \"talks\" would go on. ", size)));
            Time(megabytes + " MB line, no quotation marks", Article(Fill("The minister added that talks would go on in the capital. ", size)));
            if (SeedLines() is { } seed)
            {
                Time(megabytes + " MB line of seed article text", Article(Fill(seed, size)));
            }
        }
    }

    /// <summary>The seed articles' lines joined by spaces: real news text with its quotations, as one paragraph (HugeInputsTests).</summary>
    private static string? SeedLines()
    {
        var gold = GoldSet.FindGoldFolder(Directory.GetCurrentDirectory());
        var seeds = gold is null ? null : Path.GetFullPath(Path.Combine(gold, "..", "..", "..", "..", "seeds"));
        if (seeds is null || !Directory.Exists(seeds))
        {
            return null;
        }

        var files = Directory.GetFiles(seeds, "*.txt");
        Array.Sort(files, StringComparer.Ordinal);
        var builder = new StringBuilder();
        foreach (var file in files)
        {
            foreach (var line in File.ReadAllText(file).Replace("\r\n", "\n").Split('\n'))
            {
                if (line.Trim().Length > 0)
                {
                    builder.Append(line).Append(' ');
                }
            }
        }

        return builder.ToString();
    }

    private static void Time(string name, string text)
    {
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var stages = Stages(text);
        var parsed = ArticleParser.Parse(new CorpusFileSpec("/stress.txt", "stress", text));
        watch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        var quotes = parsed.Article?.Quotes.Count ?? 0;
        var failed = false;
        foreach (var diagnostic in parsed.Diagnostics)
        {
            failed |= diagnostic.DescriptorId == DiagnosticIds.ParserFailure;
        }

        Console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "{0,-50} {1,8:0.0} MB  {2,8} quotes  {3,8:0.00} s  {4,8:0} MB allocated{5}  ({6})",
            name, text.Length / 1024.0 / 1024.0, quotes, watch.Elapsed.TotalSeconds, allocated / 1024.0 / 1024.0, failed ? "  PARSER FAILURE" : string.Empty, stages));
    }

    /// <summary>Typical articles: the gold articles, each parsed many times; time per article of the quotation stages.</summary>
    private static void Throughput()
    {
        var gold = GoldSet.FindGoldFolder(Directory.GetCurrentDirectory()) ?? GoldSet.FindGoldFolder(AppContext.BaseDirectory);
        if (gold is null)
        {
            return;
        }

        var texts = new List<string>();
        foreach (var set in GoldSet.LoadAll(gold))
        {
            foreach (var article in set.Articles)
            {
                texts.Add(article.Text);
            }
        }

        const int Rounds = 50;
        double quotes = 0, speakers = 0, characters = 0;
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var text in texts)
            {
                var lines = LineSplitter.Split(text);
                var draft = new ArticleDraft("t", "t.txt", new SourceMap("/t.txt", lines));
                NewsCorpus.Generator.Parsing.Structure.StructureParser.Parse(lines, draft);
                var watch = Stopwatch.StartNew();
                NewsCorpus.Generator.Parsing.Quotes.QuoteExtractor.Extract(draft);
                quotes += watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                NewsCorpus.Generator.Parsing.Quotes.SpeakerResolver.Resolve(draft);
                speakers += watch.Elapsed.TotalMilliseconds;
                characters += text.Length;
            }
        }

        var count = Rounds * texts.Count;
        Console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "gold articles ({0} x {1}, {2:0} chars each on average): quotations {3:0.000} ms, speakers {4:0.000} ms per article",
            texts.Count, Rounds, characters / count, quotes / count, speakers / count));
    }

    /// <summary>The quotation stages on their own: structure, quotations, speakers.</summary>
    private static string Stages(string text)
    {
        var lines = LineSplitter.Split(text);
        var draft = new ArticleDraft("stress", "stress.txt", new SourceMap("/stress.txt", lines));
        var watch = Stopwatch.StartNew();
        NewsCorpus.Generator.Parsing.Structure.StructureParser.Parse(lines, draft);
        var structure = watch.Elapsed.TotalSeconds;
        watch.Restart();
        NewsCorpus.Generator.Parsing.Quotes.QuoteExtractor.Extract(draft);
        var quotes = watch.Elapsed.TotalSeconds;
        watch.Restart();
        NewsCorpus.Generator.Parsing.Quotes.SpeakerResolver.Resolve(draft);
        var speakers = watch.Elapsed.TotalSeconds;
        return string.Format(CultureInfo.InvariantCulture, "structure {0:0.00} s, quotes {1:0.00} s, speakers {2:0.00} s", structure, quotes, speakers);
    }

    private static string Article(string paragraph) => "A headline for the stress test\n\n" + paragraph + "\n";

    private static string Repeat(string unit, int count)
    {
        var builder = new StringBuilder(unit.Length * count);
        for (var i = 0; i < count; i++)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }

    private static string Fill(string unit, int size)
    {
        var builder = new StringBuilder(size + unit.Length);
        while (builder.Length < size)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }
}
