using System;
using System.Collections;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NewsCorpus.Generator.Emit;
using NewsCorpus.Generator.Tests.Infrastructure;

namespace NewsCorpus.Generator.Tests.Robustness;

/// <summary>
/// Text that would be code if it reached generated source unescaped. Every piece must compile as data and come
/// back through the generated API character for character.
/// </summary>
public sealed class HostileTextTests
{
    public static TheoryData<string> Hostile => new()
    {
        "a \" quote",
        "a \\ backslash and \\\\ two",
        "a \"\"\" raw string opener",
        "a comment end */ and start /* and // line",
        "braces { } {{ }} and $\"{interpolation}\"",
        "#if DEBUG",
        "#endregion and #pragma warning disable",
        "an escape \\u0022 that is not one, and \\x41",
        "a line\u2028separator, a paragraph\u2029separator and a next\u0085line",
        "XML </summary> <see cref=\"x\"/> <!-- & &amp; ]]>",
        "emoji 🎉 and Зеленский, Łódź, 東京, עברית, عربى",
        "bidi \u202Eoverride\u202C and zero\u200Bwidth and BOM \uFEFF inside",
        "\"; } } class Injected { static void Main() { System.Console.WriteLine(\"pwned\"); } } //",
        "\"u8; public static int X => 1; //",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_text_in_headline_paragraph_and_quote_compiles_and_round_trips(string hostile)
    {
        var line = hostile.Replace('\u2028', ' ').Replace('\u2029', ' ').Replace('\u0085', ' ');
        var paragraph = "The text reads " + line + " and then \u201C" + line + "\u201D, said Jane Doe.";
        var run = new CorpusProject().WithFile("hostile.txt", "Headline " + line + " in a headline\n\n" + paragraph + "\n").Run();

        var article = Assert.Single(CompiledCorpus.Load(run).Articles);

        // Which line is the headline, body or set aside is the parser's call; every line must read back exactly.
        var texts = ((IEnumerable)CompiledCorpus.Get(article, "Paragraphs")!).Cast<object>()
            .Concat(((IEnumerable)CompiledCorpus.Get(article, "Removed")!).Cast<object>())
            .Select(p => (string)CompiledCorpus.Get(p, "Text")!)
            .Append((string)CompiledCorpus.Get(article, "Title")!)
            .ToList();
        Assert.Contains(("Headline " + line + " in a headline").Trim(), texts);
        Assert.Contains(paragraph, texts);
        Assert.DoesNotContain(run.Output.SyntaxTrees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>()), c => c.Identifier.Text == "Injected");
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_text_in_a_file_name_becomes_an_id_that_round_trips(string hostile)
    {
        var name = new string(hostile.Where(c => c is not ('/' or '\\' or '\0') && !char.IsControl(c)).ToArray()).Trim();
        var run = new CorpusProject().WithFile(name + ".txt", "A headline for a file with a hostile name\n\nBody text.\n").Run();

        var corpus = CompiledCorpus.Load(run);

        var id = (string)CompiledCorpus.Get(Assert.Single(corpus.Articles), "Id")!;
        Assert.Equal(SourceEscaping.ReplaceUnpairedSurrogates(name), id);
        Assert.NotNull(corpus.FindArticle(id));
    }

    [Fact]
    public void Unpaired_surrogates_compile_and_read_back_as_replacement_characters()
    {
        var run = new CorpusProject()
            .WithFile("s\uD800.txt", "A headline with a lone \uDC00 low surrogate\n\nA lone high \uD83D surrogate at the end \uD83D\n")
            .Run();

        var article = Assert.Single(CompiledCorpus.Load(run).Articles);

        Assert.Equal("s\uFFFD", CompiledCorpus.Get(article, "Id"));
        Assert.Equal("A headline with a lone \uFFFD low surrogate", CompiledCorpus.Get(article, "Title"));
    }

    [Fact]
    public void String_literals_hold_any_text_exactly()
    {
        var random = new Random(2028);
        for (var round = 0; round < 500; round++)
        {
            var value = RandomText(random, random.Next(0, 40));
            var literal = SourceEscaping.StringLiteral(value);

            var token = SyntaxFactory.ParseToken(literal);

            Assert.Equal(SyntaxKind.StringLiteralToken, token.Kind());
            Assert.Equal(literal.Length, token.FullSpan.Length);
            Assert.Equal(value, token.ValueText);
            Assert.DoesNotContain(token.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
            Assert.DoesNotContain(literal, c => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085');
        }
    }

    [Fact]
    public void String_literals_hold_every_character_amid_plain_text()
    {
        // Plain text is copied in runs and only the rest is looked at one character at a time: every UTF-16 unit,
        // between plain characters, must still come back exactly and keep the literal on one line.
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var value = "a " + (char)c + "b\\";
            var literal = SourceEscaping.StringLiteral(value);

            var token = SyntaxFactory.ParseToken(literal);

            Assert.Equal(literal.Length, token.FullSpan.Length);
            Assert.Equal(value, token.ValueText);
            Assert.DoesNotContain(literal, ch => ch is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085');
        }
    }

    [Fact]
    public void Utf8_literals_compile_to_the_utf8_bytes_of_any_text()
    {
        var random = new Random(8);
        var values = Enumerable.Range(0, 60).Select(_ => RandomText(random, random.Next(0, 30))).ToList();
        var source = new StringBuilder("static class Values { public static byte[][] All => new byte[][] {\n");
        foreach (var value in values)
        {
            source.Append("    ").Append(SourceEscaping.Utf8Literal(value)).Append(".ToArray(),\n");
        }

        source.Append("}; }\n");
        var project = new CorpusProject();
        project.Sources.Add(source.ToString());
        var run = project.Run().ShouldCompile();

        using var stream = new System.IO.MemoryStream();
        Assert.True(run.Output.Emit(stream).Success);
        var context = new System.Runtime.Loader.AssemblyLoadContext("utf8-literals", isCollectible: true);
        var assembly = context.LoadFromStream(new System.IO.MemoryStream(stream.ToArray()));
        var all = (byte[][])assembly.GetType("Values")!.GetProperty("All")!.GetValue(null)!;
        for (var i = 0; i < values.Count; i++)
        {
            Assert.Equal(new UTF8Encoding(false).GetBytes(values[i]), all[i]);
        }
    }

    [Fact]
    public void Xml_doc_text_is_well_formed_xml_on_one_comment_line()
    {
        var random = new Random(1570);
        for (var round = 0; round < 300; round++)
        {
            var value = RandomText(random, random.Next(0, 300)) + (round % 3 == 0 ? "</summary> & <b>" : string.Empty);
            var text = SourceEscaping.XmlDocText(value);
            var source = "/// <summary>" + text + "</summary>\npublic class C { }\n";

            var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(documentationMode: DocumentationMode.Diagnose));

            Assert.Empty(tree.GetDiagnostics());
            Assert.Single(tree.GetRoot().DescendantTrivia(), t => t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia));
            Assert.True(text.Length <= 201 + 5, "shortened");
            Assert.False(text.Length > 0 && char.IsHighSurrogate(text[^1]), "split surrogate pair");
        }
    }

    /// <summary>Text mixing ASCII, markup, controls, line breaks, surrogates (paired and not) and other planes.</summary>
    internal static string RandomText(Random random, int length)
    {
        const string specials = "\"\\{}#/*<>&'$@\0\a\b\t\n\v\f\r\u0085\u2028\u2029\u200B\u202E\uFEFF\uFFFD\uFFFE\uFFFF";
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            switch (random.Next(6))
            {
                case 0: builder.Append(specials[random.Next(specials.Length)]); break;
                case 1: builder.Append((char)random.Next(0xD800, 0xE000)); break;
                case 2: builder.Append(char.ConvertFromUtf32(random.Next(0x10000, 0x110000))); break;
                case 3: builder.Append((char)random.Next(0x80, 0xD800)); break;
                default: builder.Append((char)random.Next(0x20, 0x7F)); break;
            }
        }

        return builder.ToString();
    }
}
