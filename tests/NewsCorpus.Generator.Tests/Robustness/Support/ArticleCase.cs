using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NewsCorpus.Generator.Tests.Infrastructure;

namespace NewsCorpus.Generator.Tests.Robustness.Support;

/// <summary>How a seed article is damaged to make a test input.</summary>
internal enum Mutation
{
    /// <summary>The seed as it is.</summary>
    None,

    /// <summary>Random bytes of its UTF-8 encoding replaced (so it may stop being UTF-8).</summary>
    FlipBytes,

    /// <summary>Its lines in a random order.</summary>
    ShuffleLines,

    /// <summary>Quotation marks, brackets, markup and control characters inserted at random places.</summary>
    InsertMarks,

    /// <summary>Cut off at a random point, possibly inside a line or a UTF-8 sequence.</summary>
    Truncate,

    /// <summary>Random lines repeated, and random lines blanked.</summary>
    RepeatAndBlank,

    /// <summary>Not a seed at all: random characters from every troublesome class, in random lines.</summary>
    RandomText,
}

/// <summary>
/// One generated input: a seed, a mutation and the random seed that drives it. Printed as such when a property
/// fails, so the exact input can be rebuilt with <see cref="Bytes"/>.
/// </summary>
internal sealed record ArticleCase(int Seed, Mutation Kind, int Random)
{
    private static readonly string[] s_marks =
    {
        "\"", "\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB", "\u201E", "'", "(", ")", "[", "]", "**", "#", "\n", "\r", "\r\n",
        "\u2028", "\t", "\0", "\u0007", "\uFFFD", "\uD800", "\uDC00", "*/", "{", "}", "\\", "</summary>", "&", "\u202E",
    };

    public static Gen<ArticleCase> Generator =>
        from seed in Gen.Choose(0, SeedTexts.All.Count - 1)
        from kind in Gen.Elements(Enum.GetValues<Mutation>())
        from random in Gen.Choose(0, int.MaxValue)
        select new ArticleCase(seed, kind, random);

    public static Arbitrary<ArticleCase> Arbitrary => Generator.ToArbitrary();

    public static Arbitrary<ArticleCase[]> Corpora => Gen.Choose(1, 3).SelectMany(n => Generator.ArrayOf(n)).ToArbitrary();

    /// <summary>The file's bytes, as they would be on disk.</summary>
    public byte[] Bytes()
    {
        var random = new Random(Random);
        var text = SeedTexts.All[Seed];
        switch (Kind)
        {
            case Mutation.FlipBytes:
                var bytes = Encoding.UTF8.GetBytes(text);
                for (var i = random.Next(1, 40); i > 0 && bytes.Length > 0; i--)
                {
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                }

                return bytes;
            case Mutation.Truncate:
                var all = Encoding.UTF8.GetBytes(text);
                return all.AsSpan(0, random.Next(all.Length + 1)).ToArray();
            default:
                return Encoding.UTF8.GetBytes(Text(text, random));
        }
    }

    /// <summary>The file as the compiler hands it to the generator (null when the compiler itself refuses it).</summary>
    public SourceText? Decoded()
    {
        try
        {
            return CompilerDecoding.Decode(Bytes());
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    public AdditionalText AdditionalText(string relativePath) =>
        Decoded() is { } text
            ? new InMemoryAdditionalText(CorpusProject.CorpusPath(relativePath), text)
            : new InMemoryAdditionalText(CorpusProject.CorpusPath(relativePath), (string?)null);

    public override string ToString() => $"ArticleCase(Seed: {Seed}, Kind: {Kind}, Random: {Random})";

    private string Text(string seed, Random random)
    {
        switch (Kind)
        {
            case Mutation.ShuffleLines:
                return string.Join("\n", seed.Split('\n').OrderBy(_ => random.Next()));
            case Mutation.InsertMarks:
                var builder = new StringBuilder(seed);
                for (var i = random.Next(1, 200); i > 0; i--)
                {
                    builder.Insert(random.Next(builder.Length + 1), s_marks[random.Next(s_marks.Length)]);
                }

                return builder.ToString();
            case Mutation.RepeatAndBlank:
                var lines = new List<string>(seed.Split('\n'));
                for (var i = random.Next(1, 30); i > 0 && lines.Count > 0; i--)
                {
                    var at = random.Next(lines.Count);
                    if (random.Next(2) == 0)
                    {
                        lines.Insert(random.Next(lines.Count + 1), lines[at]);
                    }
                    else
                    {
                        lines[at] = new string(' ', random.Next(3));
                    }
                }

                return string.Join("\n", lines);
            case Mutation.RandomText:
                var text = new StringBuilder();
                for (var line = random.Next(0, 30); line > 0; line--)
                {
                    text.Append(HostileTextTests.RandomText(random, random.Next(0, 120))).Append(random.Next(4) == 0 ? "\r\n" : "\n");
                }

                return text.ToString();
            default:
                return seed;
        }
    }
}
