using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace NewsCorpus.Package.Tests.Infrastructure;

/// <summary>A small project on disk that uses the packages from <see cref="PackageFeed"/>, built with the real dotnet CLI.</summary>
public sealed class ConsumerProject
{
    private static readonly Regex s_diagnostic = new(@"\b(?<severity>warning|error) (?<id>[A-Z]+[0-9]+)\b", RegexOptions.CultureInvariant);

    public ConsumerProject(string name)
    {
        Feed = PackageFeed.Instance;
        Name = name;
        Folder = Feed.NewProjectFolder(name);
    }

    public PackageFeed Feed { get; }

    public string Name { get; }

    public string Folder { get; }

    public string ProjectFile => Path.Combine(Folder, Name + ".csproj");

    /// <summary>Writes a file, relative to the project folder, creating folders as needed.</summary>
    public ConsumerProject Write(string relativePath, string text)
    {
        var path = Path.Combine(Folder, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    /// <summary>Writes the project file; <c>{Version}</c> in <paramref name="xml"/> becomes the packed version.</summary>
    /// <summary>A net10.0 console app with the generator package and nothing else: the README's quickstart.</summary>
    public const string MinimalApp = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="NewsCorpus.Generator" Version="{Version}" PrivateAssets="all" />
          </ItemGroup>
        </Project>
        """;

    public ConsumerProject WriteProject(string xml) => Write(Name + ".csproj", xml.Replace("{Version}", PackageFeed.Version, StringComparison.Ordinal));

    public CommandResult Dotnet(params string[] arguments) => DotnetCli.Run(Folder, Feed.Environment, arguments);

    /// <summary>dotnet build in Release, restoring from the test feed into the fresh cache.</summary>
    public CommandResult Build(params string[] extraArguments) =>
        Dotnet(new[] { "build", ProjectFile, "--configuration", "Release", "-nodeReuse:false" }.Concat(extraArguments).ToArray());

    /// <summary>Runs the built app (built with <see cref="Build"/>) through the dotnet host.</summary>
    public CommandResult RunApp(string targetFramework = "net10.0") =>
        Dotnet(Path.Combine(Folder, "bin", "Release", targetFramework, Name + ".dll"));

    /// <summary>The distinct "severity ID" pairs in a build log ("warning NC0001"); MSBuild repeats each in its summary.</summary>
    public static IReadOnlyList<string> Diagnostics(CommandResult build) =>
        s_diagnostic.Matches(build.Output).Select(m => m.Value).Distinct(StringComparer.Ordinal).OrderBy(v => v, StringComparer.Ordinal).ToList();

    /// <summary>Every line of the build log that reports <paramref name="id"/>, without MSBuild's repeat in the summary.</summary>
    public static IReadOnlyList<string> LinesWith(CommandResult build, string id) =>
        build.Output.Split('\n')
            .Select(line => line.TrimEnd('\r').Trim())
            .Where(line => line.Contains(id, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
