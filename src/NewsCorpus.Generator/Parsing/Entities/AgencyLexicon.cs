namespace NewsCorpus.Generator.Parsing.Entities;

/// <summary>
/// News agencies, "Canonical|Variant|…". An agency named in the text ("according to Interfax", "(BelTA)",
/// "Reuters contributed") is an <see cref="global::NewsCorpus.EntityKind.Agency"/>, never a person or an organization.
/// All-capital variants match only when written in capitals, so "AP" is an agency and "Ap" is not.
/// </summary>
internal static class AgencyLexicon
{
    public static readonly string[] Agencies =
    {
        "Reuters|Thomson Reuters", "Associated Press|AP|The Associated Press", "Agence France-Presse|AFP|Agence France Presse",
        "TASS|Tass|ITAR-TASS|Itar-Tass|TASS news agency", "RIA Novosti|RIA", "Interfax|Interfax-Ukraine", "BelTA",
        "Sputnik", "Xinhua|Xinhua News Agency", "Kyodo|Kyodo News", "Jiji Press|Jiji", "Yonhap|Yonhap News Agency",
        "Anadolu Agency|Anadolu", "Deutsche Presse-Agentur|dpa|DPA", "EFE", "ANSA", "Europa Press", "Lusa",
        "Bloomberg News|Bloomberg", "UNIAN", "Ukrinform", "PAP|Polish Press Agency", "CTK", "MTI", "BTA", "Agerpres",
        "Tanjug", "HINA", "IRNA", "Fars|Fars News Agency", "Tasnim|Tasnim News Agency", "ISNA", "KCNA",
        "Bernama", "Antara", "Press Trust of India|PTI", "ANI|Asian News International", "IANS", "APP|Associated Press of Pakistan",
        "WAFA", "SANA", "MENA", "WAM", "QNA", "KUNA", "Prensa Latina", "Notimex", "Kazinform", "AzerTag|Azertac",
        "Armenpress", "Belga", "ANP", "NTB", "Ritzau", "STT", "Keystone-SDA", "APA", "Canadian Press|The Canadian Press",
        "Australian Associated Press|AAP", "PA Media|Press Association",
    };
}
