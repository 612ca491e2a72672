using System;
using System.Diagnostics;
using System.IO;

namespace NewsCorpus.Cli.Output;

/// <summary>
/// One self-overwriting line on standard error ("Parsing 1200/5000 files (24%)") while a large folder is parsed.
/// Shown only when standard error is a terminal and the folder is large: a pipe or a log file never gets carriage
/// returns, and a small folder is parsed before a progress line would be read.
/// </summary>
internal sealed class ProgressDisplay : IDisposable
{
    /// <summary>Folders with fewer files than this are parsed without a progress line.</summary>
    public const int MinimumFiles = 200;

    private static readonly long s_interval = Stopwatch.Frequency / 10;

    private readonly TextWriter _error;
    private readonly int _total;
    private long _lastDraw;
    private int _lastLength;

    private ProgressDisplay(TextWriter error, int total)
    {
        _error = error;
        _total = total;
    }

    /// <summary>A display for <paramref name="total"/> files, or null when none should be shown.</summary>
    public static ProgressDisplay? For(CliConsole console, int total) =>
        console.ErrorIsTerminal && total >= MinimumFiles ? new ProgressDisplay(console.Error, total) : null;

    public void Report(int done)
    {
        // Redrawing at most ten times a second keeps the terminal, not the parser, from being the bottleneck.
        var now = Stopwatch.GetTimestamp();
        if (done != _total && done != 1 && now - _lastDraw < s_interval)
        {
            return;
        }

        _lastDraw = now;
        var line = $"Parsing {done}/{_total} files ({done * 100L / _total}%)";
        _error.Write("\r" + line.PadRight(_lastLength));
        _error.Flush();
        _lastLength = line.Length;
    }

    /// <summary>Clears the line so that what follows starts at the left margin.</summary>
    public void Dispose()
    {
        _error.Write("\r" + new string(' ', _lastLength) + "\r");
        _error.Flush();
    }
}
