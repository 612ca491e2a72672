using System;
using System.Collections.Generic;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing.Quotes;
using NewsCorpus.Generator.Parsing.Structure;

namespace NewsCorpus.Generator.Parsing;

/// <summary>
/// Turns the text of one corpus file into an <see cref="ArticleSpec"/>: structure first (headline, metadata,
/// paragraphs, boilerplate set aside), then quotations and their speakers. Pure: no Roslyn types, no I/O, so
/// the command-line tool runs exactly the same parser at run time.
/// </summary>
internal static class ArticleParser
{
    public static ParsedArticle Parse(CorpusFileSpec file)
    {
        if (file.Content is null)
        {
            return Failed(file, DiagnosticIds.UnreadableFile, "the compiler could not read its text");
        }

        var lines = LineSplitter.Split(file.Content);
        var map = new SourceMap(file.Path, lines);
        if (lines.TrueForAll(line => line.IsBlank))
        {
            return new ParsedArticle(null, new[] { map.Diagnostic(DiagnosticIds.EmptyFile, TextSpanSpec.FileStart) }.ToEquatableArray());
        }

        var draft = new ArticleDraft(file.Id, RelativeSourcePath(file), map);
        try
        {
            StructureParser.Parse(lines, draft);
            QuoteExtractor.Extract(draft);
            SpeakerResolver.Resolve(draft);
            Entities.EntityExtractor.Extract(draft);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A parser bug must never take the user's build down: keep every line as a paragraph and say so.
            return new ParsedArticle(
                PlainArticle(file, lines),
                new[] { map.Diagnostic(DiagnosticIds.ParserFailure, TextSpanSpec.FileStart, exception.GetType().Name + ": " + exception.Message) }.ToEquatableArray());
        }

        return new ParsedArticle(draft.ToSpec(), draft.Diagnostics.ToEquatableArray());
    }

    /// <summary>The file's path as the article reports it: the id plus the original extension.</summary>
    private static string RelativeSourcePath(CorpusFileSpec file)
    {
        var extension = System.IO.Path.GetExtension(file.Path);
        return file.Id + extension;
    }

    private static ParsedArticle Failed(CorpusFileSpec file, string id, string reason) =>
        new(null, new[] { new DiagnosticSpec(id, file.Path, TextSpanSpec.FileStart, new[] { file.Path, reason }.ToEquatableArray()) }.ToEquatableArray());

    private static ArticleSpec PlainArticle(CorpusFileSpec file, List<SourceLine> lines)
    {
        var draft = new ArticleDraft(file.Id, RelativeSourcePath(file), new SourceMap(file.Path, lines));
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                continue;
            }

            if (draft.Title.Length == 0)
            {
                draft.Title = line.Trimmed;
            }
            else
            {
                draft.Paragraphs.Add(new ParagraphSpec(line.Trimmed, -1, line.Number));
            }
        }

        return draft.ToSpec();
    }
}
