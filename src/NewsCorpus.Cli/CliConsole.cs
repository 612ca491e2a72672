using System;
using System.IO;
using System.Text;

namespace NewsCorpus.Cli;

/// <summary>
/// Where the tool writes and what is on the other end. A terminal gets wrapped, shortened text and a progress line
/// for large folders; a pipe or file gets plain text, one record per line, nothing shortened and no progress, so
/// scripts see the same bytes every time.
/// </summary>
/// <param name="Out">Results: standard output.</param>
/// <param name="Error">Problems, progress and notes: standard error.</param>
/// <param name="OutputIsTerminal">True when <paramref name="Out"/> is an interactive terminal.</param>
/// <param name="ErrorIsTerminal">True when <paramref name="Error"/> is an interactive terminal.</param>
/// <param name="Width">Columns to lay text out in when <paramref name="OutputIsTerminal"/>.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool OutputIsTerminal, bool ErrorIsTerminal, int Width)
{
    private const int DefaultWidth = 100;

    /// <summary>Plain writers, as a script or a test sees the tool: no terminal on either side.</summary>
    public static CliConsole Plain(TextWriter output, TextWriter error) => new(output, error, false, false, DefaultWidth);

    /// <summary>The process's own standard output and error, with what they are connected to.</summary>
    public static CliConsole FromProcess()
    {
        var outputIsTerminal = !Console.IsOutputRedirected;
        var errorIsTerminal = !Console.IsErrorRedirected;
        return new CliConsole(
            outputIsTerminal ? Console.Out : Utf8Writer(Console.OpenStandardOutput()),
            errorIsTerminal ? Console.Error : Utf8Writer(Console.OpenStandardError()),
            outputIsTerminal,
            errorIsTerminal,
            outputIsTerminal ? TerminalWidth() : DefaultWidth);
    }

    /// <summary>
    /// Redirected output is always UTF-8 without a byte order mark, whatever the console code page, so JSON Lines
    /// and CSV with non-ASCII names read the same on every OS.
    /// </summary>
    private static TextWriter Utf8Writer(Stream stream) =>
        new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024) { AutoFlush = false };

    private static int TerminalWidth()
    {
        try
        {
            var width = Console.WindowWidth;
            return width >= 40 ? width - 1 : DefaultWidth;
        }
        catch (IOException)
        {
            return DefaultWidth;
        }
    }
}
