using System;
using System.Collections.Generic;
using System.Linq;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing;
using NewsCorpus.Generator.Parsing.Quotes;

namespace NewsCorpus.Accuracy;

/// <summary>Prints how the attribution rules read an article: each sentence's mentions and reporting clauses.</summary>
internal static class Explain
{
    public static void Article(string path, string text)
    {
        var parsed = ArticleParser.Parse(new CorpusFileSpec(path, "explain", text));
        if (parsed.Article is not { } article)
        {
            Console.WriteLine("(no article)");
            return;
        }

        for (var p = 0; p < article.Paragraphs.Count; p++)
        {
            var paragraph = article.Paragraphs[p].Text;
            var ranges = new List<(int, int, int)>();
            for (var q = 0; q < article.Quotes.Count; q++)
            {
                if (article.Quotes[q].Paragraph == p)
                {
                    ranges.Add((article.Quotes[q].Start, article.Quotes[q].End, q));
                }
            }

            var tokens = ParagraphTokenizer.Tokenize(paragraph, ranges);
            Console.WriteLine("p" + p + ": " + paragraph);
            foreach (var (start, end) in Sentences.Split(tokens, paragraph))
            {
                var mentions = MentionFinder.Find(paragraph, tokens, start, end);
                var clauses = CueFrames.Find(tokens, start, end, mentions);
                Console.WriteLine("  sentence: " + string.Join(" ", tokens.Skip(start).Take(end - start).Select(t => t.Kind == TokenKind.Quote ? "Q" + t.Quote : t.Text)));
                foreach (var mention in mentions)
                {
                    Console.WriteLine("    mention " + mention + " [" + mention.First + ".." + mention.Last + "]" + (mention.Weak ? " weak" : string.Empty)
                        + (mention.AfterPreposition ? " after-prep" : string.Empty) + (mention.Of is { } of ? " of=" + of : string.Empty));
                }

                foreach (var clause in clauses)
                {
                    Console.WriteLine("    clause <" + clause.Cue + "> " + clause.Subject + (clause.Weak ? " weak" : string.Empty));
                }
            }
        }
    }
}
