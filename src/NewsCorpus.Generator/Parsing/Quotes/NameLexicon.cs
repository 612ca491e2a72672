namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>
/// Words that decide whether a capitalized run is a person's name: what can never be part of one (sentence
/// openers, months, days), what is dropped from one (honorifics), what joins its parts (particles), which given
/// names tell a pronoun's gender, and which single names are places that speak for their governments ("Moscow
/// said"). General English and news vocabulary only, no names from any particular article.
/// </summary>
internal static class NameLexicon
{
    /// <summary>Capitalized words that start sentences or name times, never a person.</summary>
    public static readonly WordSet NotNames = new(
        LexFlags.NotName,
        "The A An In On At By For From With Without Of To Into Over Under After Before During Since Until Upon",
        "And But Or Nor So Yet If When While Whereas Although Though As Because Once Unless Whether Where Why How What Which Who Whom Whose",
        "This That These Those It Its He She They We I You Him Her Them Us Me My Our Their His Your There Here Then Now Today Tonight Yesterday Tomorrow",
        "Some Many Most More Much Few All Both Each Every Any No None Other Another Such Several Only Just Even Also Still Already Again",
        "However Meanwhile Nevertheless Nonetheless Moreover Furthermore Additionally Instead Otherwise Therefore Thus Hence Indeed Besides Likewise Similarly",
        "First Second Third Last Next Earlier Later Previously Recently Currently Finally Initially Eventually Overall Ultimately Meantime",
        "According Asked Speaking Writing Responding Referring Regarding Concerning Despite Amid Among Against Between Through Throughout Toward Towards Across Around Behind Beyond Near",
        "Said Says Added Stated Told Noted Yes Not Never Always Perhaps Maybe",
        "January February March April June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec",
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
        "God Internet Web Covid Christmas Easter Ramadan Eid");

    /// <summary>Dropped from a name: "Mr Ermakov" is Ermakov.</summary>
    public static readonly WordSet Honorifics = new(
        LexFlags.Honorific,
        "Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Dr Dr. Sir Dame Lord Lady Prof Prof. Rev Rev. Reverend Herr Frau Monsieur Madame Mme Mister Madam Hon Hon. Honorable Honourable Sheikh Cllr Cllr.");

    /// <summary>The gender an honorific tells: Mr, Sir, Lord are men; Mrs, Ms, Miss, Dame, Lady are women; Dr tells nothing.</summary>
    public static Gender GenderOfHonorific(string word) => word.TrimEnd('.').ToLowerInvariant() switch
    {
        "mr" or "mister" or "sir" or "lord" or "herr" or "monsieur" => Gender.Male,
        "mrs" or "ms" or "miss" or "dame" or "lady" or "frau" or "madame" or "mme" or "madam" => Gender.Female,
        _ => Gender.Unknown,
    };

    /// <summary>Lower-case parts inside names: Ursula von der Leyen, Bashar al-Assad, Luiz Inácio Lula da Silva.</summary>
    public static readonly WordSet Particles = new(LexFlags.Particle, "de del della der den di da das do dos du la le van von ter ten bin ibn al el abu");

    /// <summary>Words that make a following name the object of a preposition rather than a sentence's subject.</summary>
    public static readonly WordSet Prepositions = new(
        LexFlags.Preposition,
        "of to in on at by for from with without into onto over under about after before during since until upon than like",
        "between among against through across around behind beyond near toward towards via per including involving regarding despite amid unlike");

