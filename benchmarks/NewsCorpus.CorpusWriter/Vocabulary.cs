namespace NewsCorpus.CorpusWriter;

/// <summary>The words synthetic articles are made of: news-like, with names in several scripts and accents.</summary>
internal static class Vocabulary
{
    public static readonly string[] Sections = { "world", "business", "politics", "science", "sport" };

    public static readonly string[] SectionLabels = { "International", "Business", "Politics", "Science", "Sport", "Uncategorized" };

    public static readonly string[] Places =
    {
        "MINSK", "KYIV", "WARSAW", "BRUSSELS", "GENEVA", "ZÜRICH", "KRAKÓW", "SÃO PAULO", "REYKJAVÍK", "İSTANBUL",
        "TOKYO", "SEOUL", "NAIROBI", "LIMA", "OSLO", "MONTRÉAL", "HANOI", "ŁÓDŹ", "MÜNCHEN", "ATHENS",
    };

    public static readonly string[] Agencies = { "Reuters", "AP", "AFP", "BelTA", "Tass", "dpa", "Kyodo", "EFE", "ANSA" };

    public static readonly string[] People =
    {
        "Łukasz Wiśniewski", "Zoë Müller", "José Núñez", "Søren Østergaard", "Dmitry Peskov", "Olena Kovalenko",
        "François Lefèvre", "Ayşe Yılmaz", "Nguyễn Văn An", "Björn Ågren", "Ingrid Hólm", "Márta Szabó",
        "Jiří Dvořák", "Ana Müller-Schmidt", "Sean O'Brien", "Chidi Okafor", "Mei-Ling Chen", "Rafael Peña",
        "Sergey Lavrov", "Anna Kowalczyk", "Yusuf Demir", "Élodie Moreau", "Krzysztof Żak", "Hanna Lindqvist",
    };

    public static readonly string[] Roles =
    {
        "spokesman", "foreign minister", "deputy spokeswoman", "economy minister", "central bank governor",
        "analyst at the institute", "head of the delegation", "senior official", "mayor", "party leader",
    };

    public static readonly string[] Organizations =
    {
        "NATO", "the European Commission", "the United Nations", "the World Bank", "the Foreign Ministry",
        "the Security Council", "the central bank", "the OSCE", "the IMF", "the Red Cross",
    };

    public static readonly string[] Subjects =
    {
        "the talks", "the new sanctions", "the trade agreement", "the election result", "the energy crisis",
        "the border dispute", "the grain corridor", "the interest rate decision", "the climate summit", "the strike",
    };

    public static readonly string[] Verbs =
    {
        "discussed", "rejected", "welcomed", "criticized", "postponed", "approved", "questioned", "defended",
        "announced", "reviewed",
    };

    public static readonly string[] Times = { "on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "late on Sunday", "this week", "earlier this month" };

    public static readonly string[] Fillers =
    {
        "Officials said the process would take several months and involve all member states.",
        "The decision follows weeks of negotiations that ended without a joint statement.",
        "Markets reacted calmly, with the index closing 0.4% higher after the announcement.",
        "Critics say the plan does not go far enough and leaves key questions unanswered.",
        "The ministry did not respond to a request for comment by the time of publication.",
        "Independent observers described the atmosphere at the meeting as tense but constructive.",
        "Similar measures were introduced in 2014 and later extended twice by parliament.",
        "According to preliminary figures, about 12,500 people took part in the protests.",
        "The delegation is expected to return next week for a second round of consultations.",
        "Analysts warned that prices could rise further if supply problems continue into winter.",
    };

    public static readonly string[] QuoteOpenings =
    {
        "We are ready to continue the dialogue", "This is not the outcome we hoped for",
        "Nobody in our country intends to escalate", "The figures speak for themselves",
        "We will not accept conditions set from outside", "Our priority remains the safety of citizens",
        "It is too early to draw conclusions", "We expect a clear answer within days",
    };

    public static readonly string[] QuoteEndings =
    {
        "and we will say so at the next meeting", "whatever the others decide", "because the stakes are too high",
        "as we have said many times before", "and that is the position of the government", "even if it takes longer",
    };
}
