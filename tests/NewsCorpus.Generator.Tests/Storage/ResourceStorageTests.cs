using System;
using System.Collections;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using NewsCorpus.Generator.Storage;
using NewsCorpus.Generator.Tests.Entities;
using NewsCorpus.Generator.Tests.Infrastructure;

namespace NewsCorpus.Generator.Tests.Storage;

/// <summary>
/// The two storage modes give the same dataset: every article field, every paragraph and every quotation reads
/// back equal, and the UTF-8 views are byte-identical. Resource mode carries only an index in generated code and
/// refuses data that does not belong to it.
/// </summary>
public sealed class ResourceStorageTests
{
    public static TheoryData<string> Modes => new() { StorageModes.Inline, StorageModes.Resource };

    [Fact]
    public void Both_modes_read_back_the_same_seed_articles_byte_for_byte()
    {
        var inline = StorageModes.Build(SeedProject(), StorageModes.Inline);
        var resource = StorageModes.Build(SeedProject(), StorageModes.Resource);
        Assert.Contains(inline.Run.CorpusSources, s => s.HintName.StartsWith("Corpus.Data", StringComparison.Ordinal));
        Assert.DoesNotContain(resource.Run.CorpusSources, s => s.HintName.StartsWith("Corpus.Data", StringComparison.Ordinal));

        var left = inline.Load();
        var right = resource.Load();

        Assert.Equal(5, left.Articles.Count);
        Assert.Equal(Describe(left), Describe(right));
        for (var i = 0; i < left.Articles.Count; i++)
        {
            Assert.Equal((byte[])StorageModes.CallProbe(left, "BodyUtf8", i)!, (byte[])StorageModes.CallProbe(right, "BodyUtf8", i)!);
            Assert.Equal((byte[][])StorageModes.CallProbe(left, "ParagraphsUtf8", i)!, (byte[][])StorageModes.CallProbe(right, "ParagraphsUtf8", i)!);
        }
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Utf8_views_are_the_encoded_text_and_a_second_scan_allocates_nothing(string mode)
    {
        var corpus = StorageModes.Build(SeedProject(), mode).Load();

        for (var i = 0; i < corpus.Articles.Count; i++)
        {
            var article = corpus.Articles[i];
            Assert.Equal(Encoding.UTF8.GetBytes((string)CompiledCorpus.Get(article, "Body")!), (byte[])StorageModes.CallProbe(corpus, "BodyUtf8", i)!);
            var texts = ((IEnumerable)CompiledCorpus.Get(article, "Paragraphs")!).Cast<object>().Select(p => Encoding.UTF8.GetBytes((string)CompiledCorpus.Get(p, "Text")!));
            Assert.Equal(texts, (byte[][])StorageModes.CallProbe(corpus, "ParagraphsUtf8", i)!);
        }

        Assert.True((long)StorageModes.CallProbe(corpus, "Scan")! > 10_000);
        Assert.Equal(0L, (long)StorageModes.CallProbe(corpus, "SecondScanAllocations")!);
    }

    [Fact]
    public void Resource_mode_generates_only_indexes_a_small_fraction_of_the_corpus_besides_the_named_accessors()
    {
        var project = SyntheticProject(300);
        var corpusBytes = project.Files.Values.Sum(text => Encoding.UTF8.GetByteCount(text!));
        var run = StorageModes.Build(project, StorageModes.Resource).Run.ShouldCompile();

        // Corpus-dependent source is everything but the runtime types. Of it, Entities.g.cs holds the named accessors
        // with their doc previews (a headline and first sentence per article): code by nature, so it is measured
        // apart; it carries no data (no u8 literal, the index record is in the resource).
        var generated = run.CorpusSources.Where(s => !s.HintName.StartsWith("NewsCorpus.Runtime.", StringComparison.Ordinal)).ToList();
        var accessors = generated.Single(s => s.HintName == "Corpus.Entities.g.cs");
        var indexes = generated.Where(s => s.HintName != accessors.HintName).Sum(s => Encoding.UTF8.GetByteCount(s.SourceText.ToString()));
        Assert.Equal(new[] { "Corpus.Entities.g.cs", "Corpus.EntityStore.g.cs", "Corpus.Search.g.cs", "Corpus.g.cs" }, generated.Select(s => s.HintName).OrderBy(n => n, StringComparer.Ordinal));
        Assert.DoesNotContain("\"u8", accessors.SourceText.ToString(), StringComparison.Ordinal);
        Assert.True(indexes < corpusBytes * 0.05, $"generated {indexes} bytes of indexes for {corpusBytes} corpus bytes");
        Assert.True(Encoding.UTF8.GetByteCount(run.Source("Corpus.g.cs")) < corpusBytes * 0.05);
    }

    [Fact]
    public void Search_and_entity_lookups_give_the_same_results_in_both_modes()
    {
        static AliasFileProject Project() => new AliasFileProject(SeedProject()).WithAliases("entity-aliases.txt", "Sergei Ryabkov, Alexander Grushko\nkeep apart: Boris Johnson, Lyndon Johnson\n");
        var inline = StorageModes.Build(Project(), StorageModes.Inline);
        var resource = StorageModes.Build(Project(), StorageModes.Resource);
        Assert.Contains(inline.Run.CorpusSources, s => s.HintName.StartsWith("Corpus.SearchData", StringComparison.Ordinal));
        Assert.Contains(inline.Run.CorpusSources, s => s.HintName.StartsWith("Corpus.EntityData", StringComparison.Ordinal));
        Assert.DoesNotContain(resource.Run.CorpusSources, s => s.HintName.StartsWith("Corpus.SearchData", StringComparison.Ordinal) || s.HintName.StartsWith("Corpus.EntityData", StringComparison.Ordinal) || s.HintName == "Corpus.QuoteClusters.g.cs");
        Assert.DoesNotContain(resource.Run.GeneratorDiagnostics, d => d.Id is "NC0030" or "NC0031");

        var left = inline.Load();
        var right = resource.Load();
        var queries = new[] { "NATO expansion", "\"NATO expansion\"", "Lavrov", "Ukraine talks Geneva", "zelenskyy", "the", string.Empty, "unknownword" };
        var search = (string)StorageModes.CallProbe(left, "DescribeSearch", (object)queries)!;
        Assert.Contains("cluster ", search, StringComparison.Ordinal);
        Assert.True(search.Split('\n').Length > 40, search);
        Assert.Equal(search, (string)StorageModes.CallProbe(right, "DescribeSearch", (object)queries)!);

        var entities = (string)StorageModes.CallProbe(left, "DescribeEntities")!;
        Assert.Contains("entity Sergei Ryabkov|Person|", entities, StringComparison.Ordinal);
        Assert.Contains("Alexander Grushko", entities, StringComparison.Ordinal);
        Assert.DoesNotContain("entity Alexander Grushko|", entities, StringComparison.Ordinal);
        Assert.Equal(entities, (string)StorageModes.CallProbe(right, "DescribeEntities")!);
    }

    [Fact]
    public void A_synthetic_corpus_in_small_chunks_searches_the_same_in_both_modes()
    {
        // A small chunk size cuts the index into many chunks; the task must cut the resource's the same way.
        static CorpusProject Project()
        {
            var project = SyntheticProject(120);
            project.Properties["NewsCorpusChunkSize"] = "16384";
            return project;
        }

        var inline = StorageModes.Build(Project(), StorageModes.Inline);
        var resource = StorageModes.Build(Project(), StorageModes.Resource);
        Assert.True(inline.Run.CompileProblems.IsEmpty, string.Join("\n", inline.Run.CompileProblems));
        Assert.True(resource.Run.CompileProblems.IsEmpty, string.Join("\n", resource.Run.CompileProblems));
        Assert.True(inline.Run.CorpusSources.Count(s => s.HintName.StartsWith("Corpus.SearchData", StringComparison.Ordinal)) > 5);
        Assert.Contains("\"NewsCorpus.Records\"", resource.Run.Source("Corpus.Search.g.cs"), StringComparison.Ordinal);

        var queries = new[] { "talks", "Kraków officials", "\"will decide soon\"", "story 42", "müller" };
        Assert.Equal(
            (string)StorageModes.CallProbe(inline.Load(), "DescribeSearch", (object)queries)!,
            (string)StorageModes.CallProbe(resource.Load(), "DescribeSearch", (object)queries)!);
        Assert.Equal((string)StorageModes.CallProbe(inline.Load(), "DescribeEntities")!, (string)StorageModes.CallProbe(resource.Load(), "DescribeEntities")!);
    }

    [Fact]
    public void A_resource_built_without_the_alias_files_falls_back_to_inline_with_NC0031()
    {
        // The task's entity section is merged without the rule the generator sees: one section differs, so the
        // headers differ and everything is compiled inline rather than read from an index merged differently.
        var project = new AliasFileProject(SeedProject()).WithAliases("entity-aliases.txt", "Sergei Ryabkov, Alexander Grushko\n");
        var withoutAliases = StorageModes.Build(SeedProject(), StorageModes.Resource);
        project.Project.Properties["NewsCorpusStorage"] = "resource";
        project.Project.Properties["NewsCorpusResourceDigest"] = SeedProjectDigest(withoutAliases);
        var run = project.Run();

        Assert.True(run.CompileProblems.IsEmpty, string.Join("\n", run.CompileProblems));
        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "NC0031");
        Assert.Contains(SeedProjectDigest(withoutAliases), diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains(run.CorpusSources, s => s.HintName.StartsWith("Corpus.Data", StringComparison.Ordinal));
        Assert.Contains(run.CorpusSources, s => s.HintName.StartsWith("Corpus.SearchData", StringComparison.Ordinal));
        Assert.Contains(run.CorpusSources, s => s.HintName.StartsWith("Corpus.EntityData", StringComparison.Ordinal));
        Assert.DoesNotContain(run.CorpusSources, s => s.HintName == "Corpus.EntityStore.g.cs" || s.HintName.StartsWith("NewsCorpus.Runtime.Resource", StringComparison.Ordinal));
        Assert.Equal(5, CompiledCorpus.Load(run).Articles.Count);
    }

    [Theory]
    [InlineData(1, "search chunk 0")]
    [InlineData(3, "entity index piece 0")]
    public void A_changed_search_or_entity_section_fails_clearly_when_first_used_and_articles_still_read(int section, string piece)
    {
        var built = StorageModes.Build(SeedProject(), StorageModes.Resource, blob =>
        {
            // Flip a digit character inside the section (lengths and header unchanged, the checksum not).
            var index = SectionEnd(blob, section) - 3;
            blob[index] ^= 0x01;
            return blob;
        });
        var corpus = built.Load();

        Assert.Equal(5, corpus.Articles.Count);
        var error = Assert.Throws<InvalidOperationException>(() => StorageModes.CallProbe(corpus, section == 1 ? "DescribeSearch" : "DescribeEntities", section == 1 ? new object[] { new[] { "NATO" } } : Array.Empty<object>()));
        Assert.Contains("does not belong to the code generated for it", error.Message, StringComparison.Ordinal);
        Assert.Contains(piece + " has checksum", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resource_mode_reads_every_synthetic_article_like_inline_mode()
    {
        var left = StorageModes.Build(SyntheticProject(120), StorageModes.Inline).Load();
        var right = StorageModes.Build(SyntheticProject(120), StorageModes.Resource).Load();

        Assert.Equal(120, right.Articles.Count);
        Assert.Equal(Describe(left), Describe(right));
        Assert.NotNull(right.FindArticle("section3/story0043"));
        Assert.Null(right.FindArticle("section3/missing"));
    }

    [Fact]
    public void A_resource_whose_header_differs_fails_at_first_access_with_a_clear_message()
    {
        var built = StorageModes.Build(SeedProject(), StorageModes.Resource, blob =>
        {
            blob[blob.Length - 1] ^= 0x01;
            var header = Encoding.ASCII.GetBytes("newscorpus-0");
            Array.Copy(header, blob, header.Length);
            return blob;
        });
        var corpus = built.Load();

        var error = Assert.Throws<InvalidOperationException>(() => corpus.Articles);
        Assert.Contains("does not belong to the code generated for it", error.Message, StringComparison.Ordinal);
        Assert.Contains("NewsCorpusStorage", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_record_fails_when_that_article_is_first_read_and_the_others_still_read()
    {
        // Flip a letter inside the last article's record: the header and length still match, the checksum does not.
        var built = StorageModes.Build(SeedProject(), StorageModes.Resource, blob =>
        {
            var index = RecordsEnd(blob) - 200;
            while (!char.IsAsciiLetterLower((char)blob[index]))
            {
                index--;
            }

            blob[index] = (byte)char.ToUpperInvariant((char)blob[index]);
            return blob;
        });
        var corpus = built.Load();

        // FindArticle reads ids from the resource's article table, so only the article asked for is read and verified.
        Assert.NotNull(corpus.FindArticle("000_26f454d97304e2b8"));
        var error = Assert.Throws<System.Reflection.TargetInvocationException>(() => corpus.FindArticle("004_e6b917c242a3da36"));
        Assert.IsType<InvalidOperationException>(error.InnerException);
        Assert.Contains("checksum", error.InnerException!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "article")]
    [InlineData(5 * 12, "id")]
    public void An_article_table_entry_that_points_outside_the_resource_fails_clearly(int entry, string what)
    {
        // The article table is the resource's last section: five records' (offset, length, checksum), then the ids' offsets.
        var table = CorpusBlobBuilder.Build(StorageModes.Sources(SeedProject())).ArticleTable;
        var built = StorageModes.Build(SeedProject(), StorageModes.Resource, blob =>
        {
            BitConverter.GetBytes(0x7F000000).CopyTo(blob, blob.Length - table.Length + entry);
            return blob;
        });
        var corpus = built.Load();

        var error = Assert.ThrowsAny<Exception>(() => what == "article" ? CompiledCorpus.Get(corpus.Articles[0], "Title") : corpus.FindArticle("000_26f454d97304e2b8"));
        var inner = Assert.IsType<InvalidOperationException>(error is System.Reflection.TargetInvocationException ? error.InnerException : error);
        Assert.Contains("does not belong to the code generated for it", inner.Message, StringComparison.Ordinal);
        Assert.Contains("outside its", inner.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_digest_that_does_not_match_the_corpus_falls_back_to_inline_with_NC0031()
    {
        var project = SeedProject();
        project.Properties["NewsCorpusResourceDigest"] = "newscorpus-2-5-1-0000000000000000";
        var run = project.Run();

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "NC0031");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains(run.CorpusSources, s => s.HintName.StartsWith("Corpus.Data", StringComparison.Ordinal));
        Assert.Equal(5, CompiledCorpus.Load(run).Articles.Count);
    }

    [Fact]
    public void Resource_storage_without_the_build_targets_is_inline_with_NC0030()
    {
        var project = SeedProject();
        project.Properties["NewsCorpusStorage"] = "resource";
        var run = project.Run();

        Assert.Single(run.GeneratorDiagnostics, d => d.Id == "NC0030");
        Assert.Equal(5, CompiledCorpus.Load(run).Articles.Count);
    }

    [Fact]
    public void Auto_storage_without_a_resource_is_inline_and_silent()
    {
        var project = SeedProject();
        project.Properties["NewsCorpusStorage"] = "auto";
        var run = project.Run().ShouldCompile();

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id.StartsWith("NC003", StringComparison.Ordinal));
        Assert.Contains(run.CorpusSources, s => s.HintName.StartsWith("Corpus.Data", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_storage_value_is_reported_as_an_invalid_setting()
    {
        var project = SeedProject();
        project.Properties["NewsCorpusStorage"] = "cloud";
        var run = project.Run();

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "NC0005");
        Assert.Contains("NewsCorpusStorage", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Resource_mode_source_is_pinned_and_an_identical_rerun_is_cached()
    {
        var project = SeedProject();
        var run = StorageModes.Build(project, StorageModes.Resource).Run.ShouldCompile();

        // The shape is pinned; offsets, lengths, checksums and the digest change with every parser change, and the
        // round-trip tests above prove them, so they are masked here rather than churn this snapshot.
        Snapshot.Match(MaskNumbers(run.Source("Corpus.g.cs")), "Corpus.g.cs");
        Snapshot.Match(MaskNumbers(run.Source("Corpus.Search.g.cs")), "Corpus.Search.g.cs");
        Snapshot.Match(MaskNumbers(run.Source("Corpus.EntityStore.g.cs")), "Corpus.EntityStore.g.cs");
        IncrementalAssert.CachedOnRerun(project, run.Driver);
    }

    /// <summary>Where the records section ends: after the header line and the record bytes the header names.</summary>
    private static string SeedProjectDigest(StorageModes.Built built) =>
        Encoding.ASCII.GetString(built.Blob!, 0, Array.IndexOf(built.Blob!, (byte)'\n'));

    internal static int RecordsEnd(byte[] blob) => SectionEnd(blob, 0);

    /// <summary>
    /// Where a section ends (0 records, 1 search chunks, 2 quote clusters, 3 entity index): the header is
    /// newscorpus-{record version}-{sections version}-{count}-{record bytes}-{search bytes}-{cluster bytes}-{entity bytes}-{hash}.
    /// </summary>
    internal static int SectionEnd(byte[] blob, int section)
    {
        var headerLength = Array.IndexOf(blob, (byte)'\n') + 1;
        var fields = Encoding.ASCII.GetString(blob, 0, headerLength - 1).Split('-');
        var end = headerLength;
        for (var i = 0; i <= section; i++)
        {
            end += int.Parse(fields[4 + i], System.Globalization.CultureInfo.InvariantCulture);
        }

        return end;
    }

    private static string MaskNumbers(string source)
    {
        source = System.Text.RegularExpressions.Regex.Replace(source, "newscorpus-[0-9a-f-]+", "newscorpus-#");
        source = System.Text.RegularExpressions.Regex.Replace(source, @"(?<==> )\d+(?=L?;)", "#");
        return System.Text.RegularExpressions.Regex.Replace(source, @"(?<=[\s(,])-?\d+(?=L?[,)])", "#");
    }

    internal static CorpusProject SeedProject()
    {
        var project = new CorpusProject().WithSeeds();
        project.Sources.Add(StorageModes.ProbeSource);
        return project;
    }

    internal static CorpusProject SyntheticProject(int articles)
    {
        var project = new CorpusProject();
        project.Sources.Add(StorageModes.ProbeSource);
        for (var i = 0; i < articles; i++)
        {
            // About 3 KB an article, like agency copy (and benchmarks/NewsCorpus.CorpusWriter).
            var body = string.Concat(Enumerable.Range(0, 24).Select(p =>
                $"Paragraph {p} of story {i}: officials in Łódź and Zürich met on Tuesday. \"We will decide soon,\" said Ana Müller-{i % 7}.\n\n"));
            project.WithFile($"section{i % 5}/story{i:D4}.txt", $"Headline number {i} about the talks in Kraków\n\n{body}");
        }

        return project;
    }

    /// <summary>Every field of every article, quotation and paragraph as text, to compare two compiled corpora.</summary>
    internal static string Describe(CompiledCorpus corpus)
    {
        var builder = new StringBuilder();
        foreach (var article in corpus.Articles)
        {
            foreach (var name in new[] { "Id", "SourcePath", "Title", "Section", "PublishedAt", "Dateline", "Agency", "Body", "WordCount" })
            {
                builder.Append(name).Append('=').Append(CompiledCorpus.Get(article, name)).Append('\n');
            }

            foreach (var name in new[] { "Authors", "Credits", "Subheadings" })
            {
                builder.Append(name).Append('=').AppendJoin('|', CompiledCorpus.Strings(article, name)).Append('\n');
            }

            foreach (var list in new[] { "Paragraphs", "Quotes", "Removed" })
            {
                foreach (var item in (IEnumerable)CompiledCorpus.Get(article, list)!)
                {
                    foreach (var property in item.GetType().GetProperties().Where(p => p.PropertyType != typeof(ReadOnlySpan<byte>) && p.Name is not ("Article" or "Paragraph" or "Speaker" or "EqualityContract")))
                    {
                        builder.Append(list).Append('.').Append(property.Name).Append('=').Append(property.GetValue(item)).Append('\n');
                    }
                }
            }
        }

        return builder.ToString();
    }
}
