namespace NewsCorpus.Generator.Tests.Quotes;

/// <summary>"According to him, …" attributes as "he said" does.</summary>
public sealed class AccordingToPronounTests
{
    [Fact]
    public void According_to_him_resolves_like_he_said()
    {
        var article = QuoteParsing.Parse(
            "Deputy Foreign Minister Sergey Ryabkov told reporters there was no basis for talks.",
            "According to him, Washington \u00ABcontinues to pursue a policy of pressure\u00BB.");

        Assert.Equal("Sergey Ryabkov", article.Quote("continues to pursue a policy of pressure").Speaker?.Name);
    }

    [Fact]
    public void According_to_her_skips_a_man_named_in_between()
    {
        var article = QuoteParsing.Parse(
            "Spokeswoman Maria Zakharova commented on remarks by John Smith.",
            "According to her, the commission \"has stopped thinking about ordinary people\".");

        Assert.Equal("Maria Zakharova", article.Quote("has stopped thinking about ordinary people").Speaker?.Name);
    }

    [Fact]
    public void According_to_her_lawyer_is_not_her()
    {
        var article = QuoteParsing.Parse(
            "Anna Petrova was detained on Friday.",
            "According to her lawyer, the charges are \"absurd\".");

        Assert.NotEqual("Anna Petrova", article.Quote("absurd").Speaker?.Name);
    }
}
