namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>What a description or title says about who speaks.</summary>
internal enum RoleClass : byte
{
    None,

    /// <summary>A person's position: minister, spokesman, the 28-year-old.</summary>
    Person,

    /// <summary>Several unnamed people: officials, critics, residents. They speak, but name nobody.</summary>
    Group,

    /// <summary>A body: ministry, airline, newspaper.</summary>
    Organization,

    /// <summary>A document that speaks for a body: "a statement from the ministry".</summary>
    Statement,
}

/// <summary>
/// The vocabulary of roles, titles and bodies. Titles before a name form its role ("Kremlin spokesman Dmitry
/// Peskov"); a description stands for the nearest person or body with that role ("the minister", "the ministry",
/// "the newspaper"); a word that heads an organization's name makes the name an organization ("Foreign Ministry").
/// </summary>
internal static class RoleLexicon
{
    /// <summary>Titles and positions of people, matched without regard to case.</summary>
    public static readonly WordSet PersonRoles = new(
        LexFlags.PersonRole,
        "president vice-president minister secretary secretary-general spokesman spokeswoman spokesperson spokespeople chancellor premier",
        "ambassador envoy senator sen sen. governor gov gov. mayor king queen prince princess pope chairman chairwoman chairperson chair",
        "director director-general chief commander commander-in-chief general gen gen. admiral adm colonel col col. captain capt capt.",
        "lieutenant lt lt. sergeant sgt marshal head leader judge justice representative rep rep. congressman congresswoman lawmaker mp mep",
        "legislator deputy official officer adviser advisor aide counselor counsellor attorney prosecutor professor prof ceo cfo coo founder",
        "co-founder editor reporter correspondent journalist analyst expert diplomat ombudsman commissioner speaker patriarch archbishop bishop",
        "cardinal rabbi imam emir sultan monarch consul negotiator coordinator manager executive economist strategist researcher scientist",
        "columnist anchor host activist lawyer candidate nominee spokesmen councilman councilwoman councillor councilor alderman sheriff",
        "coach striker midfielder defender goalkeeper player captain driver passenger resident businessman businesswoman entrepreneur owner",
        "doctor nurse surgeon physician teacher student worker farmer soldier veteran survivor witness victim mother father son daughter",
        "wife husband brother sister woman man boy girl official regulator inspector investigator detective author writer novelist singer",
        "actor actress artist star designer architect engineer trader banker investor broker principal dean rector provost mufti ayatollah",
        "secretary-of-state premier-designate president-elect treasurer auditor comptroller clerk registrar administrator superintendent",
        "commissioner-general attache attaché interpreter blacksmith shopkeeper master headmaster headmistress campaigner organizer organiser");

    /// <summary>Plural descriptions of unnamed people: attributed to them, a quotation has no named speaker.</summary>
    public static readonly WordSet GroupRoles = new(
        LexFlags.GroupRole,
        "officials analysts experts critics residents authorities sources witnesses people diplomats lawmakers observers protesters officers",
        "police investigators economists scientists researchers doctors farmers workers nurses employees staff leaders members activists",
        "voters fans supporters opponents campaigners locals villagers parents students teachers residents commentators insiders aides",
        "advisers advisors spokespeople ministers governments countries allies partners neighbours neighbors others");

    /// <summary>Nouns for bodies, in descriptions ("the ministry") and before a name ("news agency Tass").</summary>
    public static readonly WordSet OrganizationRoles = new(
        LexFlags.OrganizationRole,
        "ministry portfolio department government administration agency company firm group airline carrier bank newspaper paper daily",
        "broadcaster network channel outlet magazine tabloid union party council committee commission court army military navy embassy",
        "office body organization organisation institute university school hospital club team federation association alliance bloc campaign",
        "carmaker automaker chipmaker manufacturer retailer insurer lender producer operator regulator watchdog charity ngo coalition cabinet",
        "parliament senate congress assembly legislature junta regime service authority board foundation fund agency website site publisher",
        "station studio label startup start-up conglomerate giant consortium exchange force constabulary");

    /// <summary>Documents that speak for whoever issued them.</summary>
    public static readonly WordSet StatementNouns = new(LexFlags.StatementNoun, "statement report communique communiqué release note letter announcement post message declaration memo filing");

