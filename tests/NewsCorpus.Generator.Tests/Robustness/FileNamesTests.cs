using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NewsCorpus.Generator.Configuration;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Tests.Infrastructure;

namespace NewsCorpus.Generator.Tests.Robustness;

/// <summary>
/// File names are data too: any name gives a unique, stable id; only a real collision is a diagnostic. Names the
/// user picks for the generated code (class, namespace) that would clash with C# or with the code itself are
/// reported and replaced by the default, never left to break the build.
/// </summary>
public sealed class FileNamesTests
{
    private const string Body = "A headline for the file name test\n\nBody text of the article.\n";

    [Fact]
    public void Awkward_file_names_give_ids_that_find_their_articles()
    {
        var names = new[]
        {
            "with spaces in it", "Zürich café", "東京", "Зеленский", "123 leading digits", "0", "class", "namespace",
            "static", "global", "__arglist", "@if", "a.b.c", ".hidden", "trailing.", "-dash", "sport/199", "deep/er/still/one",
        };
        var project = new CorpusProject();
        foreach (var name in names)
        {
            project.WithFile(name + ".txt", Body);
        }

        var corpus = CompiledCorpus.Load(project.Run());

        var ids = corpus.Articles.Select(a => (string)CompiledCorpus.Get(a, "Id")!).ToList();
        Assert.Equal(names.Length, ids.Distinct(StringComparer.Ordinal).Count());
        foreach (var id in ids)
        {
            Assert.Same(corpus.Articles[ids.IndexOf(id)], corpus.FindArticle(id));
        }

        Assert.Contains("with spaces in it", ids);
        Assert.Contains("東京", ids);
        Assert.Contains("class", ids);
        Assert.Contains("sport/199", ids);
    }

    [Fact]
    public void Two_files_with_the_same_name_in_different_folders_keep_unique_stable_ids()
    {
        var first = new CorpusProject().WithFile("world/story.txt", Body).WithFile("sport/story.txt", Body.Replace("Body", "Other body", StringComparison.Ordinal));
        var second = new CorpusProject().WithFile("sport/story.txt", Body.Replace("Body", "Other body", StringComparison.Ordinal)).WithFile("world/story.txt", Body).WithFile("aaa/first.txt", Body);

        var before = Ids(first.Run());
        var after = Ids(second.Run());

        Assert.Equal(new[] { "sport/story", "world/story" }, before);
        Assert.Equal(new[] { "aaa/first", "sport/story", "world/story" }, after);
    }

    [Fact]
    public void A_real_id_collision_is_a_diagnostic_and_one_file_is_kept()
    {
        var project = new CorpusProject().WithFile("story.txt", Body).WithFile("story.md", Body);

        var run = project.Run().ShouldCompile();

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == DiagnosticIds.DuplicateId);
        Assert.Contains("story", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Single(CompiledCorpus.Load(run).Articles);
    }

    public static TheoryData<string, string> CollidingNames()
    {
        var data = new TheoryData<string, string>();
        foreach (var member in ReservedNames.ClassMembers)
        {
            data.Add("TestApp", member);
        }

        data.Add(string.Empty, "NewsCorpus");
        foreach (var runtimeType in new[] { "Article", "Quote", "Speaker", "Paragraph", "CorpusDataSet", "CorpusStore", "QuoteKind", "RemovedLine" })
        {
            data.Add("NewsCorpus", runtimeType);
        }

        foreach (var keyword in new[] { "class", "string", "namespace", "@class", "1abc", "a-b", "a b", "" })
        {
            data.Add("TestApp", keyword);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CollidingNames))]
    public void A_class_name_that_would_collide_is_reported_and_the_default_is_used(string ns, string className)
    {
        var project = new CorpusProject().WithFile("a.txt", Body);
        project.Properties["NewsCorpusNamespace"] = ns;
        project.Properties["RootNamespace"] = ns;
        project.Properties["NewsCorpusClassName"] = className;

        var run = project.Run().ShouldCompile();

        if (className.Trim().Length > 0)
        {
            Assert.Contains(run.GeneratorDiagnostics, d => d.Id == DiagnosticIds.InvalidSetting);
        }

        Assert.Contains(run.CorpusSources, s => s.HintName == CorpusSettings.DefaultClassName + ".g.cs");
    }

    [Theory]
    [InlineData("TestApp", "Briefings")]
    [InlineData("", "Corpus")]
    [InlineData("NewsCorpus", "Corpus")]
    [InlineData("NewsCorpus.Data", "Article")]
    [InlineData("System", "Corpus")]
    [InlineData("TestApp.System.Collections", "Store2")]
    [InlineData("Zürich.Daten", "Nachrichten")]
    public void Unusual_but_valid_names_compile_without_a_diagnostic(string ns, string className)
    {
        var project = new CorpusProject().WithFile("a.txt", Body);
        project.Properties["RootNamespace"] = ns;
        project.Properties["NewsCorpusClassName"] = className;

        var run = project.Run().ShouldCompile();

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == DiagnosticIds.InvalidSetting);
    }

    [Fact]
    public void Every_member_of_the_generated_class_is_a_reserved_class_name()
    {
        var run = new CorpusProject().WithSeeds().Run().ShouldCompile();
        var members = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in run.CorpusSources)
        {
            var root = CSharpSyntaxTree.ParseText(source.SourceText).GetRoot();
            foreach (var corpusClass in root.DescendantNodes().OfType<ClassDeclarationSyntax>().Where(c => c.Identifier.Text == CorpusSettings.DefaultClassName))
            {
                foreach (var member in corpusClass.Members)
                {
                    members.UnionWith(DeclaredNames(member));
                }
            }
        }

        Assert.NotEmpty(members);
        var missing = members.Where(m => !ReservedNames.IsReserved(m, "TestApp")).OrderBy(m => m, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "Add to ReservedNames.ClassMembers: " + string.Join(", ", missing));
    }

    private static IEnumerable<string> DeclaredNames(MemberDeclarationSyntax member) => member switch
    {
        BaseTypeDeclarationSyntax type => new[] { type.Identifier.Text },
        MethodDeclarationSyntax method => new[] { method.Identifier.Text },
        PropertyDeclarationSyntax property => new[] { property.Identifier.Text },
        BaseFieldDeclarationSyntax field => field.Declaration.Variables.Select(v => v.Identifier.Text),
        DelegateDeclarationSyntax @delegate => new[] { @delegate.Identifier.Text },
        _ => Array.Empty<string>(),
    };

    private static List<string> Ids(GeneratorRun run) =>
        CompiledCorpus.Load(run).Articles.Select(a => (string)CompiledCorpus.Get(a, "Id")!).ToList();
}
