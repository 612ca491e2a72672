using System.Collections.Generic;

namespace NewsCorpus.Generator.Tests.Parsing.Structure;

/// <summary>
/// Small made-up articles in the shapes different outlets publish: wire stories, a blog, a portal page with
/// navigation and a page date, Markdown exports, hard-wrapped newsletters. None is a seed; each shows the forms
/// the structure rules must read, including ones the seeds do not.
/// </summary>
internal static class SampleArticles
{
    /// <summary>A wire story on a news site: section, headline, byline with agency, date line, dateline, credit line.</summary>
    public const string WireWithByline =
        "Europe\n" +
        "\n" +
        "Britain's economy stronger than expected, finance minister says\n" +
        "\n" +
        "By Jane Doe and John Roe, Reuters\n" +
        "January 5, 2024 10:15 AM GMT\n" +
        "\n" +
        "LONDON, Jan 5 (Reuters) - Britain's economy has held up better than expected, finance minister Alan Smith said on Friday, pointing to lower inflation and a resilient labour market.\n" +
        "\n" +
        "Smith told reporters that the government would publish new forecasts in March, and that tax cuts were not ruled out.\n" +
        "\n" +
        "\"We are not out of the woods yet, but the worst is behind us,\" he said.\n" +
        "\n" +
        "(Reporting by Jane Doe and John Roe; Editing by Ann Poe)\n";

    /// <summary>An AP-style story: capitalised byline with the agency, a time before the date, "KYIV, Ukraine (AP) —".</summary>
    public const string ApStory =
        "Ukraine says it downed dozens of drones overnight\n" +
        "By MARY SMITH Associated Press\n" +
        "Published 3:42 PM EST, February 16, 2024\n" +
        "KYIV, Ukraine (AP) \u2014 Ukraine's air force said Friday it shot down 31 of 36 drones launched overnight, as emergency crews worked to restore power in several regions.\n" +
        "The attacks damaged energy facilities in the south and east, officials said.\n" +
        "\u201CThe night was difficult, but our defenders held,\u201D the regional governor wrote on social media.\n" +
        "Associated Press writer John Roe in Washington contributed to this report.\n";

    /// <summary>A WordPress blog: category, "Posted on … by admin", share buttons and the comment form.</summary>
    public const string BlogWithComments =
        "Uncategorized\n" +
        "\n" +
        "Why our town's library matters more than ever\n" +
        "\n" +
        "Posted on March 3, 2023 by admin\n" +
        "\n" +
        "When the library on Elm Street reopened last month, more than four hundred people came through its doors on the first morning.\n" +
        "\n" +
        "Many of them were children who had never held a library card before, and the librarians ran out of application forms by noon.\n" +
        "\n" +
        "Share this:\n" +
        "Twitter\n" +
        "Facebook\n" +
        "Like this:\n" +
        "Related\n" +
        "\n" +
        "3 Comments\n" +
        "\n" +
        "Leave a Reply\n" +
        "Your email address will not be published. Required fields are marked *\n" +
        "Comment *\n" +
        "Name *\n" +
        "Email *\n" +
        "Website\n" +
        "Save my name, email, and website in this browser for the next time I comment.\n";

    /// <summary>A portal page: skip link, menu, the page's own date, section, headline, the story's date with a time, a caption.</summary>
    public const string PortalWithNavigation =
        "Skip to content\n" +
        "Menu\n" +
        "Home | World | Business | Sport | Culture\n" +
        "Wednesday, 24 April 2024\n" +
        "Politics\n" +
        "\n" +
        "Parliament approves new budget after marathon session\n" +
        "\n" +
        "12.03.2024 18:45\n" +
        "Photo: Parliament press office\n" +
        "The parliament approved the 2024 budget late on Tuesday after a session that lasted more than fourteen hours.\n" +
        "Opposition deputies walked out before the final vote, saying the spending plans ignored the regions.\n" +
        "Advertisement\n" +
        "The budget now goes to the president, who has ten days to sign it.\n" +
        "Follow us on Telegram for the latest news\n" +
        "Recent news from the region\n";

    /// <summary>A Markdown export: "# " headline, italic byline, "## " and "**" subheadings.</summary>
    public const string MarkdownFeature =
        "# How cities are adapting to hotter summers\n" +
        "\n" +
        "*By Sam Lee*\n" +
        "\n" +
        "Cities across southern Europe are planting trees, painting roofs white and opening cooling centres as summers grow longer and hotter.\n" +
        "\n" +
        "## Shade as infrastructure\n" +
        "\n" +
        "In Seville, planners now treat shade like roads or water pipes: something every street must have.\n" +
        "\n" +
        "Awnings stretched across narrow streets lower the temperature felt by pedestrians by several degrees.\n" +
        "\n" +
        "**What comes next**\n" +
        "\n" +
        "Officials say the next step is to redesign school playgrounds before the summer holidays.\n" +
        "\n" +
        "![A tree-lined street in Seville](https://example.org/seville.jpg)\n";

