namespace NewsCorpus.Generator.Parsing.Entities;

/// <summary>
/// Places the extractor recognizes without further evidence: countries, capitals and large cities, regions.
/// Each entry is "Canonical|Variant|…": variants are other spellings and transliterations (Kiev → Kyiv), short
/// forms (U.S. → United States) and former names, all found as the one place. Data, not rules: extend freely.
/// </summary>
internal static class Gazetteer
{
    public static readonly string[] Countries =
    {
        "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda", "Argentina", "Armenia", "Australia",
        "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus|Byelorussia|Belorussia",
        "Belgium", "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia and Herzegovina|Bosnia", "Botswana", "Brazil", "Brunei",
        "Bulgaria", "Burkina Faso", "Burundi", "Cambodia", "Cameroon", "Canada", "Cape Verde|Cabo Verde",
        "Central African Republic", "Chad", "Chile", "China|People's Republic of China|PRC", "Colombia", "Comoros",
        "Congo|Republic of the Congo", "Democratic Republic of the Congo|DR Congo|DRC", "Costa Rica",
        "Ivory Coast|Côte d'Ivoire|Cote d'Ivoire", "Croatia", "Cuba", "Cyprus", "Czech Republic|Czechia", "Denmark",
        "Djibouti", "Dominica", "Dominican Republic", "East Timor|Timor-Leste", "Ecuador", "Egypt", "El Salvador",
        "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini|Swaziland", "Ethiopia", "Fiji", "Finland", "France", "Gabon",
        "Gambia", "Georgia", "Germany", "Ghana", "Greece", "Grenada", "Guatemala", "Guinea", "Guinea-Bissau", "Guyana",
        "Haiti", "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy",
        "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Kosovo", "Kuwait", "Kyrgyzstan|Kirghizia",
        "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania", "Luxembourg",
        "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Marshall Islands", "Mauritania", "Mauritius",
        "Mexico", "Micronesia", "Moldova|Moldavia", "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique",
        "Myanmar|Burma", "Namibia", "Nauru", "Nepal", "Netherlands|Holland", "New Zealand", "Nicaragua", "Niger",
        "Nigeria", "North Korea|DPRK|Democratic People's Republic of Korea", "North Macedonia|Macedonia", "Norway", "Oman",
        "Pakistan", "Palau", "Palestine", "Panama", "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland",
        "Portugal", "Qatar", "Romania", "Russia|Russian Federation", "Rwanda", "Saint Kitts and Nevis", "Saint Lucia",
        "Saint Vincent and the Grenadines", "Samoa", "San Marino", "Sao Tome and Principe", "Saudi Arabia", "Senegal",
        "Serbia", "Seychelles", "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Solomon Islands", "Somalia",
        "South Africa", "South Korea|Republic of Korea", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname",
        "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania", "Thailand", "Togo", "Tonga",
        "Trinidad and Tobago", "Tunisia", "Turkey|Türkiye|Turkiye", "Turkmenistan", "Tuvalu", "Uganda", "Ukraine",
        "United Arab Emirates|UAE|U.A.E.", "United Kingdom|UK|U.K.|Britain|Great Britain",
        "United States|US|U.S.|USA|U.S.A.|United States of America|America", "Uruguay", "Uzbekistan", "Vanuatu",
        "Vatican|Vatican City|Holy See", "Venezuela", "Vietnam|Viet Nam", "Yemen", "Zambia", "Zimbabwe",

        // Former states, still named in news about history.
        "Soviet Union|USSR|U.S.S.R.", "Yugoslavia", "Czechoslovakia", "East Germany", "West Germany",
    };