    /// <summary>Capitalized words that make a name an organization's: "Foreign Ministry", "Ashworth Borough Council".</summary>
    public static readonly WordSet OrganizationHeads = new(
        LexFlags.OrganizationHead,
        "Ministry Department Council Agency Office Commission Committee Parliament Senate Congress Court Bank Party Union Army Navy Forces",
        "Police Government Administration Kremlin Pentagon Airlines Airways Motors Corp Corp. Corporation Inc Inc. Ltd Ltd. LLC PLC plc Group",
        "Association Federation Organization Organisation Institute University College Fund Times Post Journal News Service Authority Board",
        "Alliance Coalition Cabinet Embassy Mission Secretariat Assembly Duma Rada Bundestag Knesset Majlis Securities Holdings Partners Bank",
        "Foundation Trust Society Church Club Committee Command Guard Guards Agency Bureau Directorate Inspectorate Prosecutor's Radio Television",
        "TV Broadcasting Press Ledger Gazette Herald Tribune Telegraph Guardian Independent Observer Chronicle Daily Weekly Review Magazine",
        "Airport Railways Energy Oil Gas Petroleum Pharmaceuticals Technologies Systems Industries Electric Telecom Media Network Networks",
        "Company Co Co. Labs Motors Airline Exchange Reserve Treasury Cabinet House Nations Union Council Parliament Cross Crescent Front",
        "Constabulary");

    /// <summary>Organizations whose words report others' words: "TASS has reported" sources a report, it does not speak in it.</summary>
    public static readonly WordSet MediaNames = new(
        LexFlags.Media,
        "TASS Tass Reuters AP AFP Interfax RIA Novosti Xinhua BelTA Bloomberg Sputnik UNIAN Ukrinform Kyodo Yonhap ANSA EFE DPA IRNA",
        "Anadolu CNN BBC NBC CBS ABC Fox MSNBC Politico Axios Al Jazeera Guardian Times Post Journal Telegraph Independent Izvestia Kommersant",
        "Vedomosti Pravda RBC Haaretz Ledger Gazette Herald Tribune Chronicle");

    /// <summary>Words that only qualify a title ("Deputy", "Foreign"); part of a role, never a name on their own.</summary>
    public static readonly WordSet TitleModifiers = new(
        LexFlags.TitleModifier,
        "Deputy Vice Acting Former Ex First Second Prime Foreign Defense Defence Interior Finance Economy Economic Trade Justice Health Energy",
        "Education Culture Agriculture Transport Labour Labor State Home National Security Senior Top Press Executive Assistant Associate Special",
        "Presidential Federal Regional Chief General Supreme Lead Principal Permanent Interim Outgoing Incoming Late Veteran Opposition Military",
        "Intelligence Treasury Commerce Emergencies Emergency Digital Development Environment Information Affairs Staff Joint Armed Naval Air",
        "Ground Communications Majority Minority Republican Democratic Democrat Conservative Labour Liberal Socialist Communist Green Union",
        "Senate House Council Cabinet Defence Local Civil Civilian Public Private Financial Operating Technology Marketing Sales Research");

    /// <summary>Nationality adjectives: part of a role ("Russian President"), never a name.</summary>
    public static readonly WordSet Demonyms = new(
        LexFlags.Demonym,
        "Russian Ukrainian American British English Scottish Welsh Irish French German Italian Spanish Portuguese Dutch Belgian Swiss Austrian",
        "Polish Czech Slovak Hungarian Romanian Bulgarian Serbian Croatian Bosnian Albanian Greek Turkish Belarusian Moldovan Georgian Armenian",
        "Azerbaijani Kazakh Uzbek Estonian Latvian Lithuanian Finnish Swedish Norwegian Danish Chinese Japanese Korean Taiwanese Vietnamese Thai",
        "Indian Pakistani Afghan Iranian Iraqi Syrian Lebanese Israeli Palestinian Jordanian Saudi Emirati Qatari Yemeni Egyptian Libyan Tunisian",
        "Algerian Moroccan Sudanese Ethiopian Kenyan Nigerian African Canadian Mexican Brazilian Argentine Chilean Colombian Venezuelan Cuban",
        "Australian European Asian Arab Western Eastern Northern Southern Soviet Post-Soviet Allied Crimean Chechen Kurdish Baltic Nordic U.S. US",
        "UK U.K. EU U.N. UN Russia's Ukraine's America's China's Britain's Europe's Israel's Iran's");

