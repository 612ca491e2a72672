using System.Linq;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing.Structure;
using static NewsCorpus.Generator.Tests.Parsing.Structure.StructureKit;

namespace NewsCorpus.Generator.Tests.Parsing.Structure;

public sealed class BoilerplateTests
{
    [Theory]
    [InlineData("Sergey Lavrov. Image credit: the Russian Ministry of Foreign Affairs")]
    [InlineData("(Photo: Reuters/Alkis Konstantinidis)")]
    [InlineData("A firefighter battles the blaze near Athens on Monday. Getty Images")]
    [InlineData("Photo: Parliament press office")]
    [InlineData("Protesters gather outside parliament. REUTERS/Jane Doe")]
    [InlineData("The minister arrives for talks in Geneva. (AP Photo/John Roe)")]
    [InlineData("Photo by Anna Petrova")]
    [InlineData("File photo: the plant in 2019")]
    [InlineData("![A street in Seville](https://example.org/a.jpg)")]
    public void Captions_and_picture_credits_are_captions(string text)
    {
        Assert.True(BoilerplateClassifier.IsCaption(text));
    }

    [Theory]
    [InlineData("Leave a Reply")]
    [InlineData("Your email address will not be published.")]
    [InlineData("Required fields are marked *")]
    [InlineData("Subscribe to us")]
    [InlineData("Recent news from Belarus")]
    [InlineData("Our readers are reading too")]
    [InlineData("Sign up for our daily newsletter to get the top stories in your inbox.")]
    [InlineData("Follow us on Telegram")]
    [InlineData("12 Comments")]
    [InlineData("Share this:")]
    [InlineData("Read more: Ukraine says it downed dozens of drones")]
    [InlineData("You may also like")]
    public void Comment_subscribe_and_read_more_prompts_are_prompts(string text)
    {
        Assert.True(BoilerplateClassifier.IsPrompt(text));
    }

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Story continues below advertisement")]
    [InlineData("\u00A9 2024 Example Media. All rights reserved.")]
    [InlineData("Tags: Ukraine, NATO, Russia")]
    [InlineData("Copyright 2024 Example Media")]
    [InlineData("Advertisement - scroll to continue")]
    public void Advertising_and_furniture_are_boilerplate(string text)
    {
        Assert.True(BoilerplateClassifier.IsBoilerplate(text));
    }

    [Theory]
    [InlineData("Reuters contributed to this report.")]
    [InlineData("(Reporting by Jane Doe; Editing by John Roe)")]
    [InlineData("Additional reporting by Ann Poe in Kyiv.")]
    [InlineData("This article was originally published by The Conversation.")]
    [InlineData("Source: BelTA")]
    public void Credit_lines_are_credits(string text)
    {
        Assert.True(BoilerplateClassifier.IsCredit(text));
    }

    [Theory]
    [InlineData("Getty Images said on Tuesday it would cut 200 jobs as demand for stock photos fell.")]
    [InlineData("Advertisements for the new service appeared across the city last week.")]
    [InlineData("Subscribers to the service said the price rise came without warning.")]
    [InlineData("Reporting by the BBC suggested that the talks had stalled, officials said.")]
    [InlineData("\u201CFollow us,\u201D the commander shouted as the column moved off.")]
    [InlineData("The photo was shared thousands of times, according to Reuters.")]
    [InlineData("Commenting on the plan, the mayor said it would be reviewed.")]
    [InlineData("Copyright law changes worry musicians")]
    [InlineData("Advertisement ban on junk food approved by parliament")]
    [InlineData("Photos: Kyiv after a night of drone attacks")]
    [InlineData("Video: Firefighters rescue family from flooded home")]
    public void Story_sentences_that_mention_the_words_stay_story(string text)
    {
        Assert.False(BoilerplateClassifier.IsCaption(text));
        Assert.False(BoilerplateClassifier.IsPrompt(text));
        Assert.False(BoilerplateClassifier.IsBoilerplate(text));
        Assert.False(BoilerplateClassifier.IsCredit(text));
    }

    [Fact]
    public void A_blog_keeps_only_its_story()
    {
        var article = Parse(SampleArticles.BlogWithComments);

        Assert.Equal(2, article.Paragraphs.Count);
        Assert.StartsWith("When the library on Elm Street reopened", article.Paragraphs[0].Text);
        Assert.StartsWith("Many of them were children", article.Paragraphs[1].Text);
        Assert.Equal(RemovalReason.Prompt, RemovedLine(article, "Leave a Reply").Reason);
        Assert.Equal(RemovalReason.Prompt, RemovedLine(article, "Save my name, email, and website in this browser for the next time I comment.").Reason);
        Assert.Equal(RemovalReason.Prompt, RemovedLine(article, "3 Comments").Reason);
    }

    [Fact]
    public void Captions_inside_the_story_are_set_aside_with_their_reason()
    {
        var article = Parse(SampleArticles.FeatureWithCaptionsAndBio);

        Assert.Equal(3, article.Paragraphs.Count);
        Assert.Equal(RemovalReason.Caption, RemovedLine(article, "(Photo: Reuters/Alkis Konstantinidis)").Reason);
        Assert.Equal(RemovalReason.Caption, RemovedLine(article, "Image credit: Hellenic Fire Service").Reason);
        Assert.Equal(RemovalReason.Caption, RemovedLine(article, "A firefighter battles the blaze near Athens on Monday. Getty Images").Reason);
    }

    [Fact]
    public void Advertising_between_paragraphs_is_removed_and_the_paragraphs_stay_apart()
    {
        var article = Parse(SampleArticles.PortalWithNavigation);

        Assert.Equal(
            new[]
            {
                "The parliament approved the 2024 budget late on Tuesday after a session that lasted more than fourteen hours.",
                "Opposition deputies walked out before the final vote, saying the spending plans ignored the regions.",
                "The budget now goes to the president, who has ten days to sign it.",
            },
            Paragraphs(article));
        Assert.Equal(RemovalReason.Boilerplate, RemovedLine(article, "Advertisement").Reason);
        Assert.Equal(RemovalReason.Prompt, RemovedLine(article, "Recent news from the region").Reason);
    }

    [Fact]
    public void A_repeated_caption_is_a_duplicate()
    {
        var article = Parse(
            "Minister meets his counterpart in Geneva\n\n" +
            "The minister in Geneva. Photo: Foreign Ministry\n" +
            "The minister in Geneva. Photo: Foreign Ministry\n" +
            "GENEVA, 3 May (TASS) - The two ministers met for three hours and agreed to meet again next month.\n");

        Assert.Equal(new[] { RemovalReason.Caption, RemovalReason.Duplicate, RemovalReason.Dateline }, article.Removed.Select(r => r.Reason));
        Assert.Single(article.Paragraphs);
    }

    [Fact]
    public void Mostly_control_characters_is_unreadable()
    {
        var article = Parse("Headline of a story with a damaged line\n\n\u0001\u0002\u0003\u0004garbage\u0005\u0006\n\nThe story itself is fine and should be kept as it is.\n");

        Assert.Equal(RemovalReason.Unreadable, Assert.Single(article.Removed).Reason);
        Assert.Single(article.Paragraphs);
    }
}
