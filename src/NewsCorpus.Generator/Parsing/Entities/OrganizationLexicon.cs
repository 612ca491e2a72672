namespace NewsCorpus.Generator.Parsing.Entities;

/// <summary>
/// How the extractor knows an organization: a well-known name ("Kremlin", "NATO"), or a head word that only
/// organizations end in ("… Ministry", "… Council", "… Times") or start with before "of" ("Ministry of …").
/// </summary>
internal static class OrganizationLexicon
{
    /// <summary>Organizations known by name, "Canonical|Variant|…": bodies, alliances, companies and outlets.</summary>
    public static readonly string[] Known =
    {
        "Kremlin", "White House", "Pentagon", "Downing Street", "Elysee|Élysée|Elysee Palace|Élysée Palace",
        "NATO|North Atlantic Treaty Organization|North Atlantic Treaty Organisation|North Atlantic Alliance",
        "United Nations|UN|U.N.", "UN Security Council|U.N. Security Council|United Nations Security Council",
        "UN General Assembly|U.N. General Assembly|United Nations General Assembly",
        "European Union|EU|E.U.", "European Commission", "European Parliament", "European Council",
        "Council of Europe", "OSCE|Organization for Security and Co-operation in Europe|Organization for Security and Cooperation in Europe",
        "International Monetary Fund|IMF", "World Bank", "World Health Organization|WHO|World Health Organisation",
        "World Trade Organization|WTO", "International Atomic Energy Agency|IAEA", "International Criminal Court|ICC",
        "International Court of Justice|ICJ", "Red Cross|International Committee of the Red Cross|ICRC", "OPEC", "OPEC+",
        "G7|Group of Seven", "G20|Group of 20|Group of Twenty", "BRICS", "ASEAN", "African Union", "Arab League",
        "Shanghai Cooperation Organisation|SCO|Shanghai Cooperation Organization", "CSTO|Collective Security Treaty Organization",
        "Commonwealth of Independent States|CIS", "Eurasian Economic Union|EAEU", "Warsaw Pact",
        "CIA|Central Intelligence Agency", "FBI|Federal Bureau of Investigation", "NSA|National Security Agency",
        "FSB|Federal Security Service", "KGB", "SVR", "GRU", "SBU|Security Service of Ukraine", "Mossad",
        "Hamas", "Hezbollah", "Taliban", "Houthis", "Islamic State|ISIS|ISIL", "al-Qaeda|Al Qaeda|al Qaeda", "Wagner|Wagner Group",
        "State Duma|Duma", "Verkhovna Rada|Rada", "Bundestag", "Knesset", "Congress|US Congress|U.S. Congress",
        "Federation Council", "Amnesty International", "Human Rights Watch", "Greenpeace", "Doctors Without Borders|MSF",
        "Gazprom", "Rosneft", "Rosatom", "Naftogaz", "Google", "Apple", "Microsoft", "Meta", "Facebook", "Twitter",
        "Amazon", "Tesla", "SpaceX", "OpenAI", "Nvidia", "Boeing", "Airbus", "Lockheed Martin",
        "BBC", "CNN", "Fox News", "NBC|NBC News", "CBS|CBS News", "ABC News", "NPR", "Al Jazeera", "RT|Russia Today",
        "Politico", "Axios", "The New York Times|New York Times", "The Washington Post|Washington Post",
        "The Wall Street Journal|Wall Street Journal|WSJ", "The Guardian", "Financial Times", "The Economist",
        "The Epoch Times|Epoch Times", "Der Spiegel|Spiegel", "Le Monde", "Kommersant", "Izvestia", "Pravda",
    };

    /// <summary>A name ending in one of these is an organization ("Russian Foreign Ministry", "The Epoch Times").</summary>
    public static readonly string[] HeadWords =
    {
        "Ministry", "Department", "Council", "Committee", "Commission", "Organization", "Organisation", "Union", "Bank",
        "Party", "Parliament", "Assembly", "Senate", "Congress", "Court", "Tribunal", "Corporation", "Corp", "Inc",
        "Ltd", "LLC", "PLC", "GmbH", "AG", "Group", "Company", "Co", "Holdings", "Institute", "University", "College",
        "Academy", "Office", "Service", "Services", "Army", "Navy", "Forces", "Guard", "Police", "Government",
        "Administration", "Cabinet", "Alliance", "Pact", "Fund", "Foundation", "Association", "Authority", "Board",
        "Bureau", "Agency", "Network", "Television", "TV", "Radio", "Times", "Post", "Journal", "Herald", "Tribune",
        "Gazette", "News", "Magazine", "Channel", "Broadcasting", "Media", "Club", "Movement", "Front", "Brigade",
        "Battalion", "Command", "Center", "Centre", "Secretariat", "Mission", "Embassy", "Consulate", "Delegation",
        "Chamber", "Directorate", "Inspectorate", "Airlines", "Airways", "Motors", "Technologies", "Systems",
        "Industries", "Partners", "Federation", "Duma", "Rada", "Majlis", "Politburo", "Caucus", "Coalition",
        "League", "Federal Reserve", "Reserve", "Exchange", "Commissariat", "Prosecutor-General's Office",
    };

    /// <summary>Head words that come first, before "of": "Ministry of Foreign Affairs", "Bank of England".</summary>
    public static readonly string[] LeadingHeadWords =
    {
        "Ministry", "Department", "Council", "Committee", "Commission", "Organization", "Organisation", "Bank",
        "University", "Institute", "Court", "Office", "House", "Board", "Bureau", "Union", "League", "Party",
        "Assembly", "Academy", "Federation", "Chamber", "Association", "Church", "Government", "Cabinet", "Army",
        "Navy", "Embassy", "Consulate", "Mission", "Secretariat", "Directorate", "Agency", "Service", "Fund",
    };
}
