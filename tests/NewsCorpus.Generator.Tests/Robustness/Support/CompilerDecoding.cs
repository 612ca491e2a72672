using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace NewsCorpus.Generator.Tests.Robustness.Support;

/// <summary>
/// Turns file bytes into the SourceText the compiler hands a generator for an additional file. It calls Roslyn's
/// own (internal) EncodedStringText.Create, the code csc runs: strict UTF-8 first (a byte order mark selects
/// UTF-16/32), then the fallback encoding. <see cref="Windows1252"/> gives the fallback a Western Windows
/// machine uses, so the Windows path is tested on any OS.
/// </summary>
internal static class CompilerDecoding
{
    private static readonly Type s_encodedStringText =
        typeof(SourceText).Assembly.GetType("Microsoft.CodeAnalysis.Text.EncodedStringText", throwOnError: true)!;

    public static Encoding Windows1252
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252);
        }
    }

    /// <summary>The text as this OS's compiler decodes it (its own fallback: the ANSI code page on Windows, lenient UTF-8 elsewhere).</summary>
    public static SourceText Decode(byte[] bytes)
    {
        var create = s_encodedStringText.GetMethods(BindingFlags.Static | BindingFlags.NonPublic)
            .Single(m => m.Name == "Create" && m.GetParameters().Length == 4 && m.GetParameters()[1].ParameterType == typeof(Encoding));
        return Invoke(create, new MemoryStream(bytes), null, SourceHashAlgorithm.Sha1, false);
    }

    /// <summary>The text as a compiler whose fallback encoding is <paramref name="fallback"/> decodes it.</summary>
    public static SourceText Decode(byte[] bytes, Encoding fallback)
    {
        var create = s_encodedStringText.GetMethods(BindingFlags.Static | BindingFlags.NonPublic)
            .Single(m => m.Name == "Create" && m.GetParameters().Length == 5 && m.GetParameters()[1].ParameterType == typeof(Lazy<Encoding>));
        return Invoke(create, new MemoryStream(bytes), new Lazy<Encoding>(() => fallback), null, SourceHashAlgorithm.Sha1, false);
    }

    private static SourceText Invoke(MethodInfo method, params object?[] arguments)
    {
        try
        {
            return (SourceText)method.Invoke(null, arguments)!;
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            throw exception.InnerException;
        }
    }
}
