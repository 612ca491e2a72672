namespace NewsCorpus.Generator.Parsing.Entities;

/// <summary>
/// The vocabulary of titles around a person's name. "Russian Deputy Foreign Minister Sergei Ryabkov": the
/// demonym, modifiers and title form the role; what follows the last title word is the name. Compared without
/// regard to case, so "spokesman" before a name works as well as "Spokesman".
/// </summary>
internal static class RoleWords
{
    /// <summary>Words that name a position. The last one in a capitalized run ends the role.</summary>
    public static readonly string[] Titles =
    {
        "President", "Vice-President", "Vice President", "Minister", "Secretary", "Secretary-General", "Spokesman",
        "Spokeswoman", "Spokesperson", "Chancellor", "Premier", "Ambassador", "Envoy", "Senator", "Sen", "Governor",
        "Gov", "Mayor", "King", "Queen", "Prince", "Princess", "Pope", "Chairman", "Chairwoman", "Chairperson", "Chair",
        "Director", "Director-General", "Chief", "Commander", "Commander-in-Chief", "General", "Gen", "Admiral", "Adm",
        "Colonel", "Col", "Captain", "Capt", "Lieutenant", "Lt", "Sergeant", "Sgt", "Marshal", "Head", "Leader",
        "Judge", "Justice", "Representative", "Rep", "Congressman", "Congresswoman", "Lawmaker", "MP", "MEP",
        "Legislator", "Deputy", "Official", "Officer", "Adviser", "Advisor", "Aide", "Counselor", "Counsellor",
        "Attorney", "Prosecutor", "Professor", "CEO", "Founder", "Co-founder", "Editor", "Reporter", "Correspondent",
        "Analyst", "Expert", "Diplomat", "Ombudsman", "Commissioner", "Speaker", "Patriarch", "Archbishop", "Bishop",
        "Cardinal", "Rabbi", "Imam", "Sheikh", "Emir", "Sultan", "Monarch", "Regent", "Ayatollah", "Mufti", "Consul",
        "Attaché", "Negotiator", "Coordinator", "Manager", "Executive", "Economist", "Strategist", "Researcher",
        "Scientist", "Columnist", "Anchor", "Host", "Activist", "Lawyer", "Candidate", "Nominee", "Chieftain",
    };

    /// <summary>Words that only qualify a title ("Deputy", "Foreign"): part of a role, never a name on their own.</summary>
    public static readonly string[] Modifiers =
    {
        "Deputy", "Vice", "Acting", "Former", "Ex", "First", "Second", "Prime", "Foreign", "Defense", "Defence",
        "Interior", "Finance", "Economy", "Economic", "Trade", "Justice", "Health", "Energy", "Education", "Culture",
        "Agriculture", "Transport", "Labour", "Labor", "State", "Home", "National", "Security", "Senior", "Top",
        "Press", "Executive", "Assistant", "Associate", "Special", "Presidential", "Federal", "Regional", "Chief",
        "General", "Supreme", "Lead", "Principal", "Permanent", "Interim", "Outgoing", "Incoming", "Late", "Veteran",
        "Opposition", "Military", "Intelligence", "Treasury", "Commerce", "Emergencies", "Emergency", "Digital",
        "Development", "Environment", "Information", "Affairs", "Staff", "Joint", "Armed", "Naval",
        "Air", "Ground", "Foreign-policy", "Communications",
    };

    /// <summary>Honorifics: dropped from the name, not a role ("Mr Ermakov" is Ermakov).</summary>
    public static readonly string[] Honorifics =
    {
        "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Sir", "Dame", "Lord", "Lady", "Prof", "Rev", "Reverend", "Herr", "Frau",
        "Monsieur", "Madame", "Mme", "Mister", "Madam", "Sheikh", "Hon", "Honorable", "Honourable",
    };

    /// <summary>
    /// Adjectives of nationality and direction. Alone they are not entities ("Russian officials"); before a title
    /// they belong to the role ("Russian President").
    /// </summary>
    public static readonly string[] Demonyms =
    {
        "Russian", "Ukrainian", "American", "British", "English", "Scottish", "Welsh", "Irish", "French", "German",
        "Italian", "Spanish", "Portuguese", "Dutch", "Belgian", "Swiss", "Austrian", "Polish", "Czech", "Slovak",
        "Hungarian", "Romanian", "Bulgarian", "Serbian", "Croatian", "Bosnian", "Albanian", "Greek", "Turkish",
        "Belarusian", "Belarussian", "Moldovan", "Georgian", "Armenian", "Azerbaijani", "Kazakh", "Uzbek", "Kyrgyz",
        "Tajik", "Turkmen", "Estonian", "Latvian", "Lithuanian", "Finnish", "Swedish", "Norwegian", "Danish",
        "Icelandic", "Chinese", "Japanese", "Korean", "Taiwanese", "Vietnamese", "Thai", "Indian", "Pakistani",
        "Afghan", "Iranian", "Iraqi", "Syrian", "Lebanese", "Israeli", "Palestinian", "Jordanian", "Saudi", "Emirati",
        "Qatari", "Yemeni", "Egyptian", "Libyan", "Tunisian", "Algerian", "Moroccan", "Sudanese", "Ethiopian",
        "Kenyan", "Nigerian", "South African", "African", "Canadian", "Mexican", "Brazilian", "Argentine", "Argentinian",
        "Chilean", "Colombian", "Venezuelan", "Cuban", "Australian", "European", "Asian", "Arab", "Western", "Eastern",
        "Northern", "Southern", "Soviet", "Post-Soviet", "Allied", "Crimean", "Chechen", "Kurdish", "Baltic",
        "Nordic", "Slavic", "Transatlantic", "Euro-Atlantic", "Atlantic", "Pacific", "Muslim", "Christian", "Jewish",
        "Catholic", "Orthodox", "Republican", "Democratic", "Democrat", "Conservative", "Liberal", "Socialist",
        "Communist", "Ukraine's", "Russia's",
    };
}
