using System.Linq;
using NewsCorpus.Package.Tests.Infrastructure;

namespace NewsCorpus.Package.Tests;

/// <summary>
/// A netstandard2.0 library: it builds with C# 11 and System.Memory, and without either the user gets one clear
/// error naming the fix (NC0020, NC0021) instead of compiler errors in generated code.
/// </summary>
public sealed class NetStandardLibraryTests
{
    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>netstandard2.0</TargetFramework>
            <LangVersion Condition="'$(TestLangVersion)' != ''">$(TestLangVersion)</LangVersion>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="NewsCorpus.Generator" Version="{Version}" PrivateAssets="all" />
            <PackageReference Include="System.Memory" Version="4.6.3" Condition="'$(TestWithoutSystemMemory)' != 'true'" />
          </ItemGroup>
        </Project>
        """;

    private static ConsumerProject CreateLibrary() => new ConsumerProject("NewsLibrary")
        .WriteProject(Project)
        .Write("corpus/storm.txt", Articles.Storm)
        .Write("Headlines.cs", """
            namespace NewsLibrary
            {
                public static class Headlines
                {
                    public static string First() => Corpus.Articles[0].Title;
                }
            }
            """);

    [Fact]
    public void Builds_with_CSharp_11_and_System_Memory()
    {
        var library = CreateLibrary();

        var build = library.Build("-p:TestLangVersion=11");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Empty(ConsumerProject.Diagnostics(build));
    }

    [Fact]
    public void Default_CSharp_7_3_gets_only_NC0020_naming_the_LangVersion()
    {
        var library = CreateLibrary();
        // No Headlines.cs: the library's own code would fail without the generated class, which is not the point.
        System.IO.File.Delete(System.IO.Path.Combine(library.Folder, "Headlines.cs"));

        var build = library.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Equal(new[] { "error NC0020" }, ConsumerProject.Diagnostics(build));
        Assert.Contains(ConsumerProject.LinesWith(build, "NC0020"), line => line.Contains("<LangVersion>11</LangVersion>", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_System_Memory_gets_only_NC0021_naming_the_package()
    {
        var library = CreateLibrary();

        var build = library.Build("-p:TestLangVersion=11", "-p:TestWithoutSystemMemory=true");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Equal(new[] { "error NC0021" }, ConsumerProject.Diagnostics(build));
        var line = ConsumerProject.LinesWith(build, "NC0021").First();
        Assert.Contains("System.Memory", line);
        Assert.Contains("NewsLibrary.csproj", line);
    }
}
