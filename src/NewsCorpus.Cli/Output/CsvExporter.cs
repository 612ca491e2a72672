using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NewsCorpus.Cli.Data;

namespace NewsCorpus.Cli.Output;

/// <summary>
/// One row per article in RFC 4180 CSV (comma-separated, CRLF row ends, fields quoted when needed), with a header
/// row, for spreadsheets and data frames. Lists are joined with "; ", the body's paragraphs with a blank line;
/// quotations, which are rows of their own, are counted here and listed by <c>newscorpus quotes</c> or JSON Lines.
/// --explain adds the lines set aside, one "line reason: text" per line of the cell.
/// </summary>
internal static class CsvExporter
{
    private static readonly string[] s_columns =
    {
        "id", "title", "section", "published", "dateline", "agency", "authors", "credits", "subheadings",
        "paragraph_count", "quote_count", "speakers", "body",
    };

    public static void Write(TextWriter output, IEnumerable<ArticleView> articles, bool explain)
    {
        WriteRow(output, explain ? s_columns.Append("removed") : s_columns);
        foreach (var a in articles)
        {
            var row = new List<string?>
            {
                a.Id,
                a.Title,
                a.Section,
                a.Published,
                a.Dateline,
                a.Agency,
                string.Join("; ", a.Authors),
                string.Join("; ", a.Credits),
                string.Join("; ", a.Subheadings),
                a.Paragraphs.Count.ToString(CultureInfo.InvariantCulture),
                a.Quotes.Count.ToString(CultureInfo.InvariantCulture),
                string.Join("; ", a.Quotes.Where(q => q.Speaker is not null).Select(q => q.Speaker!).Distinct()),
                string.Join("\n\n", a.Paragraphs.Select(p => p.Text)),
            };
            if (explain)
            {
                row.Add(string.Join("\n", a.Removed.Select(r => $"{(r.Line + 1).ToString(CultureInfo.InvariantCulture)} {r.Reason}: {r.Text}")));
            }

            WriteRow(output, row);
        }

        output.Flush();
    }

    private static void WriteRow(TextWriter output, IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                output.Write(',');
            }

            output.Write(Escape(field ?? string.Empty));
            first = false;
        }

        output.Write("\r\n");
    }

    /// <summary>Quotes a field that holds a comma, a quotation mark, a line break or edge spaces; doubles inner quotation marks.</summary>
    public static string Escape(string field)
    {
        var needsQuotes = field.Length > 0 && (field[0] == ' ' || field[field.Length - 1] == ' ');
        foreach (var c in field)
        {
            if (c is ',' or '"' or '\r' or '\n')
            {
                needsQuotes = true;
                break;
            }
        }

        if (!needsQuotes)
        {
            return field;
        }

        var builder = new StringBuilder(field.Length + 2).Append('"');
        foreach (var c in field)
        {
            if (c == '"')
            {
                builder.Append('"');
            }

            builder.Append(c);
        }

        return builder.Append('"').ToString();
    }
}
