using NewsCorpus.Package.Tests.Infrastructure;

namespace NewsCorpus.Package.Tests;

/// <summary>The NewsCorpus dataset package in a user's xunit project: one package reference, and tests that assert on it.</summary>
public sealed class DatasetTestProjectTests
{
    [Fact]
    public void Xunit_project_asserts_on_the_seed_dataset_with_one_package_reference()
    {
        var tests = new ConsumerProject("NewsDatasetTests")
            .WriteProject("""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <IsPackable>false</IsPackable>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="NewsCorpus" Version="{Version}" />
                    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
                    <PackageReference Include="xunit" Version="2.9.3" />
                    <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" />
                  </ItemGroup>
                </Project>
                """)
            .Write("SeedTests.cs", """
                using System.Linq;
                using NewsCorpus;
                using Xunit;

                public class SeedTests
                {
                    [Fact]
                    public void Five_articles_each_with_a_title_and_paragraphs() =>
                        Assert.All(Corpus.Articles, a => { Assert.NotEmpty(a.Title); Assert.NotEmpty(a.Paragraphs); });

                    [Fact]
                    public void Count() => Assert.Equal(5, Corpus.Articles.Count);

                    [Fact]
                    public void Every_speaker_is_found_by_name() =>
                        Assert.All(Corpus.Speakers, s => Assert.NotEmpty(Corpus.QuotesBy(s.Name)));

                    [Fact]
                    public void Quotes_point_into_their_paragraph() =>
                        Assert.All(Corpus.Quotes, q => Assert.Equal(q.Text, q.Paragraph.Text.Substring(q.Start, q.End - q.Start)));
                }
                """);

        var test = tests.Dotnet("test", tests.ProjectFile, "--configuration", "Release", "-nodeReuse:false");

        Assert.True(test.ExitCode == 0, test.ToString());
        Assert.Matches(@"Passed!\s+-\s+Failed:\s+0,\s+Passed:\s+4,", test.Output);
    }
}
