using System;
using System.IO;
using System.Linq;
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

    [Fact]
    public void No_arguments_reports_the_embedded_seed_dataset()
    {
        var (code, output, _) = Run();

        Assert.Equal(Program.Success, code);
        Assert.Contains("5 articles", output);
        Assert.Contains("US and NATO have no interest in a fair resolution to the Ukraine crisis, says Moscow", output);
    }

    [Fact]
    public void Export_of_the_seed_folder_writes_five_articles_in_the_contract()
    {
        var (code, output, _) = Run("export", SeedsFolder);

        Assert.Equal(Program.Success, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            foreach (var field in new[] { "id", "title", "section", "published", "dateline", "agency", "authors", "subheadings", "paragraphs", "quotes" })
            {
                Assert.True(root.TryGetProperty(field, out _), $"missing field '{field}'");
            }

            var paragraphs = root.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()!).ToList();
            foreach (var quote in root.GetProperty("quotes").EnumerateArray())
            {
                foreach (var field in new[] { "text", "speaker", "cue", "paragraph", "start", "end" })
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
    public void Explain_adds_the_lines_set_aside()
    {
        var (_, output, _) = Run("export", "--explain");

        Assert.Contains("\"removed\":[", output);
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
            var (code, _, _) = Run("export", "--out", path);

            Assert.Equal(Program.Success, code);
            Assert.Equal(5, File.ReadAllLines(path).Length);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