    public static readonly string[] Cities =
    {
        "Kyiv|Kiev", "Kharkiv|Kharkov", "Odesa|Odessa", "Lviv|Lvov|Lwow", "Dnipro|Dnepropetrovsk|Dnipropetrovsk",
        "Zaporizhzhia|Zaporozhye|Zaporizhia", "Mykolaiv|Nikolaev|Nikolayev", "Mariupol", "Bakhmut|Artemovsk",
        "Kherson", "Donetsk", "Luhansk|Lugansk", "Sevastopol", "Simferopol", "Chernihiv|Chernigov", "Sumy", "Poltava",
        "Moscow", "Saint Petersburg|St. Petersburg|St Petersburg|Leningrad", "Minsk", "Warsaw", "Vilnius|Vilna", "Riga",
        "Tallinn", "Helsinki", "Stockholm", "Oslo", "Copenhagen", "Berlin", "Paris", "London", "Brussels", "Amsterdam",
        "The Hague", "Luxembourg City", "Vienna", "Bern", "Geneva", "Zurich", "Rome", "Milan", "Madrid", "Barcelona",
        "Lisbon", "Dublin", "Edinburgh", "Prague", "Bratislava", "Budapest", "Bucharest", "Sofia", "Belgrade", "Zagreb",
        "Ljubljana", "Sarajevo", "Skopje", "Tirana", "Podgorica", "Pristina", "Athens", "Ankara", "Istanbul",
        "Chisinau|Kishinev", "Tbilisi|Tiflis", "Yerevan", "Baku", "Astana|Nur-Sultan", "Almaty|Alma-Ata", "Tashkent",
        "Bishkek", "Dushanbe", "Ashgabat|Ashkhabad", "Tehran|Teheran", "Baghdad", "Damascus", "Beirut", "Amman",
        "Jerusalem", "Tel Aviv", "Gaza City", "Ramallah", "Cairo", "Riyadh", "Jeddah", "Doha", "Dubai", "Abu Dhabi",
        "Muscat", "Sanaa|Sana'a", "Kabul", "Islamabad", "Karachi", "Lahore", "New Delhi|Delhi", "Mumbai|Bombay",
        "Kolkata|Calcutta", "Chennai|Madras", "Bangalore|Bengaluru", "Dhaka", "Kathmandu", "Colombo", "Beijing|Peking",
        "Shanghai", "Hong Kong", "Guangzhou|Canton", "Shenzhen", "Wuhan", "Taipei", "Tokyo", "Osaka", "Seoul",
        "Pyongyang", "Ulaanbaatar|Ulan Bator", "Hanoi", "Ho Chi Minh City|Saigon", "Bangkok", "Manila", "Jakarta",
        "Kuala Lumpur", "Singapore City", "Canberra", "Sydney", "Melbourne", "Wellington", "Auckland", "Ottawa",
        "Toronto", "Montreal", "Vancouver", "Washington|Washington, D.C.|Washington DC", "New York|New York City|NYC",
        "Los Angeles", "Chicago", "San Francisco", "Boston", "Miami", "Houston", "Philadelphia", "Seattle",
        "Mexico City", "Havana", "Caracas", "Bogota|Bogotá", "Lima", "Santiago", "Buenos Aires", "Brasilia|Brasília",
        "Rio de Janeiro", "Sao Paulo|São Paulo", "Montevideo", "Quito", "La Paz", "Nairobi", "Addis Ababa", "Lagos",
        "Abuja", "Accra", "Dakar", "Kinshasa", "Johannesburg", "Cape Town", "Pretoria", "Khartoum", "Tripoli", "Tunis",
        "Algiers", "Rabat", "Casablanca", "Mogadishu", "Kampala", "Kigali", "Luanda", "Harare", "Lusaka", "Bamako",
        "Niamey", "Davos", "Strasbourg", "Frankfurt", "Munich", "Hamburg", "Kaliningrad", "Murmansk", "Vladivostok",
        "Novosibirsk", "Yekaterinburg|Ekaterinburg", "Kazan", "Sochi", "Rostov-on-Don|Rostov", "Belgorod", "Kursk",
        "Grozny",
    };

    public static readonly string[] Regions =
    {
        "Europe", "Eastern Europe", "Western Europe", "Central Europe", "Southern Europe", "Northern Europe",
        "Asia", "Central Asia", "East Asia", "South Asia", "Southeast Asia", "Asia-Pacific|Asia Pacific", "Africa",
        "North Africa", "West Africa", "East Africa", "Sub-Saharan Africa", "Middle East", "Near East", "Far East",
        "North America", "South America", "Latin America", "Central America", "Caribbean", "Oceania", "Arctic",
        "Antarctica", "Scandinavia", "Balkans", "Baltics|Baltic states", "Caucasus", "North Caucasus",
        "South Caucasus", "Siberia", "Crimea|Crimean Peninsula", "Donbas|Donbass", "Gaza|Gaza Strip", "West Bank",
        "Golan Heights", "Kashmir", "Tibet", "Xinjiang", "Chechnya", "Dagestan", "Transnistria|Transdniestria",
        "Abkhazia", "South Ossetia", "Nagorno-Karabakh|Karabakh", "Kurdistan", "Sahel", "Sinai", "Persian Gulf",
        "Black Sea", "Baltic Sea", "Mediterranean", "Red Sea", "South China Sea", "Taiwan Strait", "Sea of Azov",
        "Bosphorus", "Kuril Islands|Kurils", "Donetsk region", "Luhansk region|Lugansk region", "Zaporizhzhia region",
        "Kherson region", "Kursk region", "Belgorod region",
    };
}