    /// <summary>Heads of descriptions that speak for the body they belong to: "a spokesman for the ministry".</summary>
    public static readonly WordSet SpeaksForBody = new(LexFlags.SpeaksForBody, "spokesman spokeswoman spokesperson spokespeople spokesmen official officials representative representatives");

    /// <summary>Family relations: "Margaret Hill's son, David," names a relative, likely of the same family name.</summary>
    public static readonly WordSet Kin = new(
        LexFlags.Kin,
        "son daughter husband wife brother sister father mother partner widow widower mum mom dad grandson granddaughter grandfather",
        "grandmother grandma grandpa granddad grandad gran granny grandmum grandpop uncle aunt nephew niece cousin stepson stepdaughter stepfather stepmother fiance fiancee");

    /// <summary>
    /// Heads of descriptions that say what a person is rather than which office they hold: "the father of five", "the
    /// veteran", "the mum-of-three". Like a pronoun they stand for the person just spoken of; a title ("the minister")
    /// must instead fit the person's role.
    /// </summary>
    public static readonly WordSet PersonNouns = new(
        LexFlags.PersonNoun,
        "man woman boy girl veteran star player youngster teenager pensioner retiree grandparent parent newcomer teen",
        "son daughter husband wife brother sister father mother partner widow widower mum mom dad grandson granddaughter grandfather",
        "grandmother grandma grandpa granddad grandad gran granny grandmum grandpop uncle aunt nephew niece cousin stepson stepdaughter stepfather stepmother fiance fiancee");

    /// <summary>
    /// Nouns for one person of a nation that differ from the adjective ("the Spaniard", "the Serb"); with the
    /// adjectives that are also nouns ("the Australian", <see cref="IsPersonDemonym(string)"/>) they describe a person.
    /// A closed class, kept to the common ones.
    /// </summary>
    public static readonly WordSet NationalityNouns = new(
        LexFlags.NationalityNoun,
        "Spaniard Serb Croat Briton Brit Scotsman Scotswoman Dane Swede Turk Slovene Kiwi Aussie Filipino Filipina",
        "Frenchman Frenchwoman Dutchman Dutchwoman Englishman Englishwoman Irishman Irishwoman Welshman Welshwoman Icelander Luxembourger",
        "Czech Argentine Uruguayan Peruvian Ecuadorian Paraguayan Bolivian Venezuelan Colombian Chilean Brazilian Mexican Canadian American");

    /// <summary>"the Australian", "the Israeli": a nationality adjective used as the noun for one person (not "the US", "the Chinese").</summary>
    public static bool IsPersonDemonym(string word) => IsPersonDemonym(word, Lexicon.Of(word));

    /// <summary><see cref="IsPersonDemonym(string)"/> of a token's word, with the lists the token already knows it is in.</summary>
    public static bool IsPersonDemonym(Token token) => IsPersonDemonym(token.Text, token.Flags);

    private static bool IsPersonDemonym(string word, LexFlags flags) =>
        (flags & LexFlags.Demonym) != 0 && !Words.IsAcronym(word) && !Words.IsPossessive(word) && word.Length > 3
        && (word.EndsWith("an", System.StringComparison.Ordinal) || word.EndsWith("i", System.StringComparison.Ordinal));

    /// <summary>"mum-of-three", "father-of-five": a person noun with what makes them newsworthy, in one hyphenated word.</summary>
    public static bool IsPersonCompound(string word)
    {
        // Asked of most words a description or a name runs into: a hyphen is found far faster than a case-blind "-of-".
        if (!HasHyphen(word))
        {
            return false;
        }

        var of = word.IndexOf("-of-", System.StringComparison.OrdinalIgnoreCase);
        return of > 0 && (Lexicon.Of(word.Substring(0, of)) & (LexFlags.PersonNoun | LexFlags.PersonRole)) != 0;
    }

