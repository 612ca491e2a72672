using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace NewsCorpus.Generator.Tests.Infrastructure;

/// <summary>MSBuild properties (global) and item metadata (per file) as the compiler would expose them.</summary>
internal sealed class TestAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Func<string, IReadOnlyDictionary<string, string>> _fileOptions;

    public TestAnalyzerConfigOptionsProvider(IReadOnlyDictionary<string, string> globalOptions, Func<string, IReadOnlyDictionary<string, string>> fileOptions)
    {
        GlobalOptions = new DictionaryOptions(globalOptions);
        _fileOptions = fileOptions;
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new DictionaryOptions(_fileOptions(textFile.Path));

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        private readonly IReadOnlyDictionary<string, string> _values;

        public DictionaryOptions(IReadOnlyDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
