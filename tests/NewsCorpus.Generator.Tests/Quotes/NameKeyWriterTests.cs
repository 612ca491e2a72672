using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing;

namespace NewsCorpus.Generator.Tests.Quotes;

/// <summary>
/// The allocation-free key of run-time lookups (<see cref="NameKeyWriter"/>) against <see cref="EntityNameKey.Key"/>,
/// the key the build merged names under: for every name it keys, it must write exactly the same key.
/// </summary>
public sealed class NameKeyWriterTests
{
    [Theory]
    [InlineData("Sergey Lavrov")]
    [InlineData("SERGEI LAVROV")]
    [InlineData("Volodymyr Zelenskyy")]
    [InlineData("Elena Marković")]
    [InlineData("Rafael Peña")]
    [InlineData("U.N. Security Council")]
    [InlineData("Karine Jean-Pierre")]
    [InlineData("Oleksandr  Syrskyi.")]
    [InlineData("Ksenia Sobchak")]
    [InlineData("İlham Əliyev")]
    [InlineData("Straße")]
    [InlineData("ǅemal Bijedić")]
    [InlineData("Сергей Лавров")]
    [InlineData("")]
    [InlineData("  -- ")]
    [InlineData("Petro")]
    public void Writes_the_key_EntityNameKey_computes(string name) => AssertSameKey(name, mustUseSpans: true);

    [Fact]
    public void Leaves_names_it_cannot_key_char_by_char_to_the_string_path()
    {
        // Built here, not as theory data: the test runner's serialization would replace a lone surrogate.
        var names = new[]
        {
            "Bad " + '\uD800' + " surrogate",
            "Emoji \uD83D\uDE00 pair",
            "Devanagari \u0915\u093F", // a spacing mark: normalization could reorder it
        };
        Span<char> buffer = stackalloc char[NameKeyWriter.BufferLength];
        foreach (var name in names)
        {
            Assert.Equal(-1, NameKeyWriter.Write(name, buffer));
            Assert.NotNull(EntityNameKey.Key(name));
        }
    }

    [Fact]
    public void A_name_longer_than_the_buffer_takes_the_string_path()
    {
        Span<char> buffer = stackalloc char[NameKeyWriter.BufferLength];
        Assert.Equal(-1, NameKeyWriter.Write(new string('a', NameKeyWriter.BufferLength + 1), buffer));
    }

    [Fact]
    public void A_name_that_decomposes_beyond_the_buffer_takes_the_string_path_without_throwing()
    {
        // Each Hangul syllable decomposes into two or three letters: the spelling outgrows a buffer the name fits.
        Span<char> buffer = stackalloc char[NameKeyWriter.BufferLength];
        var name = new string('\uD55C', NameKeyWriter.BufferLength - 8) + " abc";
        Assert.Equal(-1, NameKeyWriter.Write(name, buffer));
        Assert.NotEmpty(EntityNameKey.Key(name));
    }

    [Fact]
    public void Every_seed_speaker_and_entity_name_and_their_variant_spellings_key_alike_on_spans()
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt"))
        {
            var id = Path.GetFileNameWithoutExtension(path);
            var article = ArticleParser.Parse(new CorpusFileSpec("/corpus/" + id + ".txt", id, File.ReadAllText(path))).Article!;
            foreach (var quote in article.Quotes)
            {
                if (quote.Speaker is { } speaker)
                {
                    names.Add(speaker.Name);
                    names.UnionWith(speaker.Aliases);
                }
            }

            foreach (var entity in article.Entities)
            {
                names.Add(entity.Name);
                names.UnionWith(entity.Aliases);
            }

            names.UnionWith(article.Authors);
        }

        Assert.True(names.Count > 50, names.Count + " names");
        foreach (var name in names)
        {
            foreach (var variant in Variants(name))
            {
                AssertSameKey(variant, mustUseSpans: variant.Length <= NameKeyWriter.BufferLength);
            }
        }
    }

    [Fact]
    public void Random_strings_over_awkward_characters_key_alike_or_take_the_string_path()
    {
        // Letters the folds touch, accents precomposed and combining, separators, dots of abbreviations,
        // Cyrillic, a Hangul syllable, a spacing mark, an enclosing mark, halves of surrogate pairs.
        const string alphabet = "aAksKSyYjJiIeE. -'’\u00A0éÉñÑçøßİıǅ\u0301\u0308\u0327абвгЛ가\u093F\u20DD\uD83D\uDE00x1Z";
        var random = new Random(20261205);
        var spanPath = 0;
        for (var n = 0; n < 20000; n++)
        {
            var builder = new StringBuilder();
            var length = random.Next(0, 24);
            for (var i = 0; i < length; i++)
            {
                builder.Append(alphabet[random.Next(alphabet.Length)]);
            }

            spanPath += AssertSameKey(builder.ToString(), mustUseSpans: false) ? 1 : 0;
        }

        // Most strings avoid the few characters that need the string path; the span path must really be tested.
        Assert.True(spanPath > 5000, spanPath + " of 20000 on the span path");
    }

    private static IEnumerable<string> Variants(string name)
    {
        yield return name;
        yield return name.ToUpperInvariant();
        yield return name.ToLowerInvariant();
        yield return name.Normalize(NormalizationForm.FormD);
        yield return name.Replace('y', 'i').Replace('i', 'y');
        yield return name.Replace("s", "ss").Replace("x", "ks");
        yield return name.Replace(' ', '-') + ".";
        yield return "  " + name.Replace(" ", " . ") + " ";
        yield return string.Join(". ", name.Split(' ').Select(w => w.Length > 0 ? w.Substring(0, 1) : w)) + ".";
    }

    /// <summary>True when the span path keyed the name (and agreed); false when it handed it to the string path.</summary>
    private static bool AssertSameKey(string name, bool mustUseSpans)
    {
        Span<char> buffer = stackalloc char[NameKeyWriter.BufferLength];
        var length = NameKeyWriter.Write(name, buffer);
        if (length < 0)
        {
            Assert.False(mustUseSpans, "the span path gave up on '" + name + "'");
            return false;
        }

        Assert.Equal(EntityNameKey.Key(name), buffer.Slice(0, length).ToString());
        return true;
    }
}