    /// <summary>A magazine piece with captions in three forms, the author's name under the story and a bio.</summary>
    public const string FeatureWithCaptionsAndBio =
        "Wildfires force thousands to flee near Athens\n" +
        "\n" +
        "A firefighter battles the blaze near Athens on Monday. Getty Images\n" +
        "\n" +
        "Thousands of residents were evacuated from suburbs north of Athens on Monday as strong winds drove a wildfire towards homes.\n" +
        "\n" +
        "(Photo: Reuters/Alkis Konstantinidis)\n" +
        "\n" +
        "Firefighters backed by water-dropping aircraft battled the flames through the night, the fire service said.\n" +
        "\n" +
        "Image credit: Hellenic Fire Service\n" +
        "\n" +
        "The government said it would compensate families whose homes were damaged.\n" +
        "\n" +
        "maria gonzalez\n" +
        "\n" +
        "Maria Gonzalez is a freelance journalist based in Madrid who covers climate and energy.\n";

    /// <summary>A plain-text newsletter wrapped at a fixed width, with a heading standing alone between paragraphs.</summary>
    public const string HardWrappedNewsletter =
        "Harbour expansion approved after years of delay\n" +
        "\n" +
        "The city council voted on Wednesday to approve the long-delayed expansion\n" +
        "of the harbour, ending a dispute that has divided residents for almost a\n" +
        "decade. The project will add two new berths.\n" +
        "\n" +
        "Supporters say the expansion will bring hundreds of jobs to the area,\n" +
        "while opponents warn of more traffic and noise in the old town.\n" +
        "\n" +
        "What happens next\n" +
        "\n" +
        "Construction is expected to begin next spring and to last about three\n" +
        "years, according to the port authority.\n";

    /// <summary>A short headline on the first line, straight into the story.</summary>
    public const string ShortHeadline =
        "Markets Rally\n" +
        "\n" +
        "Stocks rose sharply on Monday as investors welcomed signs that inflation is cooling faster than central banks had expected.\n" +
        "\n" +
        "The main index closed up 2.1 percent, its best day since November.\n";

    /// <summary>The headline printed again as the opening words of the first paragraph.</summary>
    public const string HeadlineAsLead =
        "Government Bodies\n" +
        "\n" +
        "Council backs plan to reopen the old railway line\n" +
        "\n" +
        "Council backs plan to reopen the old railway line, ending months of debate over the cost of the project.\n" +
        "\n" +
        "The line closed in 1968 and has been used as a cycle path since.\n";

    /// <summary>A story that mentions days and dates in its text but prints no date of its own.</summary>
    public const string RelativeDaysOnly =
        "Talks to resume on Thursday, officials say\n" +
        "\n" +
        "Negotiators will meet again on Thursday, officials said, after talks broke down last week.\n" +
        "\n" +
        "The previous round, held on 3 March, ended without agreement.\n";

    /// <summary>A sentence broken across two lines by the scraper, with the rest of it after a blank line.</summary>
    public const string BrokenSentences =
        "Port strike enters its second week\n" +
        "\n" +
        "Dock workers extended their strike on Monday after talks with the port operator\n" +
        "collapsed, leaving dozens of ships waiting offshore.\n" +
        "\n" +
        "Union leaders said they would not return to work until the operator\n" +
        "\n" +
        "agreed to review the new shift system.\n" +
        "\n" +
        "Key demands:\n" +
        "- a cap on night shifts\n" +
        "- a review of safety rules\n";

    /// <summary>Every sample, by name, for tests that check all of them.</summary>
    public static IEnumerable<object[]> All()
    {
        yield return new object[] { nameof(WireWithByline), WireWithByline };
        yield return new object[] { nameof(ApStory), ApStory };
        yield return new object[] { nameof(BlogWithComments), BlogWithComments };
        yield return new object[] { nameof(PortalWithNavigation), PortalWithNavigation };
        yield return new object[] { nameof(MarkdownFeature), MarkdownFeature };
        yield return new object[] { nameof(FeatureWithCaptionsAndBio), FeatureWithCaptionsAndBio };
        yield return new object[] { nameof(HardWrappedNewsletter), HardWrappedNewsletter };
        yield return new object[] { nameof(ShortHeadline), ShortHeadline };
        yield return new object[] { nameof(HeadlineAsLead), HeadlineAsLead };
        yield return new object[] { nameof(RelativeDaysOnly), RelativeDaysOnly };
        yield return new object[] { nameof(BrokenSentences), BrokenSentences };
    }
}
