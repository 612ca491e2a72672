using System;
using System.Collections.Generic;
using System.Globalization;

namespace NewsCorpus.Cli.Data;

/// <summary>
/// What the commands show of an article, whichever way it was obtained: from the compiled dataset or parsed
/// from a folder at run time. Both sources map onto this one shape, so every command works on either.
/// </summary>
internal sealed record ArticleView(
    string Id,
    string Title,
    string? Section,
    string? Published,
    string? Dateline,
    string? Agency,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Credits,
    IReadOnlyList<string> Subheadings,
    IReadOnlyList<ParagraphView> Paragraphs,
    IReadOnlyList<QuoteView> Quotes,
    IReadOnlyList<RemovedView> Removed);

internal sealed record ParagraphView(string Text, string? Subheading);

/// <param name="SpeakerAliases">Other names the speaker goes by (surname alone, other spellings), for --speaker.</param>
/// <param name="ContinuesPrevious">The quotation goes on from the previous quote, left open in an earlier paragraph.</param>
internal sealed record QuoteView(
    string Text,
    string? Speaker,
    IReadOnlyList<string> SpeakerAliases,
    string? Cue,
    QuoteKind Kind,
    int Paragraph,
    int Start,
    int End,
    bool ContinuesPrevious = false);

internal sealed record RemovedView(int Line, RemovalReason Reason, string Text);

internal static class ArticleViews
{
    public static ArticleView FromCompiled(Article article) => new(
        article.Id,
        article.Title,
        article.Section,
        FormatDate(article.PublishedAt),
        article.Dateline,
        article.Agency,
        article.Authors,
        article.Credits,
        article.Subheadings,
        Map(article.Paragraphs, p => new ParagraphView(p.Text, p.Subheading)),
        Map(article.Quotes, q => new QuoteView(
            q.Text, q.SpeakerName, q.Speaker?.Aliases ?? Array.Empty<string>(), q.Cue, q.Kind, q.ParagraphIndex, q.Start, q.End, q.ContinuesPrevious)),
        Map(article.Removed, r => new RemovedView(r.Line, r.Reason, r.Text)));

    public static ArticleView FromSpec(Generator.Model.ArticleSpec article) => new(
        article.Id,
        article.Title,
        article.Section,
        article.PublishedAt is null ? null : FormatDate(DateTime.Parse(article.PublishedAt, CultureInfo.InvariantCulture)),
        article.Dateline,
        article.Agency,
        ToList(article.Authors),
        ToList(article.Credits),
        ToList(article.Subheadings),
        Map(article.Paragraphs, p => new ParagraphView(p.Text, p.Subheading < 0 ? null : article.Subheadings[p.Subheading])),
        Map(article.Quotes, q => new QuoteView(
            q.Text,
            q.Speaker?.Name,
            q.Speaker is null ? Array.Empty<string>() : ToList(q.Speaker.Aliases),
            q.Cue,
            q.Kind,
            q.Paragraph,
            q.Start,
            q.End,
            q.ContinuesPrevious)),
        Map(article.Removed, r => new RemovedView(r.Line, r.Reason, r.Text)));

    /// <summary>ISO 8601, with the time only when the article gives one.</summary>
    public static string? FormatDate(DateTime? value) =>
        value is null ? null
        : value.Value.TimeOfDay == TimeSpan.Zero ? value.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : value.Value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    private static IReadOnlyList<string> ToList(IEnumerable<string> items) => new List<string>(items);

    private static IReadOnlyList<TOut> Map<TIn, TOut>(IEnumerable<TIn> items, Func<TIn, TOut> map)
    {
        var list = new List<TOut>();
        foreach (var item in items)
        {
            list.Add(map(item));
        }

        return list;
    }
}
