using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using NewsCorpus.Generator.Tests.Infrastructure;

namespace NewsCorpus.Generator.Tests.NamedAccessors;

/// <summary>Reads the generated named accessors of a compiled corpus: member name → what it returns.</summary>
internal static class AccessorReflection
{
    /// <summary>For <c>Corpus.{listProperty}</c>: each generated member and the <paramref name="key"/> property of its value.</summary>
    public static Dictionary<string, string> Members(CompiledCorpus corpus, string listProperty, string key, string className = "TestApp.Corpus")
    {
        var corpusClass = corpus.Assembly.GetType(className, throwOnError: true)!;
        var list = corpusClass.GetProperty(listProperty, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        return list.GetType()
            .GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(p => p.GetIndexParameters().Length == 0)
            .ToDictionary(p => p.Name, p => CompiledCorpus.Get(p.GetValue(list)!, key)!.ToString()!, StringComparer.Ordinal);
    }

    /// <summary>The value of the generated member <c>Corpus.{listProperty}.{member}</c>.</summary>
    public static object? Member(CompiledCorpus corpus, string listProperty, string member)
    {
        var list = StaticProperty(corpus, listProperty);
        return list.GetType().GetProperty(member, BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)?.GetValue(list);
    }

    /// <summary>Calls a static method of the generated corpus class.</summary>
    public static object? Call(CompiledCorpus corpus, string method, params object[] arguments) =>
        corpus.Assembly.GetType("TestApp.Corpus", throwOnError: true)!
            .GetMethod(method, BindingFlags.Public | BindingFlags.Static)!
            .Invoke(null, arguments);

    public static object StaticProperty(CompiledCorpus corpus, string property) =>
        corpus.Assembly.GetType("TestApp.Corpus", throwOnError: true)!
            .GetProperty(property, BindingFlags.Public | BindingFlags.Static)!
            .GetValue(null)!;
}
