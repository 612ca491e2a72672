using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NewsCorpus.Cli;

namespace NewsCorpus.Tests;

/// <summary>The newscorpus tool, run in-process with captured output.</summary>
public sealed class CliTests
{
    private static readonly string SeedsFolder = Path.Combine(AppContext.BaseDirectory, "seeds");

    private static (int ExitCode, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>As if both standard output and standard error were a terminal <paramref name="width"/> columns wide.</summary>
    private static (int ExitCode, string Out, string Err) RunOnTerminal(int width, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(args, new CliConsole(stdout, stderr, OutputIsTerminal: true, ErrorIsTerminal: true, width));
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void No_arguments_reports_the_embedded_seed_dataset()
    {
        var (code, output, _) = Run();

        Assert.Equal(Program.Success, code);
        Assert.Contains("5 articles", output);
        Assert.Contains("US and NATO have no interest in a fair resolution to the Ukraine crisis, says Moscow", output);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("report", "--help")]
    [InlineData("show", "--help")]
    [InlineData("quotes", "--help")]
    [InlineData("export", "-h")]
    public void Help_is_on_every_command_and_names_the_tool(params string[] args)
    {
        var (code, output, error) = Run(args);

        Assert.Equal(Program.Success, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Usage:", output);
        Assert.Contains("newscorpus", output);
        Assert.Contains("--corpus", output);
    }

    [Fact]
    public void Export_of_the_seed_folder_writes_five_articles_in_the_contract()
    {
        var (code, output, _) = Run("export", SeedsFolder);

        Assert.Equal(Program.Success, code);
        var lines = Lines(output);
        Assert.Equal(5, lines.Length);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            foreach (var field in new[] { "id", "title", "section", "published", "dateline", "agency", "authors", "credits", "subheadings", "paragraphs", "quotes" })
            {
                Assert.True(root.TryGetProperty(field, out _), $"missing field '{field}'");
            }

            var paragraphs = root.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()!).ToList();
            foreach (var quote in root.GetProperty("quotes").EnumerateArray())
            {
                foreach (var field in new[] { "text", "speaker", "cue", "kind", "paragraph", "start", "end" })
                {
                    Assert.True(quote.TryGetProperty(field, out _), $"missing quote field '{field}'");
                }

                var paragraph = paragraphs[quote.GetProperty("paragraph").GetInt32()];
                var start = quote.GetProperty("start").GetInt32();
                var end = quote.GetProperty("end").GetInt32();
                Assert.Equal(quote.GetProperty("text").GetString(), paragraph[start..end]);
            }
        }
    }

    [Fact]
    public void Folder_parsed_at_run_time_matches_the_compiled_dataset()
    {
        var (_, fromFolder, _) = Run("export", SeedsFolder);
        var (_, embedded, _) = Run("export");

        Assert.Equal(embedded, fromFolder);
    }

    [Fact]
    public void Corpus_option_works_before_and_after_the_command()
    {
        var (beforeCode, before, _) = Run("--corpus", SeedsFolder, "quotes");
        var (afterCode, after, _) = Run("quotes", "--corpus", SeedsFolder);
        var (_, embedded, _) = Run("quotes");

        Assert.Equal(Program.Success, beforeCode);
        Assert.Equal(Program.Success, afterCode);
        Assert.Equal(before, after);
        Assert.Equal(embedded, before);
    }

    [Fact]
    public void Explain_adds_the_lines_set_aside()
    {
        var (_, output, _) = Run("export", "--explain");

        Assert.Contains("\"removed\":[", output);
    }

    [Fact]
    public void Csv_export_has_a_header_and_one_row_per_article()
    {
        var (code, output, _) = Run("export", "--format", "csv", "--explain");

        Assert.Equal(Program.Success, code);
        var rows = ParseCsv(output);
        Assert.Equal(Corpus.Articles.Count + 1, rows.Count);
        Assert.Equal(new[] { "id", "title", "section", "published" }, rows[0].Take(4));
        Assert.Equal("removed", rows[0][^1]);
        Assert.All(rows, row => Assert.Equal(rows[0].Count, row.Count));
        for (var i = 0; i < Corpus.Articles.Count; i++)
        {
            var article = Corpus.Articles[i];
            var row = rows[i + 1];
            Assert.Equal(article.Id, row[0]);
            Assert.Equal(article.Title, row[1]);
            Assert.Equal(article.Body, row[rows[0].IndexOf("body")]);
        }
    }

    [Fact]
    public void Unknown_export_format_is_a_usage_error()
    {
        var (code, output, error) = Run("export", "--format", "xml");

        Assert.Equal(Program.UsageError, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("xml", error);
    }

    [Fact]
    public void Export_folder_given_twice_is_a_usage_error()
    {
        var (code, output, error) = Run("export", SeedsFolder, "--corpus", SeedsFolder);

        Assert.Equal(Program.UsageError, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("not both", error);
    }

    [Fact]
    public void Show_prints_the_article_with_its_paragraphs_and_quotes()
    {
        var article = Corpus.Articles.First(a => a.Quotes.Count > 0);

        var (code, output, _) = Run("show", article.Id);

        Assert.Equal(Program.Success, code);
        var lines = Lines(output);
        Assert.Equal(article.Title, lines[0]);
        Assert.StartsWith(article.Id, lines[1]);
        Assert.All(article.Paragraphs, p => Assert.Contains(p.Text, lines));
        Assert.Contains($"Quotes ({article.Quotes.Count}):", lines);
    }

    [Fact]
    public void Show_of_an_unknown_id_is_not_found_with_suggestions_on_standard_error()
    {
        var partial = Corpus.Articles[0].Id.Substring(0, 6);

        var (code, output, error) = Run("show", partial);

        Assert.Equal(Program.NotFound, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"no article with id '{partial}'", error);
        Assert.Contains(Corpus.Articles[0].Id, error);
    }

    [Fact]
    public void Show_without_an_id_is_a_usage_error()
    {
        var (code, _, error) = Run("show");

        Assert.Equal(Program.UsageError, code);
        Assert.Contains("Run 'newscorpus --help'", error);
    }

    [Fact]
    public void Piped_quotes_are_one_tab_separated_line_each()
    {
        var (code, output, _) = Run("quotes");

        Assert.Equal(Program.Success, code);
        var lines = Lines(output);
        Assert.Equal(Corpus.Quotes.Count, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var fields = lines[i].Split('\t');
            var quote = Corpus.Quotes[i];
            Assert.Equal(5, fields.Length);
            Assert.Equal(quote.Article.Id, fields[0]);
            Assert.Equal((quote.ParagraphIndex + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), fields[1]);
            Assert.Equal(quote.SpeakerName ?? string.Empty, fields[2]);
            Assert.Equal(quote.Text, fields[4]);
        }
    }

    [Fact]
    public void Speaker_filter_matches_the_dataset_in_any_case()
    {
        var speaker = Corpus.Speakers.OrderByDescending(s => s.Quotes.Count).First();

        var (code, output, _) = Run("quotes", "--speaker", speaker.Name.ToUpperInvariant());

        Assert.Equal(Program.Success, code);
        var texts = Lines(output).Select(line => line.Split('\t')[4]).ToList();
        Assert.Equal(speaker.Quotes.Select(q => q.Text), texts);
    }

    [Fact]
    public void Speaker_with_no_quotes_is_not_found()
    {
        var (code, output, error) = Run("quotes", "--speaker", "Nobody At All");

        Assert.Equal(Program.NotFound, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("Nobody At All", error);
    }

    [Fact]
    public void Missing_folder_is_an_input_error_on_standard_error()
    {
        var (code, output, error) = Run("export", Path.Combine(SeedsFolder, "does-not-exist"));

        Assert.Equal(Program.InputError, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("does-not-exist", error);
    }

    [Fact]
    public void Unknown_option_is_a_usage_error()
    {
        var (code, _, error) = Run("report", "--no-such-option");

        Assert.Equal(Program.UsageError, code);
        Assert.Contains("--no-such-option", error);
    }

    [Fact]
    public void Out_writes_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), "newscorpus-" + Guid.NewGuid().ToString("N") + ".jsonl");
        try
        {
            var (code, output, _) = Run("export", "--out", path);

            Assert.Equal(Program.Success, code);
            Assert.Equal(string.Empty, output);
            Assert.Equal(5, File.ReadAllLines(path).Length);
            Assert.NotEqual(0xEF, File.ReadAllBytes(path)[0]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Problems_in_a_folder_go_to_standard_error_and_the_rest_is_exported()
    {
        using var folder = new TempFolder();
        folder.Write("empty.txt", "   \n");
        folder.Write("good.txt", "A perfectly good headline for the tool\n\nThe body of the article.\n");

        var (code, output, error) = Run("export", "--corpus", folder.Path);

        Assert.Equal(Program.Success, code);
        Assert.Single(Lines(output));
        Assert.Contains("NC0001", error);
        Assert.Contains("empty.txt", error);
    }

    [Fact]
    public void A_folder_is_read_as_the_generator_reads_it_binary_skipped_and_text_that_is_not_utf8_noted()
    {
        using var folder = new TempFolder();
        folder.Write("good.txt", "A perfectly good headline for the tool\n\nThe body of the article.\n");
        folder.WriteBytes("image.txt", Enumerable.Range(0, 400).Select(i => (byte)(i % 7 == 0 ? 0 : 'A' + (i % 26))).ToArray());
        folder.WriteBytes("latin1.txt", Encoding.Latin1.GetBytes("A headline from a caf\u00e9 in the old encoding\n\nThe body of the article.\n"));

        var (code, output, error) = Run("export", "--corpus", folder.Path);

        Assert.Equal(Program.Success, code);
        Assert.Equal(new[] { "good", "latin1" }, Lines(output).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()));
        Assert.Contains(Lines(error), line => line.Contains("image.txt", StringComparison.Ordinal) && line.Contains(": NC0010: ", StringComparison.Ordinal));
        Assert.Contains(Lines(error), line => line.Contains("latin1.txt", StringComparison.Ordinal) && line.Contains(": NC0011: ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_folder_parsed_on_every_core_gives_the_same_output_and_problems_in_file_order()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 120; i++)
        {
            folder.Write($"story{i:D3}.txt", i % 10 == 3 ? "   \n" : $"Headline number {i} of the folder\n\n\u201CWe will see,\u201D said Anna Berg, the mayor. Body {i}.\n");
        }

        var first = Run("export", "--corpus", folder.Path);
        var second = Run("export", "--corpus", folder.Path);

        Assert.Equal(first, second);
        var ids = Lines(first.Out).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!).ToList();
        Assert.Equal(108, ids.Count);
        Assert.Equal(ids.OrderBy(id => id, StringComparer.Ordinal), ids);
        var empty = Lines(first.Err).Where(line => line.Contains(": NC0001: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(0, 12).Select(k => $"story{(k * 10) + 3:D3}.txt"), empty.Select(line => Path.GetFileName(line[..line.IndexOf('(', StringComparison.Ordinal)])));
    }

    [Fact]
    public void Large_folder_shows_progress_on_a_terminal_and_not_when_piped()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < Cli.Output.ProgressDisplay.MinimumFiles; i++)
        {
            folder.Write($"story{i:D3}.txt", $"Headline number {i} of the large folder\n\nBody {i}.\n");
        }

        var (terminalCode, _, terminalError) = RunOnTerminal(80, "report", "--corpus", folder.Path);
        var (pipedCode, _, pipedError) = Run("report", "--corpus", folder.Path);

        Assert.Equal(Program.Success, terminalCode);
        Assert.Contains($"Parsing {Cli.Output.ProgressDisplay.MinimumFiles}/{Cli.Output.ProgressDisplay.MinimumFiles} files (100%)", terminalError);
        Assert.Equal(Program.Success, pipedCode);
        Assert.DoesNotContain("Parsing", pipedError);
        Assert.DoesNotContain("\r", pipedError);
    }

    [Fact]
    public void Terminal_output_is_wrapped_to_the_width_and_piped_output_is_not()
    {
        const int Width = 60;
        var article = Corpus.Articles.OrderByDescending(a => a.Paragraphs.Max(p => p.Text.Length)).First();

        var (_, terminal, _) = RunOnTerminal(Width, "show", article.Id);
        var (_, piped, _) = Run("show", article.Id);

        var longest = article.Paragraphs.Max(p => p.Text.Length);
        Assert.True(longest > Width);
        Assert.Contains(Lines(piped), line => line.Length == longest);
        Assert.All(
            Lines(terminal),
            line => Assert.True(line.Length <= Width || !line.Trim().Contains(' ', StringComparison.Ordinal), $"not wrapped: {line}"));
    }

    [Fact]
    public void Version_prints_and_succeeds()
    {
        var (code, output, _) = Run("--version");

        Assert.Equal(Program.Success, code);
        Assert.StartsWith("0.", output);
    }

    /// <summary>An RFC 4180 reader, enough to check what the exporter writes.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = new List<string>();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.False(quoted, "unterminated quoted field");
        Assert.Empty(row);
        return rows;
    }

    private sealed class TempFolder : IDisposable
    {
        public TempFolder() => Directory.CreateDirectory(Path);

        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newscorpus-cli-" + Guid.NewGuid().ToString("N"));

        public void Write(string name, string text) => File.WriteAllText(System.IO.Path.Combine(Path, name), text);

        public void WriteBytes(string name, byte[] bytes) => File.WriteAllBytes(System.IO.Path.Combine(Path, name), bytes);

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
