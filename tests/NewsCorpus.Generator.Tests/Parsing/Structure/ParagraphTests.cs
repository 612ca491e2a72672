using static NewsCorpus.Generator.Tests.Parsing.Structure.StructureKit;

namespace NewsCorpus.Generator.Tests.Parsing.Structure;

public sealed class ParagraphTests
{
    [Fact]
    public void Single_line_breaks_between_sentences_split_paragraphs()
    {
        var article = Parse("Ministers agree on new border rules\nThe ministers met in Brussels on Monday.\nThey agreed to share more data.\n\"It is a good day,\" one said.\n");

        Assert.Equal(
            new[] { "The ministers met in Brussels on Monday.", "They agreed to share more data.", "\"It is a good day,\" one said." },
            Paragraphs(article));
    }

    [Fact]
    public void A_sentence_broken_by_a_line_break_or_a_stray_blank_line_is_joined()
    {
        var article = Parse(SampleArticles.BrokenSentences);

        Assert.Equal("Dock workers extended their strike on Monday after talks with the port operator collapsed, leaving dozens of ships waiting offshore.", article.Paragraphs[0].Text);
        Assert.Equal("Union leaders said they would not return to work until the operator agreed to review the new shift system.", article.Paragraphs[1].Text);
    }

    [Fact]
    public void List_items_stay_separate_paragraphs()
    {
        var article = Parse(SampleArticles.BrokenSentences);

        Assert.Equal(new[] { "Key demands:", "- a cap on night shifts", "- a review of safety rules" }, Paragraphs(article)[2..]);
    }

    [Fact]
    public void Hard_wrapped_text_is_joined_into_its_paragraphs()
    {
        var article = Parse(SampleArticles.HardWrappedNewsletter);

        Assert.Equal(
            new[]
            {
                "The city council voted on Wednesday to approve the long-delayed expansion of the harbour, ending a dispute that has divided residents for almost a decade. The project will add two new berths.",
                "Supporters say the expansion will bring hundreds of jobs to the area, while opponents warn of more traffic and noise in the old town.",
                "Construction is expected to begin next spring and to last about three years, according to the port authority.",
            },
            Paragraphs(article));
    }

    [Fact]
    public void A_word_hyphenated_at_the_line_end_is_joined_with_its_hyphen()
    {
        var article = Parse("Trade talks end without a deal\n\nThe negotiators said the inter-\nnational framework needed more work before it could be signed by both sides.\n");

        Assert.Equal("The negotiators said the inter-national framework needed more work before it could be signed by both sides.", Assert.Single(article.Paragraphs).Text);
    }

    [Fact]
    public void A_sentence_continuation_that_repeats_an_earlier_line_is_kept_not_deduplicated()
    {
        var text = "Talks resume in Geneva\n\nThe envoy said the talks would go on\nuntil a deal was reached.\n\nThe minister said the work would go on\nuntil a deal was reached.\n";

        var article = Parse(text);

        Assert.Equal(
            new[] { "The envoy said the talks would go on until a deal was reached.", "The minister said the work would go on until a deal was reached." },
            Paragraphs(article));
        Assert.Empty(article.Removed);
    }

    [Fact]
    public void A_paragraph_records_the_line_it_starts_on()
    {
        var article = Parse(SampleArticles.BrokenSentences);

        Assert.Equal(new[] { 2, 5, 9, 10, 11 }, System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(article.Paragraphs, p => p.Line)));
    }

    [Fact]
    public void A_short_label_followed_by_a_capitalized_line_is_not_glued_to_it()
    {
        var article = Parse("Budget passes after long debate\n\nKey facts\nThe budget grows by four percent and the deficit falls to two percent of output.\n");

        Assert.Equal(new[] { "Key facts", "The budget grows by four percent and the deficit falls to two percent of output." }, Paragraphs(article));
    }
}
