using System.Collections.Generic;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Parsing;

/// <summary>
/// The article while it is being parsed. Each parsing stage fills its part; <see cref="ToSpec"/> freezes it
/// into the equatable <see cref="ArticleSpec"/>.
/// </summary>
internal sealed class ArticleDraft
{
    public ArticleDraft(string id, string sourcePath, SourceMap map)
    {
        Id = id;
        SourcePath = sourcePath;
        Map = map;
    }

    public string Id { get; }

    public string SourcePath { get; }

    public SourceMap Map { get; }

    public string Title { get; set; } = string.Empty;

    public string? Section { get; set; }

    public string? PublishedAt { get; set; }

    public string? Dateline { get; set; }

    public string? Agency { get; set; }

    public List<string> Authors { get; } = new();

    public List<string> Credits { get; } = new();

    public List<string> Subheadings { get; } = new();

    public List<ParagraphSpec> Paragraphs { get; } = new();

    public List<QuoteSpec> Quotes { get; } = new();

    public List<RemovedLineSpec> Removed { get; } = new();

    /// <summary>The people, organizations, places and agencies the article names; filled last (Parsing/Entities).</summary>
    public List<EntityMentionSpec> Entities { get; } = new();

    public List<DiagnosticSpec> Diagnostics { get; } = new();

    public void Remove(SourceLine line, RemovalReason reason) => Removed.Add(new RemovedLineSpec(line.Text, reason, line.Number));

    public ArticleSpec ToSpec()
    {
        Removed.Sort((a, b) => a.Line.CompareTo(b.Line));
        return new ArticleSpec(
            Id,
            SourcePath,
            Title,
            Section,
            PublishedAt,
            Dateline,
            Agency,
            Authors.ToEquatableArray(),
            Credits.ToEquatableArray(),
            Subheadings.ToEquatableArray(),
            Paragraphs.ToEquatableArray(),
            Quotes.ToEquatableArray(),
            Removed.ToEquatableArray(),
            Entities.ToEquatableArray());
    }
}