    /// <summary>Words that may stand between a subject and its reporting verb: "Moscow also added", "Lavrov has said".</summary>
    public static readonly WordSet BetweenSubjectAndVerb = new(
        LexFlags.BetweenSubjectAndVerb,
        "also again has have had is was were be been later then earlier previously repeatedly further recently once reportedly",
        "never always likewise too separately publicly privately simply flatly firmly quickly immediately today yesterday tonight",
        "would will could might may can must should did does do not already still subsequently finally initially first himself herself itself themselves",
        "however though just only even then often frequently angrily calmly bluntly emphatically",
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday");

    /// <summary>Places that speak for their government ("Moscow also added that…"); a speaker of kind organization.</summary>
    public static readonly WordSet Places = new(
        LexFlags.Place,
        "Moscow Washington Beijing Kyiv Kiev London Paris Berlin Tokyo Tehran Teheran Pyongyang Seoul Brussels Ankara Jerusalem Cairo Delhi",
        "Islamabad Kabul Baghdad Damascus Riyadh Ottawa Canberra Minsk Warsaw Rome Madrid Taipei Havana Caracas Tbilisi Yerevan Baku Budapest",
        "Prague Vienna Bern Stockholm Oslo Helsinki Copenhagen Athens Lisbon Dublin Amsterdam Hague Doha Beirut Amman Tripoli Khartoum Nairobi",
        "Pretoria Abuja Brasilia Mexico Bogota Lima Santiago Manila Jakarta Hanoi Bangkok Dhaka Kathmandu Colombo Astana Tashkent",
        "Russia Ukraine China America Britain England France Germany Italy Spain Poland Japan India Pakistan Iran Iraq Syria Israel Turkey Egypt",
        "Belarus Georgia Armenia Azerbaijan Kazakhstan Canada Australia Brazil Argentina Venezuela Cuba Korea Taiwan Vietnam Afghanistan Libya",
        "Lebanon Jordan Qatar Yemen Sudan Ethiopia Kenya Nigeria Europe Asia Africa Crimea Donbas Donbass Gaza Yugoslavia Serbia Hungary Romania",
        "Greece Sweden Finland Norway Denmark Estonia Latvia Lithuania Moldova Austria Switzerland Belgium Netherlands Portugal Ireland Scotland Wales");

    /// <summary>Multi-word places that look like a given name and a surname.</summary>
    public static readonly WordSet PlaceHeads = new(LexFlags.PlaceHead, "New San Los Las Saint St Sao Port Fort Mount Cape North South East West Upper Lower Great Hong Sri Saudi Costa Puerto");

    /// <summary>Given names that tell a person's gender, for "she said" after two people were named.</summary>
    public static readonly WordSet FemaleNames = new(
        LexFlags.FemaleName,
        "Mary Maria Marie Anna Ana Anne Ann Anita Helen Helena Sarah Sara Emily Karen Linda Elena Hannah Janet Juliette Julia Juliet Karine Emma",
        "Olivia Sophie Sophia Sofia Laura Natalia Natalya Olga Tatiana Tatyana Svetlana Irina Ekaterina Yekaterina Yulia Yuliya Elizabeth Jennifer",
        "Jessica Susan Lisa Nancy Kamala Hillary Angela Ursula Theresa Liz Giorgia Marine Jacinda Kaja Annalena Christine Margaret Catherine Kate",
        "Victoria Alice Claire Rachel Rebecca Michelle Patricia Barbara Jane Amy Amanda Nicole Stephanie Fatima Aisha Leila Priya Mei Yuki Ines",
        "Lucia Carmen Isabel Isabella Valentina Nadia Zainab Amina Marta Martha Eva Eve Rose Grace Lucy Ella Chloe Megan Jill Melania Nikki",
        "Kristi Karine Samantha Antonia Beatriz Gabriela Daniela Paula Monica Veronica Diana Alexandra Natasha Oksana Iryna Ivanka Dilma Sanna");

    public static readonly WordSet MaleNames = new(
        LexFlags.MaleName,
        "John James Robert Michael David William Richard Joseph Thomas Charles Daniel Mark Paul Steven Steve Andrew Joe Donald Barack George",
        "Vladimir Volodymyr Dmitry Dmitri Dmytro Sergey Sergei Serhiy Alexei Alexey Oleksiy Alexander Aleksandr Oleksandr Nikolai Mykola Lloyd",
        "Boris Emmanuel Olaf Friedrich Gabriel Arnaud Tom Walter Victor Omar Miguel Jonas Piotr Pyotr Declan Mitch Chuck Rajeev Antony Anthony",
        "Jake Jens Xi Recep Benjamin Mahmoud Ali Mohammed Muhammad Ahmed Hassan Hussein Ivan Igor Yuri Oleg Andrei Andriy Mikhail Viktor Pavel",
        "Peter Petro Jean Pierre Jacques Francois Rishi Keir Justin Narendra Shinzo Fumio Matteo Mario Pedro Carlos Juan Luis Jose",
        "Luiz Jair Javier Henry Edward Frank Jack Harry Chris Christopher Matthew Brian Kevin Jason Ryan Eric Scott Gary Tim Timothy Josh");

    /// <summary>Abbreviations of countries, which are places, not organizations like NATO.</summary>
    public static readonly WordSet PlaceAcronyms = new(LexFlags.PlaceAcronym, "US U.S. UK U.K. USA U.S.A. UAE");
}
