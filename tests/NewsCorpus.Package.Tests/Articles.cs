namespace NewsCorpus.Package.Tests;

/// <summary>Small articles the consumer projects compile: plain text as a news site would give it.</summary>
internal static class Articles
{
    public const string Summit =
        "Leaders agree to meet again in Geneva\n\n" +
        "GENEVA (Reuters) - Leaders of the two countries agreed on Friday to hold a second round of talks next month.\n\n" +
        "\"We are hopeful that the next round will bring results,\" said Jane Doe, the foreign minister.\n\n" +
        "Officials on both sides described the first round as constructive.\n";

    public const string Harbour =
        "City council approves new harbour plan\n\n" +
        "The city council voted 9-2 on Tuesday to approve a plan to rebuild the old harbour.\n\n" +
        "\"This is the most important decision of the decade,\" Mayor John Smith told reporters.\n";

    public const string Storm =
        "Storm closes schools across the region\n\n" +
        "Schools across the region were closed on Monday as a storm brought heavy snow.\n\n" +
        "\"Safety comes first,\" said Maria Lopez, head of the regional education office.\n";
}
