using System;
using System.IO;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing;
using NewsCorpus.Generator.Tests.Accuracy;

// Scores quotation extraction against the gold sets and prints one line per set.
//   --errors        list every missed, spurious or misattributed quotation
//   --dump          print every quotation the parser finds, with speaker, role, aliases and cue
//   --gold FOLDER   the gold folder (default: found upwards from the current directory)
//   --explain FILE  show the mentions and reporting clauses the rules find in one article
var explain = Array.IndexOf(args, "--explain");
if (explain >= 0 && explain + 1 < args.Length)
{
    NewsCorpus.Accuracy.Explain.Article(args[explain + 1], File.ReadAllText(args[explain + 1]));
    return 0;
}

//   --stress        time the parser on pathological paragraphs (10,000 marks, 5-20 MB lines)
if (Array.IndexOf(args, "--stress") >= 0)
{
    var sizes = Array.IndexOf(args, "--sizes");
    if (sizes >= 0 && sizes + 1 < args.Length)
    {
        NewsCorpus.Accuracy.Stress.Sizes = Array.ConvertAll(args[sizes + 1].Split(','), s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture));
    }

    NewsCorpus.Accuracy.Stress.Run();
    return 0;
}

var showErrors = Array.IndexOf(args, "--errors") >= 0;
var dump = Array.IndexOf(args, "--dump") >= 0;
var goldIndex = Array.IndexOf(args, "--gold");
var gold = goldIndex >= 0 && goldIndex + 1 < args.Length
    ? args[goldIndex + 1]
    : GoldSet.FindGoldFolder(Directory.GetCurrentDirectory()) ?? GoldSet.FindGoldFolder(AppContext.BaseDirectory);
if (gold is null || !Directory.Exists(gold))
{
    Console.Error.WriteLine("Gold folder not found; run from the repository or pass --gold <folder>.");
    return 2;
}

foreach (var set in GoldSet.LoadAll(gold))
{
    var report = QuoteScorer.Score(set);
    Console.WriteLine(report.Summary());
    if (showErrors)
    {
        foreach (var error in report.Errors)
        {
            Console.WriteLine("    " + error);
        }
    }

    if (dump)
    {
        foreach (var article in set.Articles)
        {
            var parsed = ArticleParser.Parse(new CorpusFileSpec(article.Path, article.Id, article.Text));
            Console.WriteLine("  " + article.Id);
            foreach (var quote in parsed.Article?.Quotes ?? EquatableArray<QuoteSpec>.Empty)
            {
                var speaker = quote.Speaker is { } s ? s.Name + " [" + s.Kind + "; " + (s.Role ?? "-") + "; " + string.Join("|", s.Aliases) + "]" : "-";
                Console.WriteLine("    " + quote.Kind + (quote.ContinuesPrevious ? "+" : string.Empty) + " p" + quote.Paragraph + " " + speaker + " <" + (quote.Cue ?? "-") + "> " + quote.Text);
            }

            foreach (var diagnostic in parsed.Diagnostics)
            {
                Console.WriteLine("    ! " + diagnostic.DescriptorId + " line " + (diagnostic.Span.StartLine + 1) + " col " + (diagnostic.Span.StartColumn + 1) + ": " + DiagnosticIds.Format(diagnostic));
            }
        }
    }
}

return 0;
