namespace NewsCorpus.Generator.Tests.Quotes;

/// <summary>
/// Clubs named like people ("Aston Villa", "Real Sociedad", "Inter Milan") with no word such as United or FC to show
/// it: the match context does ("beat Aston Villa 2-1", "a 1-1 draw with Inter Milan", "joined X from Y"), so they
/// are bodies and the fallbacks that look for the latest person skip them. A set score (6-4) is an individual's
/// match, so "beat Ben Shelton 6-4" keeps its person.
/// </summary>
public sealed class SportTeamTests
{
    [Theory]
    [InlineData("A late goal from Marco Neri gave Rovigo a 2-1 win over Aston Villa on Saturday.")]
    [InlineData("Two goals from Marco Neri helped Rovigo beat Aston Villa 2-1 on Saturday.")]
    [InlineData("A header from Marco Neri earned Rovigo a 1\u20131 draw with Aston Villa.")]
    [InlineData("The goal was the first for Marco Neri since he joined Rovigo from Aston Villa.")]
    public void A_club_in_a_match_context_is_not_the_latest_person(string lead)
    {
        var article = QuoteParsing.Parse(lead, "\"We were brilliant,\" the 27-year-old said.");

        Assert.Equal("Marco Neri", article.Quote("We were brilliant,").Speaker?.Name);
    }

    [Fact]
    public void Both_clubs_of_a_transfer_are_bodies()
    {
        var article = QuoteParsing.Parse(
            "A first goal for Ivan Petrov since he joined Real Sociedad from Inter Milan sealed the win.",
            "\"It is a dream,\" the 24-year-old said.");

        Assert.Equal("Ivan Petrov", article.Quote("It is a dream,").Speaker?.Name);
    }

    [Fact]
    public void A_tennis_opponent_beaten_on_a_set_score_is_still_a_person()
    {
        var article = QuoteParsing.Parse(
            "Carla Vega beat Nina Holt 6-4, 6-2 in the first round.",
            "Holt struggled with her serve. \"She was too good,\" the 19-year-old said.");

        Assert.Equal("Nina Holt", article.Quote("She was too good,").Speaker?.Name);
    }

    [Fact]
    public void A_player_with_a_known_given_name_beaten_on_a_small_score_is_still_a_person()
    {
        // Squash and badminton scores count games (3-1): the given name keeps the opponent a person.
        var article = QuoteParsing.Parse(
            "Tomas Lind beat Ali Hamid 3-1 in the squash final.",
            "\"I ran out of legs,\" Hamid said.");

        var speaker = article.Quote("I ran out of legs,").Speaker;
        Assert.Equal("Ali Hamid", speaker?.Name);
        Assert.Equal(global::NewsCorpus.SpeakerKind.Person, speaker?.Kind);
    }
}
