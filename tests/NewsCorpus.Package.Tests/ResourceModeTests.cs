using System;
using System.IO;
using System.Linq;
using NewsCorpus.Package.Tests.Infrastructure;

namespace NewsCorpus.Package.Tests;

/// <summary>
/// NewsCorpusStorage=resource from the package: the build task writes the records, the search index and the entity
/// index (merged with the project's alias file, cut at its chunk size) into the resource, and the generator accepts
/// it (no NC0031) and emits no data of its own.
/// </summary>
public sealed class ResourceModeTests
{
    [Fact]
    public void Resource_mode_with_an_alias_file_and_a_chunk_size_reads_search_and_entities_from_the_resource()
    {
        var app = new ConsumerProject("ResourceApp")
            .WriteProject("""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                    <NewsCorpusStorage>resource</NewsCorpusStorage>
                    <NewsCorpusChunkSize>1024</NewsCorpusChunkSize>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="NewsCorpus.Generator" Version="{Version}" PrivateAssets="all" />
                    <AdditionalFiles Include="entity-aliases.txt" NewsCorpusAliases="true" />
                  </ItemGroup>
                </Project>
                """)
            .Write("corpus/one.txt", "Talks resume in Geneva\n\nDiplomats gathered early.\n\nForeign Minister Sergey Lavrov said on Monday that talks would go on.\n\n\u201CWe are ready,\u201D Lavrov said.\n")
            .Write("corpus/two.txt", "Ceasefire holds for a week\n\nThe guns fell silent.\n\nLavrov said the ceasefire was holding and that talks in Geneva would go on.\n")
            .Write("corpus/summit.txt", Articles.Summit)
            .Write("entity-aliases.txt", "Sergey Lavrov, Lavrov\n")
            .Write("Program.cs", """
                using ResourceApp;

                System.Console.WriteLine($"entity|{Corpus.FindEntity("Lavrov")?.Name}|{Corpus.Mentioning("Lavrov").Count}");
                foreach (var hit in Corpus.Search("talks Geneva"))
                    System.Console.WriteLine($"hit|{hit.Article.Id}|{hit.ParagraphIndex}");
                """);

        var build = app.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Empty(ConsumerProject.Diagnostics(build));

        var generated = Directory.GetFiles(Path.Combine(app.Folder, "obj"), "*.g.cs", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        Assert.Contains("Corpus.EntityStore.g.cs", generated);
        Assert.DoesNotContain(generated, name => name!.StartsWith("Corpus.Data", StringComparison.Ordinal) || name.StartsWith("Corpus.SearchData", StringComparison.Ordinal) || name.StartsWith("Corpus.EntityData", StringComparison.Ordinal));

        var run = app.RunApp();
        Assert.True(run.ExitCode == 0, run.ToString());
        // The alias rule is applied in the resource's entity index: the surname alone in two.txt is Sergey Lavrov.
        Assert.Contains("entity|Sergey Lavrov|2", run.Output, StringComparison.Ordinal);
        Assert.Contains("hit|one|", run.Output, StringComparison.Ordinal);
        Assert.Contains("hit|two|", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Resource_mode_parses_once_skips_the_task_when_nothing_changed_follows_edits_and_cleans_up()
    {
        var app = new ConsumerProject("IndexApp")
            .WriteProject("""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <NewsCorpusStorage>resource</NewsCorpusStorage>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="NewsCorpus.Generator" Version="{Version}" PrivateAssets="all" />
                  </ItemGroup>
                </Project>
                """)
            .Write("corpus/one.txt", "Talks resume in Geneva\n\nDiplomats gathered early.\n")
            .Write("corpus/two.txt", "Ceasefire holds for a week\n\nThe guns fell silent.\n")
            .Write("corpus/summit.txt", Articles.Summit)
            .Write("corpus/unclosed.txt", "Mayor speaks at the opening\n\nShe said \"this never ends.\n")
            .Write("Program.cs", """
                System.Console.WriteLine($"count|{IndexApp.Corpus.Articles.Count}");
                foreach (var article in IndexApp.Corpus.Articles)
                    System.Console.WriteLine($"title|{article.Id}|{article.Title}");
                """);
        var obj = Path.Combine(app.Folder, "obj", "Release", "net10.0");
        var sarif = Path.Combine(app.Folder, "compile.sarif");

        // First build: the task parses and writes the index; the compiler uses it (no NC0032, and no NC0031 from a
        // generator that parsed the corpus itself).
        var first = app.Build("-p:ErrorLog=" + sarif);
        Assert.True(first.ExitCode == 0, first.ToString());
        foreach (var file in new[] { "newscorpus.records", "newscorpus.index", "newscorpus.storage" })
        {
            Assert.True(File.Exists(Path.Combine(obj, file)), file);
        }

        Assert.DoesNotContain("NC0032", File.ReadAllText(sarif), StringComparison.Ordinal);
        Assert.DoesNotContain("NC0031", File.ReadAllText(sarif), StringComparison.Ordinal);

        // The compiler is handed the index, not the corpus files (no editorconfig section per file), and what the
        // task's parse found is still reported in the file it is about.
        var editorConfig = File.ReadAllText(Path.Combine(obj, "IndexApp.GeneratedMSBuildEditorConfig.editorconfig"));
        Assert.Contains("newscorpus.index]", editorConfig, StringComparison.Ordinal);
        Assert.DoesNotContain("one.txt", editorConfig, StringComparison.Ordinal);
        var log = File.ReadAllText(sarif);
        Assert.Contains("\"NC0006\"", log, StringComparison.Ordinal);
        Assert.Contains("corpus/unclosed.txt", log, StringComparison.Ordinal);

        // Nothing changed: MSBuild skips the task.
        var second = app.Build("-v:n");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("Skipping target \"_NewsCorpusWriteResourceCore\"", second.Output, StringComparison.Ordinal);

        // An edited file and a deleted one: the task runs again, the index follows, the app sees both changes.
        app.Write("corpus/two.txt", "Ceasefire broken after a week\n\nThe guns spoke again.\n");
        File.Delete(Path.Combine(app.Folder, "corpus", "summit.txt"));
        var third = app.Build("-p:ErrorLog=" + sarif);
        Assert.True(third.ExitCode == 0, third.ToString());
        Assert.DoesNotContain("NC0032", File.ReadAllText(sarif), StringComparison.Ordinal);
        var run = app.RunApp();
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("count|3", run.Output, StringComparison.Ordinal);
        Assert.Contains("title|two|Ceasefire broken after a week", run.Output, StringComparison.Ordinal);

        var clean = app.Dotnet("clean", app.ProjectFile, "--configuration", "Release", "-nodeReuse:false");
        Assert.True(clean.ExitCode == 0, clean.ToString());
        foreach (var file in new[] { "newscorpus.records", "newscorpus.records.inputs", "newscorpus.index", "newscorpus.storage", "newscorpus.settings" })
        {
            Assert.False(File.Exists(Path.Combine(obj, file)), file + " survived dotnet clean");
        }
    }

    [Fact]
    public void The_worker_process_and_the_build_process_write_the_same_resource_and_index()
    {
        var app = new ConsumerProject("WorkerApp")
            .WriteProject("""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <NewsCorpusStorage>resource</NewsCorpusStorage>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="NewsCorpus.Generator" Version="{Version}" PrivateAssets="all" />
                    <AdditionalFiles Include="entity-aliases.txt" NewsCorpusAliases="true" />
                  </ItemGroup>
                </Project>
                """)
            .Write("corpus/summit.txt", Articles.Summit)
            .Write("corpus/storm.txt", Articles.Storm)
            .Write("corpus/harbour.txt", Articles.Harbour)
            .Write("entity-aliases.txt", "Sergey Lavrov, Lavrov\n")
            .Write("Program.cs", "System.Console.WriteLine(WorkerApp.Corpus.Articles.Count);");
        var obj = Path.Combine(app.Folder, "obj", "Release", "net10.0");

        // The .NET 10 SDK on linux-x64 loads the precompiled task, which parses in its worker process by default;
        // every other MSBuild loads the portable task, which has no worker.
        var worker = app.Build("-v:n");
        Assert.True(worker.ExitCode == 0, worker.ToString());
        var hasWorker = OperatingSystem.IsLinux() && System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture == System.Runtime.InteropServices.Architecture.X64;
        Assert.Contains(hasWorker ? "parsed in a worker process" : "parsed in the build process", worker.Output, StringComparison.Ordinal);
        Assert.Empty(ConsumerProject.Diagnostics(worker));
        var records = File.ReadAllBytes(Path.Combine(obj, "newscorpus.records"));
        var index = File.ReadAllBytes(Path.Combine(obj, "newscorpus.index"));
        Assert.False(File.Exists(Path.Combine(obj, "newscorpus.records.request")), "the request file is removed after the run");

        // Forget that the resource is up to date, then parse in the build process: the same bytes.
        File.Delete(Path.Combine(obj, "newscorpus.storage"));
        File.Delete(Path.Combine(obj, "newscorpus.records.inputs"));
        var inProcess = app.Build("-v:n", "-p:NewsCorpusResourceWorker=false");
        Assert.True(inProcess.ExitCode == 0, inProcess.ToString());
        Assert.Contains("parsed in the build process", inProcess.Output, StringComparison.Ordinal);
        Assert.Equal(records, File.ReadAllBytes(Path.Combine(obj, "newscorpus.records")));
        Assert.Equal(index, File.ReadAllBytes(Path.Combine(obj, "newscorpus.index")));

        var run = app.RunApp();
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("3", run.Output, StringComparison.Ordinal);
    }
}
