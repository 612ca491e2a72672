using System.Collections.Generic;

namespace NewsCorpus.Generator.Tests.Search;

/// <summary>The one tokenizer the index and the queries share: where tokens start and end, and the term each folds to.</summary>
public sealed class TokenizerTests
{
    private static List<(string Token, string Term)> Tokens(string text)
    {
        var tokens = new List<(string, string)>();
        var position = 0;
        while (Tokenizer.Next(text, ref position, out var start, out var end))
        {
            tokens.Add((text.Substring(start, end - start), Tokenizer.Term(text, start, end)));
        }

        return tokens;
    }

    [Fact]
    public void Words_are_split_on_spaces_punctuation_and_hyphens_and_lower_cased()
    {
        Assert.Equal(
            new[] { ("The", "the"), ("Russian", "russian"), ("Western", "western"), ("escalation", "escalation"), ("NATO", "nato") },
            Tokens("The Russian-Western escalation (NATO)!"));
    }

    [Fact]
    public void Accents_and_case_fold_to_one_term()
    {
        // 'Ł' has no decomposition: it is a letter of its own, only lower-cased; the accents around it go.
        Assert.Equal(new[] { "zelenskyy", "zelenskyy", "zelenskyy", "łodz", "sao", "paulo" }, Tokenizer.Terms("Zelénskyy ZELENSKYY zelenskyy Łódź São Paulo"));
        Assert.Equal(new[] { "cafe" }, Tokenizer.Terms("cafe\u0301"));
        Assert.Equal(new[] { "istanbul" }, Tokenizer.Terms("\u0130stanbul"));
    }

    [Theory]
    [InlineData("Russia’s", "russia")]
    [InlineData("Russia's", "russia")]
    [InlineData("doesn’t", "doesnt")]
    [InlineData("doesn't", "doesnt")]
    [InlineData("O’Brien", "obrien")]
    public void Apostrophes_inside_words_are_dropped_and_a_possessive_s_too(string word, string term)
    {
        var tokens = Tokens(word + " said");
        Assert.Equal((word, term), tokens[0]);
        Assert.Equal(("said", "said"), tokens[1]);
    }

    [Fact]
    public void Quotation_marks_and_trailing_apostrophes_are_not_part_of_a_word()
    {
        Assert.Equal(
            new[] { ("countries", "countries"), ("leaders", "leaders"), ("said", "said"), ("no", "no") },
            Tokens("the countries’ leaders said 'no'").GetRange(1, 4).ToArray());
    }

    [Fact]
    public void Acronyms_with_dots_are_one_token()
    {
        Assert.Equal(
            new[] { ("U.S.", "us"), ("U.N.", "un"), ("Security", "security"), ("the", "the"), ("U.S", "us") },
            Tokens("U.S. and U.N. Security in the U.S").FindAll(t => t.Token != "and" && t.Token != "in"));
    }

    [Fact]
    public void Numbers_keep_their_groups_and_decimals()
    {
        Assert.Equal(
            new[] { ("2,000", "2000"), ("troops", "troops"), ("3.5", "3.5"), ("in", "in"), ("2024", "2024") },
            Tokens("2,000 troops, 3.5% in 2024."));
    }

    [Fact]
    public void Characters_outside_the_basic_plane_and_broken_surrogates_do_not_break_words()
    {
        // U+20000 is a CJK letter written as a surrogate pair; a lone surrogate is no letter at all.
        Assert.Equal(new[] { ("a\uD840\uDC00b", "a\uD840\uDC00b"), ("word", "word") }, Tokens("a\uD840\uDC00b \uD800 word\uDC00"));
    }

    [Fact]
    public void Offsets_point_at_the_words_in_the_text()
    {
        const string text = "  «Moscow» — doesn’t see U.S. interest…";
        var position = 0;
        var words = new List<string>();
        while (Tokenizer.Next(text, ref position, out var start, out var end))
        {
            words.Add(text[start..end]);
        }

        Assert.Equal(new[] { "Moscow", "doesn’t", "see", "U.S.", "interest" }, words);
    }

    [Theory]
    [InlineData("NATO")]
    [InlineData("expansion")]
    [InlineData("Russia’s")]
    [InlineData("U.S.")]
    [InlineData("Zelénskyy")]
    [InlineData("2,000")]
    [InlineData("doesn't")]
    public void Comparing_a_token_with_a_term_agrees_with_folding_it(string word)
    {
        var term = Tokenizer.Term(word, 0, word.Length);

        Assert.True(Tokenizer.TermEquals(word, 0, word.Length, term));
        Assert.False(Tokenizer.TermEquals(word, 0, word.Length, term + "x"));
        Assert.False(Tokenizer.TermEquals(word, 0, word.Length, term.Substring(1)));
    }

    [Fact]
    public void A_token_is_plain_exactly_when_it_is_ASCII_letters_and_digits_only()
    {
        const string text = "The NATO2 U.S. doesn't Russia’s 2,000 3.5 Zelénskyy cafe\u0301 a\uD840\uDC00b e.g. x";
        var position = 0;
        var plain = new List<(string, bool)>();
        while (Tokenizer.Next(text, ref position, out var start, out var end, out var isPlain))
        {
            plain.Add((text[start..end], isPlain));
        }

        Assert.Equal(
            new[]
            {
                ("The", true), ("NATO2", true), ("U.S.", false), ("doesn't", false), ("Russia’s", false), ("2,000", false), ("3.5", false),
                ("Zelénskyy", false), ("cafe\u0301", false), ("a\uD840\uDC00b", false), ("e.g.", false), ("x", true),
            },
            plain);
    }

    [Fact]
    public void Empty_and_punctuation_only_text_has_no_tokens()
    {
        Assert.Empty(Tokenizer.Terms(string.Empty));
        Assert.Empty(Tokenizer.Terms(" — … ‘’ \"\" -- ."));
    }
}
