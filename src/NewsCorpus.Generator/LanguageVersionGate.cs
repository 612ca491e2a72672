using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator;

/// <summary>
/// Decides whether the consumer's C# version can compile what the generator adds. The runtime types and the
/// <c>"..."u8</c> data need C# 11; on an older version the generator adds nothing and reports one NC0020
/// naming the LangVersion to set, instead of leaving the compiler to report hundreds of errors in generated code.
/// </summary>
internal static class LanguageVersionGate
{
    /// <summary>The oldest C# version the generated code compiles with; the LangVersion tests pin this.</summary>
    public const LanguageVersion Minimum = LanguageVersion.CSharp11;

    public static LanguageSupport Check(ParseOptions options)
    {
        // Only C# parse options can carry a version we understand; the generator is registered for C# only.
        if (options is not CSharpParseOptions csharp || csharp.LanguageVersion >= Minimum)
        {
            return LanguageSupport.Supported;
        }

        var diagnostic = new DiagnosticSpec(
            DiagnosticIds.LanguageVersionTooOld,
            string.Empty,
            TextSpanSpec.FileStart,
            new[] { Display(csharp.LanguageVersion), Display(Minimum) }.ToEquatableArray());
        return new LanguageSupport(false, new[] { diagnostic }.ToEquatableArray());
    }

    /// <summary>"7.3", "10", "11": the form people write in LangVersion (Roslyn displays "10.0").</summary>
    private static string Display(LanguageVersion version)
    {
        var text = version.ToDisplayString();
        return text.EndsWith(".0", System.StringComparison.Ordinal) ? text.Substring(0, text.Length - 2) : text;
    }
}

/// <summary>The outcome of <see cref="LanguageVersionGate.Check"/>, as equatable data so the step caches.</summary>
/// <param name="IsSupported">True when the generated code compiles with the consumer's C# version.</param>
/// <param name="Diagnostics">NC0020 when it does not; otherwise empty.</param>
internal sealed record LanguageSupport(bool IsSupported, EquatableArray<DiagnosticSpec> Diagnostics)
{
    public static readonly LanguageSupport Supported = new(true, EquatableArray<DiagnosticSpec>.Empty);
}
