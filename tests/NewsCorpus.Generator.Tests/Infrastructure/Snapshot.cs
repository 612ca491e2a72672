using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace NewsCorpus.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot testing with Verify's file conventions: the accepted output is committed as
/// <c>Snapshots/{Class}.{Method}#{name}.verified.cs</c>; on a mismatch the new output is written beside it as
/// <c>.received.cs</c> and the test fails with a line diff. Accept a change by renaming received to verified
/// (or run once with NEWSCORPUS_ACCEPT_SNAPSHOTS=1). Verify and Verify.SourceGenerators are not on the package
/// feed this project builds from; where they are, this class is replaced by <c>Verifier.Verify(driver)</c>.
/// </summary>
internal static class Snapshot
{
    public static void Match(string actual, string name, [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        var testClass = Path.GetFileNameWithoutExtension(sourceFile);
        var directory = Path.Combine(Path.GetDirectoryName(sourceFile)!, "Snapshots");
        var stem = Path.Combine(directory, $"{testClass}.{method}#{Sanitize(name)}");
        var verifiedPath = stem + ".verified.cs";
        var receivedPath = stem + ".received.cs";
        actual = actual.Replace("\r\n", "\n");

        var verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n") : null;
        if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }

        if (verified == actual)
        {
            return;
        }

        Directory.CreateDirectory(directory);
        if (Environment.GetEnvironmentVariable("NEWSCORPUS_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verifiedPath, actual, new UTF8Encoding(false));
            return;
        }

        File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
        var message = verified is null
            ? $"No verified snapshot at {verifiedPath}. The output was written to {receivedPath}; review it and rename it to .verified.cs."
            : $"Snapshot mismatch for {verifiedPath} (received: {receivedPath}):\n{Diff(verified, actual)}";
        Assert.Fail(message);
    }

    private static string Diff(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual);
        var builder = new StringBuilder();
        var shown = 0;
        foreach (var line in diff.Lines)
        {
            if (line.Type == ChangeType.Unchanged || shown++ > 60)
            {
                continue;
            }

            var text = line.Text.Length > 200 ? line.Text.Substring(0, 200) + "…" : line.Text;
            builder.Append(line.Type == ChangeType.Inserted ? "+ " : line.Type == ChangeType.Deleted ? "- " : "~ ").AppendLine(text);
        }

        return builder.ToString();
    }

    private static string Sanitize(string name)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(Array.IndexOf(invalid, c) >= 0 ? '_' : c);
        }

        return builder.ToString();
    }
}