    private static bool HasHyphen(string word)
    {
        foreach (var c in word)
        {
            if (c == '-')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A description head that stands for the person just spoken of, whatever their role (see <see cref="PersonNouns"/>).</summary>
    public static bool IsGenericPerson(string head)
    {
        if (IsAge(head) || IsPersonCompound(head))
        {
            return true;
        }

        // One lookup for the three lists.
        var flags = Lexicon.Of(head);
        return (flags & (LexFlags.PersonNoun | LexFlags.NationalityNoun)) != 0 || IsPersonDemonym(head, flags);
    }

    /// <summary>The age a description gives ("the 34-year-old" → 34), or 0.</summary>
    public static int AgeOf(string head)
    {
        if (!IsAge(head))
        {
            return 0;
        }

        var age = 0;
        for (var i = 0; i < head.Length && char.IsDigit(head[i]) && age < 1000; i++)
        {
            age = (age * 10) + (head[i] - '0');
        }

        return age;
    }

    /// <summary>Which kind of speaker a description's head noun stands for.</summary>
    public static RoleClass Classify(string head) => Classify(Lexicon.Of(head), head, hyphenated: true);

    /// <remarks>A token tells whether its word has a hyphen, which ages and compounds need: most words skip both tests.</remarks>
    public static RoleClass Classify(Token token) => Classify(token.Flags, token.Text, (token.Flags & LexFlags.Hyphenated) != 0);

    private static RoleClass Classify(LexFlags flags, string head, bool hyphenated) =>
        (flags & LexFlags.StatementNoun) != 0 ? RoleClass.Statement
        : (flags & LexFlags.OrganizationRole) != 0 ? RoleClass.Organization
        : (flags & LexFlags.GroupRole) != 0 ? RoleClass.Group
        : (flags & (LexFlags.PersonRole | LexFlags.PersonNoun | LexFlags.NationalityNoun)) != 0 || (hyphenated && (IsAge(head) || IsPersonCompound(head))) ? RoleClass.Person
        : RoleClass.None;

    /// <summary>"the 28-year-old": an age stands for the person just named.</summary>
    public static bool IsAge(string word) =>
        word.Length > 9 && char.IsDigit(word[0]) && word.EndsWith("-year-old", System.StringComparison.OrdinalIgnoreCase);

    /// <summary>True when a person's <paramref name="role"/> fits the description <paramref name="head"/> ("the diplomat" fits "Foreign Ministry Spokeswoman").</summary>
    public static bool RoleFits(string head, string? role)
    {
        if (role is null)
        {
            return false;
        }

        var h = Words.Lower(head);
        var r = Words.Lower(role);
        if (ContainsWord(r, h))
        {
            return true;
        }

        return h switch
        {
            "spokesman" or "spokeswoman" or "spokesperson" => r.Contains("spokes") || r.Contains("press secretary"),
            "diplomat" => r.Contains("minister") && (r.Contains("foreign") || r.Contains("affairs")) || r.Contains("ambassador") || r.Contains("envoy") || r.Contains("foreign ministry") || r.Contains("diplomat"),
            "official" => true,
            "leader" => r.Contains("president") || r.Contains("prime minister") || r.Contains("chancellor") || r.Contains("leader") || r.Contains("head")
                || r.Contains("general secretary") || r.Contains("secretary general") || r.Contains("secretary-general"),
            "chief" => r.Contains("chief") || r.Contains("head") || r.Contains("director") || r.Contains("chair"),

            // "the head of state" for a president or a monarch.
            "head" => r.Contains("chief") || r.Contains("head") || r.Contains("director") || r.Contains("chair") || r.Contains("president")
                || r.Contains("prime minister") || r.Contains("king") || r.Contains("queen") || r.Contains("monarch"),
            "lawmaker" or "legislator" => r.Contains("senator") || r.Contains("sen") || r.Contains("rep") || r.Contains("congress") || r.Contains("mp"),
            "executive" => r.Contains("executive") || r.Contains("ceo") || r.Contains("chief"),
            _ => false,
        };
    }

    /// <summary>
    /// True when a person's stated <paramref name="role"/> rules out the description <paramref name="head"/>: "the
    /// prosecutor" is not the judge. Titles of leadership and of sport ("the leader", "the head coach", "the captain")
    /// are worn alongside any office, so they rule nothing out.
    /// </summary>
    public static bool RoleContradicts(string head, string role) =>
        !RoleFits(head, role) && System.Array.IndexOf(s_sharedTitles, Words.Lower(head)) < 0;

    private static readonly string[] s_sharedTitles =
    {
        "leader", "head", "chief", "boss", "coach", "manager", "captain", "skipper", "chairman", "chairwoman", "chair",
        "founder", "veteran", "star", "player", "striker", "midfielder", "defender", "goalkeeper", "forward", "champion",
    };

    /// <summary>Titles in a club: "Real Sociedad coach", "Rovigo striker".</summary>
    public static bool IsSportTitle(string word) => Words.Lower(word) is "coach" or "manager" or "boss" or "captain" or "striker"
        or "midfielder" or "defender" or "goalkeeper" or "keeper" or "winger" or "forward" or "full-back" or "centre-back" or "playmaker";

    /// <summary>True when an organization's <paramref name="name"/> fits the description <paramref name="head"/> ("the ministry" fits "Foreign Ministry").</summary>
    public static bool OrganizationFits(string head, string name)
    {
        var h = Words.Lower(head);
        var n = Words.Lower(name);
        if (ContainsWord(n, h))
        {
            return true;
        }

        return h switch
        {
            "ministry" or "portfolio" => ContainsWord(n, "ministry") || ContainsWord(n, "department") || ContainsWord(n, "office"),
            "airline" or "carrier" => ContainsWord(n, "airlines") || ContainsWord(n, "airways") || ContainsWord(n, "air"),
            "newspaper" or "paper" or "daily" or "tabloid" or "outlet" or "publisher" => IsMedia(name),
            "broadcaster" or "network" or "channel" => IsMedia(name),
            "agency" => ContainsWord(n, "agency") || ContainsWord(n, "administration") || IsMedia(name),
            "government" or "administration" => ContainsWord(n, "government") || ContainsWord(n, "administration") || n is "kremlin" or "white house",
            "army" or "military" => ContainsWord(n, "army") || ContainsWord(n, "forces") || ContainsWord(n, "defense") || ContainsWord(n, "defence") || n == "pentagon",
            "company" or "firm" or "group" or "carmaker" or "automaker" or "chipmaker" or "manufacturer" or "retailer" or "giant"
                or "startup" or "start-up" or "insurer" or "conglomerate" or "operator" or "producer" => !IsGovernment(n),
            "lender" => ContainsWord(n, "bank") || ContainsWord(n, "building society"),

            // "the force said" after "Westshire Police said": a police force.
            "force" or "constabulary" => ContainsWord(n, "police") || ContainsWord(n, "constabulary"),

            // "the organisation", "the body": any body the article named; "the charity", "the NGO": any that is not the state's.
            "organisation" or "organization" or "body" => !IsMedia(name),
            "charity" or "ngo" => !IsGovernment(n) && !IsMedia(name),
            "club" or "team" => ContainsWord(n, "club") || ContainsWord(n, "fc") || ContainsWord(n, "afc") || ContainsWord(n, "united") || ContainsWord(n, "city"),
            _ => false,
        };
    }

    public static bool IsMedia(string name)
    {
        foreach (var word in ParagraphTokenizer.WordsOf(name))
        {
            if (word.BaseHas(MediaNames))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsGovernment(string lowerName) =>
        ContainsWord(lowerName, "ministry") || ContainsWord(lowerName, "department") || ContainsWord(lowerName, "government")
        || ContainsWord(lowerName, "council") || lowerName is "kremlin" or "white house" or "pentagon";

    private static bool ContainsWord(string text, string word)
    {
        var at = text.IndexOf(word, System.StringComparison.Ordinal);
        while (at >= 0)
        {
            var before = at == 0 || !char.IsLetter(text[at - 1]);
            var after = at + word.Length >= text.Length || !char.IsLetter(text[at + word.Length]);
            if (before && after)
            {
                return true;
            }

            at = text.IndexOf(word, at + 1, System.StringComparison.Ordinal);
        }

        return false;
    }
}
