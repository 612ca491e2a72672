using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using NewsCorpus.Package.Tests.Infrastructure;

namespace NewsCorpus.Package.Tests;

/// <summary>
/// A project that sets every MSBuild property and item metadata the README documents, each to a value whose effect
/// the test can see, built from the package. A second test keeps the project and the README's table in step.
/// </summary>
public sealed class AllPropertiesTests
{
    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
            <DefineConstants>$(DefineConstants);NEWSCORPUS_PUBLIC_TYPES</DefineConstants>
            <NewsCorpusDirectory>news</NewsCorpusDirectory>
            <NewsCorpusEnableDefaultItems>true</NewsCorpusEnableDefaultItems>
            <NewsCorpusNamespace>Acme.Newsroom</NewsCorpusNamespace>
            <NewsCorpusClassName>Briefings</NewsCorpusClassName>
            <NewsCorpusChunkSize>1024</NewsCorpusChunkSize>
            <NewsCorpusStorage>inline</NewsCorpusStorage>
            <NewsCorpusResourceThreshold>67108864</NewsCorpusResourceThreshold>
            <NewsCorpusResourceWorker>false</NewsCorpusResourceWorker>
            <NewsCorpusMaxArticleBytes>20000</NewsCorpusMaxArticleBytes>
            <NewsCorpusMaxCorpusBytes>10000000</NewsCorpusMaxCorpusBytes>
            <NewsCorpusNamedAccessorLimit>2</NewsCorpusNamedAccessorLimit>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="NewsCorpus.Generator" Version="{Version}" PrivateAssets="all" />
            <AdditionalFiles Include="extra/**/*.txt" NewsCorpus="true" NewsCorpusRoot="extra" />
          </ItemGroup>
        </Project>
        """;

    [Fact]
    public void Every_documented_property_takes_effect()
    {
        var app = new ConsumerProject("Newsroom")
            .WriteProject(Project)
            .Write("news/local/storm.txt", Articles.Storm)
            .Write("news/long.txt", LongArticle())
            .Write("news/huge.txt", HugeArticle())
            .Write("extra/harbour.txt", Articles.Harbour)
            .Write("corpus/summit.txt", Articles.Summit)
            .Write("Program.cs", """
                foreach (var article in Acme.Newsroom.Briefings.Articles)
                    System.Console.WriteLine("article|" + article.Id);
                System.Console.WriteLine("public|" + typeof(NewsCorpus.Article).IsPublic);
                """);

        var build = app.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        // NewsCorpusMaxArticleBytes: the one article over 20000 bytes is skipped with NC0012, and nothing else is reported.
        Assert.Equal(new[] { "warning NC0012" }, ConsumerProject.Diagnostics(build));
        Assert.Contains(ConsumerProject.LinesWith(build, "NC0012"), line => line.Contains("huge.txt", StringComparison.Ordinal));

        var run = app.RunApp();
        Assert.True(run.ExitCode == 0, run.ToString());
        var ids = run.Output.Split('\n').Where(l => l.StartsWith("article|", StringComparison.Ordinal)).Select(l => l.Trim().Substring(8)).ToList();
        // NewsCorpusDirectory and NewsCorpusEnableDefaultItems: news/ is the corpus, corpus/ is not; the
        // AdditionalFiles item with NewsCorpus and NewsCorpusRoot metadata adds extra/ with ids relative to it.
        Assert.Equal(new[] { "harbour", "local/storm", "long" }, ids);
        Assert.Contains("public|True", run.Output);

        // NewsCorpusChunkSize with NewsCorpusStorage=inline: about 3 KB of records in 1 KB chunks needs more than the
        // one chunk file the 1 MB default would give.
        var generated = Directory.GetFiles(Path.Combine(app.Folder, "obj"), "Briefings.Data*.g.cs", SearchOption.AllDirectories);
        Assert.True(generated.Length >= 2, $"expected more than one chunk file, got: {string.Join(", ", generated.Select(Path.GetFileName))}");

        // NewsCorpusNamedAccessorLimit: three articles are more than two, so no article gets a named member, and at
        // most two entities do.
        var accessors = File.ReadAllText(Directory.GetFiles(Path.Combine(app.Folder, "obj"), "Briefings.Entities.g.cs", SearchOption.AllDirectories).Single());
        Assert.DoesNotContain("Article id <c>", accessors, StringComparison.Ordinal);
        Assert.InRange(Regex.Matches(accessors, @"public global::NewsCorpus\.Entity \w+ =>").Count, 0, 2);
    }

    [Fact]
    public void The_project_sets_every_property_in_the_README_configuration_table()
    {
        var readme = File.ReadAllText(Path.Combine(PackageFeed.RepoRoot, "README.md"));
        var documented = Regex.Matches(readme, @"^\|\s*`(?<name>NewsCorpus\w+)`", RegexOptions.Multiline)
            .Select(m => m.Groups["name"].Value)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.Contains("NewsCorpusDirectory", documented);
        Assert.All(documented, name => Assert.True(
            Project.Contains("<" + name + ">", StringComparison.Ordinal) || Project.Contains(name + "=", StringComparison.Ordinal),
            $"README documents {name}, but the all-properties project does not set it"));
    }

    private static string LongArticle()
    {
        var text = new StringBuilder("Regional budget debate runs late into the night\n\n");
        for (var i = 1; i <= 20; i++)
        {
            text.Append($"Paragraph {i} of the budget debate, in which members of the assembly discussed line {i} of the draft at length.\n\n");
        }

        return text.ToString();
    }

    private static string HugeArticle()
    {
        var text = new StringBuilder("An article far longer than the configured limit\n\n");
        while (text.Length < 30000)
        {
            text.Append("This sentence is repeated to make the article larger than NewsCorpusMaxArticleBytes allows.\n\n");
        }

        return text.ToString();
    }
}
