using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsCorpus.Cli.Data;

namespace NewsCorpus.Cli.Output;

/// <summary>
/// Writes one JSON object per article per line. Field names are a contract that downstream tools rely on:
/// id, title, section, published, dateline, agency, authors, credits, subheadings, paragraphs, quotes[text,
/// speaker, cue, kind, paragraph, start, end], and with --explain removed[line, reason, text]. Unknown values
/// are null or empty, never invented.
/// </summary>
internal static class JsonLinesExporter
{
    private static readonly JsonWriterOptions s_options = new()
    {
        // Keep non-ASCII names readable in the output; JSON stays valid either way.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Writes article by article, so memory stays flat however large the corpus.</summary>
    public static void Write(TextWriter output, IEnumerable<ArticleView> articles, bool explain)
    {
        var buffer = new ArrayBufferWriter<byte>();
        foreach (var article in articles)
        {
            buffer.Clear();
            using (var writer = new Utf8JsonWriter(buffer, s_options))
            {
                WriteArticle(writer, article, explain);
            }

            output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
            output.Write('\n');
        }

        output.Flush();
    }

    private static void WriteArticle(Utf8JsonWriter w, ArticleView a, bool explain)
    {
        w.WriteStartObject();
        w.WriteString("id", a.Id);
        w.WriteString("title", a.Title);
        w.WriteString("section", a.Section);
        w.WriteString("published", a.Published);
        w.WriteString("dateline", a.Dateline);
        w.WriteString("agency", a.Agency);
        WriteStrings(w, "authors", a.Authors);
        WriteStrings(w, "credits", a.Credits);
        WriteStrings(w, "subheadings", a.Subheadings);
        w.WriteStartArray("paragraphs");
        foreach (var paragraph in a.Paragraphs)
        {
            w.WriteStringValue(paragraph.Text);
        }

        w.WriteEndArray();
        w.WriteStartArray("quotes");
        foreach (var quote in a.Quotes)
        {
            w.WriteStartObject();
            w.WriteString("text", quote.Text);
            w.WriteString("speaker", quote.Speaker);
            w.WriteString("cue", quote.Cue);
            w.WriteString("kind", QuoteWriter.KindName(quote.Kind));
            w.WriteNumber("paragraph", quote.Paragraph);
            w.WriteNumber("start", quote.Start);
            w.WriteNumber("end", quote.End);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (explain)
        {
            w.WriteStartArray("removed");
            foreach (var removed in a.Removed)
            {
                w.WriteStartObject();
                w.WriteNumber("line", removed.Line + 1);
                w.WriteString("reason", removed.Reason.ToString());
                w.WriteString("text", removed.Text);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }
}
