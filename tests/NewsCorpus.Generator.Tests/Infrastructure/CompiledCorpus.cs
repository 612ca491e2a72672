using System;
using System.Collections;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace NewsCorpus.Generator.Tests.Infrastructure;

/// <summary>
/// Loads a generator run's compiled output and reads the corpus back through the generated API, so tests can
/// prove that what went in as text comes out as the same text.
/// </summary>
internal sealed class CompiledCorpus
{
    private readonly Type _corpusClass;

    private CompiledCorpus(Type corpusClass) => _corpusClass = corpusClass;

    public static CompiledCorpus Load(GeneratorRun run, string className = "TestApp.Corpus", System.Collections.Generic.IEnumerable<ResourceDescription>? resources = null)
    {
        run.ShouldCompile();
        using var stream = new MemoryStream();
        var emit = run.Output.Emit(stream, manifestResources: resources);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext("corpus-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        var assembly = context.LoadFromStream(stream);
        return new CompiledCorpus(assembly.GetType(className, throwOnError: true)!);
    }

    /// <summary>The compiled consumer assembly, for calling helper code compiled into it.</summary>
    public Assembly Assembly => _corpusClass.Assembly;

    public System.Collections.Generic.List<object> Articles => ((IEnumerable)Static("Articles")).Cast<object>().ToList();

    public System.Collections.Generic.List<object> Quotes => ((IEnumerable)Static("Quotes")).Cast<object>().ToList();

    public object? FindArticle(string id) => _corpusClass.GetMethod("FindArticle")!.Invoke(null, new object[] { id });

    public static object? Get(object target, string property) => target.GetType().GetProperty(property)!.GetValue(target);

    public static string[] Strings(object target, string property) => ((IEnumerable)Get(target, property)!).Cast<object>().Select(o => o.ToString()!).ToArray();

    private object Static(string property) => _corpusClass.GetProperty(property, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
}
