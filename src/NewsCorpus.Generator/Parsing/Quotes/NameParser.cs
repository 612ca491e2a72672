using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>
/// Reads a run of capitalized words (with the lower-case titles inside it) as a name and a role: the name is the
/// trailing run of words that are not titles, bodies or nationalities, the role is what comes before it.
/// "Kremlin spokesman Dmitry Peskov" is Dmitry Peskov, role "Kremlin spokesman"; "Mr Ermakov" is Ermakov;
/// "Foreign Ministry" and "Ashworth Borough Council" are organizations; "Moscow" is a place; "state news agency
/// Tass" is the organization Tass.
/// </summary>
internal static class NameParser
{
    private const int MaxLeadingRoleWords = 4;
    private const int MaxChunkTokens = 12;

    public static Mention? TryParse(string text, List<Token> tokens, int i, int end)
    {
        if (!tokens[i].IsWord)
        {
            return null;
        }

        var first = i;
        if (!tokens[i].IsCapitalized && !LeadsIntoName(tokens, i, end))
        {
            return null;
        }

        var last = CollectChunk(tokens, first, end);
        while (first <= last && tokens[first].IsCapitalized && tokens[first].Has(NameLexicon.NotNames))
        {
            first++;
        }

        if (first > last)
        {
            return null;
        }

        // "Vale & Moor Coaches", "Marks & Spencer": names joined by an ampersand (no token of its own) are a body's name.
        for (var k = first; k < last; k++)
        {
            if (HasAmpersand(text, tokens[k].End, tokens[k + 1].Start))
            {
                // "bus operator Vale & Moor Coaches": the lower-case words before the name are what it is.
                var nameFirst = first;
                for (var j = first; j < k; j++)
                {
                    nameFirst = tokens[j].IsCapitalized ? nameFirst : j + 1;
                }

                var name = MentionFinder.Span(text, tokens, nameFirst, last);
                var owner = Words.IsPossessive(tokens[last].Text);
                return new Mention(MentionKind.Organization, first, last, owner ? Words.WithoutPossessive(name) : name) { Possessive = owner };
            }
        }

        var possessive = Words.IsPossessive(tokens[last].Text);
        var mention = WithoutPostNominals(text, tokens, first, last) ?? Classify(text, tokens, first, last);
        if (mention is null)
        {
            return null;
        }

        mention.Possessive = possessive;

        // "the Cold War", "the Rafah crossing": a bare name after "the" is a thing, not a person.
        if (mention.Kind == MentionKind.Person && mention.Role is null && first > 0 && tokens[first - 1].Is("the"))
        {
            return null;
        }

        return mention;
    }

    /// <summary>
    /// "Judge Timothy Spencer KC", "Sir Tom Baird QC MP": the person named before the letters, who still covers them
    /// (so "… KC said" has its subject next to the verb); an office after the name ("Anna Kell MP") is the role when
    /// no title came before. Null when there are no such letters or what is left is not a person.
    /// </summary>
    private static Mention? WithoutPostNominals(string text, List<Token> tokens, int first, int last)
    {
        var nameLast = last;
        string? office = null;
        while (nameLast > first && PostNominals.IsPostNominal(tokens[nameLast].Text))
        {
            office ??= PostNominals.IsOffice(tokens[nameLast].Text) ? tokens[nameLast].Text : null;
            nameLast--;
        }

        if (nameLast == last || !IsNameWord(tokens[nameLast]) || Classify(text, tokens, first, nameLast) is not { Kind: MentionKind.Person } person)
        {
            return null;
        }

        person.Last = last;
        person.Role ??= office;
        person.Weak = false;
        return person;
    }

    private static readonly string[] s_surnamePrefixes = { "Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "Fitz", "Al", "El", "Ben", "Abu" };

    private static bool IsInnerCapitalBrand(string word)
    {
        if (word.Length < 4 || !char.IsUpper(word[0]))
        {
            return false;
        }

        var inner = -1;
        for (var i = 1; i < word.Length; i++)
        {
            if (!char.IsLetter(word[i]))
            {
                return false;
            }

            if (char.IsUpper(word[i]) && char.IsLower(word[i - 1]))
            {
                inner = i;
                break;
            }
        }

        return inner > 0 && System.Array.IndexOf(s_surnamePrefixes, word.Substring(0, inner)) < 0;
    }

    /// <summary>"press secretary Karine Jean-Pierre", "civil protection chief Ana Ferreira": lower-case words ending in a title, then a name.</summary>
    private static bool LeadsIntoName(List<Token> tokens, int i, int end)
    {
        for (var k = i; k < end && k - i < MaxLeadingRoleWords; k++)
        {
            var token = tokens[k];
            if (!token.IsWord || token.IsCapitalized || token.Has(LexFlags.Preposition | LexFlags.NotName | LexFlags.ReportingVerb))
            {
                return false;
            }

            if (RoleLexicon.Classify(token) is RoleClass.Person or RoleClass.Organization && k + 1 < end && tokens[k + 1].IsCapitalized
                && !tokens[k + 1].Has(NameLexicon.NotNames))
            {
                return true;
            }
        }

        return false;
    }

    private static int CollectChunk(List<Token> tokens, int first, int end)
    {
        var last = first;
        var titled = false;
        for (var k = first; k < end && k - first < MaxChunkTokens; k++)
        {
            var token = tokens[k];
            if (!token.IsWord)
            {
                break;
            }

            if (token.IsCapitalized || (k > first && IsParticleName(token)))
            {
                if (k > first && token.Has(NameLexicon.NotNames) && !token.Has(NameLexicon.Honorifics))
                {
                    break;
                }

                titled |= !IsNameWord(token);
                last = k;
                if (Words.IsPossessive(token.Text) && !(k + 1 < end && tokens[k + 1].IsCapitalized))
                {
                    break;
                }

                continue;
            }

            // Lower case inside a name: particles (von der Leyen), "of" in bodies (Ministry of Agriculture), titles
            // before the name (Kremlin spokesman Dmitry Peskov). Each only when a capitalized word follows.
            // "of"/"for" join a body or a title to what follows (Ministry of Agriculture, Secretary of State, Minister
            // for Europe), never a plain name to a place: "Tom Reid of Station Road" is Tom Reid, then his address.
            var next = k + 1 < end && tokens[k + 1].IsCapitalized;
            var joins = token.Has(NameLexicon.Particles) || (token.Text is "of" or "for" && titled)
                || RoleLexicon.Classify(token) is RoleClass.Person or RoleClass.Organization || LeadsIntoName(tokens, k, end);
            if (!joins || !(next || LeadsIntoName(tokens, k, end)))
            {
                break;
            }
        }

        return last;
    }

    private static Mention? Classify(string text, List<Token> tokens, int first, int last)
    {
        // The name is the trailing run of name words.
        var coreStart = last + 1;
        for (var k = last; k >= first; k--)
        {
            if (IsNameWord(tokens[k]))
            {
                coreStart = k;
            }
            else if (!(tokens[k].Has(NameLexicon.Particles) && k > first && coreStart == k + 1 && IsNameWord(tokens[k - 1])))
            {
                break;
            }
        }

        var hasCore = coreStart <= last;
        var prefixEnd = coreStart - 1;
        var hasOrganizationHead = false;
        var hasPersonTitle = false;
        var hasHonorific = false;
        var honorificGender = Gender.Unknown;
        for (var k = first; k <= last; k++)
        {
            var token = tokens[k];
            // A dateline's "MOSCOW" is written like an acronym but is a place; "the MP", "the CEO" are people's titles.
            hasOrganizationHead |= token.BaseHas(RoleLexicon.OrganizationHeads)
                || (Words.IsAcronym(token.Text) && !token.BaseHas(NameLexicon.PlaceAcronyms) && !token.BaseHas(RoleLexicon.PersonRoles) && !NonPersonNames.IsPlace(token.Text));
            if (k <= prefixEnd)
            {
                hasPersonTitle |= token.BaseHas(RoleLexicon.PersonRoles);
                hasHonorific |= token.Has(NameLexicon.Honorifics);
                if (token.Has(NameLexicon.Honorifics) && honorificGender == Gender.Unknown)
                {
                    honorificGender = NameLexicon.GenderOfHonorific(token.Text);
                }
            }
        }

        if (!hasCore)
        {
            var whole = FullSpan(text, tokens, first, last);
            if (hasOrganizationHead)
            {
                return new Mention(MentionKind.Organization, first, last, whole);
            }

            var lastWord = Words.WithoutPossessive(tokens[last].Text);
            if (tokens[last].BaseHas(RoleLexicon.PersonRoles))
            {
                // "Russian President" with no name: a description of whoever holds the title.
                return new Mention(MentionKind.Description, first, last, lastWord.ToLowerInvariant())
                {
                    RoleClass = RoleClass.Person,
                    Definite = true,
                    Role = whole,
                };
            }

            if (first == last && tokens[last].BaseHas(NameLexicon.Places) | tokens[last].BaseHas(NameLexicon.PlaceAcronyms))
            {
                return new Mention(MentionKind.Place, first, last, lastWord);
            }

            return NonPersonNames.IsPlace(whole) ? new Mention(MentionKind.Place, first, last, whole) : null;
        }

        var core = FullSpan(text, tokens, coreStart, last);
        var coreWords = last - coreStart + 1;
        string? role = null;
        if (prefixEnd >= first)
        {
            var roleFirst = first;
            while (roleFirst <= prefixEnd && tokens[roleFirst].Has(NameLexicon.Honorifics))
            {
                roleFirst++;
            }

            var roleLast = prefixEnd;
            while (roleLast >= roleFirst && tokens[roleLast].Has(NameLexicon.Honorifics))
            {
                roleLast--;
            }

            role = roleFirst <= roleLast ? MentionFinder.Span(text, tokens, roleFirst, roleLast) : null;

            // "state news agency Tass", "Industry body Nasscom": a body's noun before the name.
            if (!hasHonorific && RoleLexicon.Classify(tokens[prefixEnd]) == RoleClass.Organization && !tokens[prefixEnd].IsCapitalized)
            {
                return new Mention(MentionKind.Organization, coreStart, last, core);
            }

            // "BBC Radio Lancashire": a body's name with no title of a person in it.
            if (!hasHonorific && !hasPersonTitle && hasOrganizationHead)
            {
                return new Mention(MentionKind.Organization, first, last, FullSpan(text, tokens, first, last));
            }
        }

        // "Premier League" (read as the premier League), "Al Jazeera", "Gaza City", "Wimbledon": not people.
        if (!hasHonorific && (hasPersonTitle ? coreWords == 1 : last > first) && NonPersonNames.EndsLikeOrganization(tokens[last].Text))
        {
            return new Mention(MentionKind.Organization, first, last, FullSpan(text, tokens, first, last));
        }

        // "Station Road", "Market Street": a street named after a thing is a place whatever the word before its tail.
        if (!hasHonorific && !hasPersonTitle && role is not null && last > first && NonPersonNames.EndsLikePlace(tokens[last].Text))
        {
            return new Mention(MentionKind.Place, first, last, FullSpan(text, tokens, first, last));
        }

        if (!hasHonorific && role is null && (coreWords > 1 && NonPersonNames.IsPlace(core) || (coreWords > 1 && NonPersonNames.EndsLikePlace(tokens[last].Text)) || (coreWords == 1 && NonPersonNames.IsEvent(core))))
        {
            return new Mention(MentionKind.Place, coreStart, last, core);
        }

        var firstName = tokens[coreStart];
        if (role is null && !hasHonorific)
        {
            // "Reuters reported", "Xinhua said": news outlets are bodies.
            if (coreWords == 1 && firstName.BaseHas(RoleLexicon.MediaNames))
            {
                return new Mention(MentionKind.Organization, coreStart, last, core);
            }

            // "TikTok", "YouTube", "OpenAI": a brand's inner capital, which no surname has but McDonald, DeSantis and their kind.
            if (coreWords == 1 && IsInnerCapitalBrand(Words.WithoutPossessive(firstName.Text)))
            {
                return new Mention(MentionKind.Organization, coreStart, last, core);
            }

            if (coreWords == 1 && firstName.BaseHas(NameLexicon.Places))
            {
                return new Mention(MentionKind.Place, coreStart, last, core);
            }

            if (coreWords > 1 && firstName.Has(NameLexicon.PlaceHeads) && !firstName.Has(LexFlags.MaleName | LexFlags.FemaleName))
            {
                return new Mention(MentionKind.Place, coreStart, last, core);
            }
        }

        return new Mention(MentionKind.Person, first, last, core)
        {
            Role = role,
            Weak = coreWords == 1 && role is null && !hasHonorific && !hasPersonTitle,
            // "Mr Hill" is a man whatever the given name: the honorific tells the gender when it is there.
            Gender = honorificGender != Gender.Unknown ? honorificGender
                : firstName.Has(NameLexicon.FemaleNames) ? Gender.Female : firstName.Has(NameLexicon.MaleNames) ? Gender.Male : Gender.Unknown,
        };
    }

    /// <summary>A word that can be part of a person's name: capitalized and not a title, a body, a nationality or a function word.</summary>
    internal static bool IsNameWord(Token token) =>
        (token.IsCapitalized || IsParticleName(token)) && (token.BaseFlags & NotInNames) == 0 && !Words.IsAcronym(token.Text);

    /// <summary><see cref="IsParticleName(string)"/> of a token's word, which needs the hyphen the token knows it has or lacks.</summary>
    private static bool IsParticleName(Token token) => (token.Flags & LexFlags.Hyphenated) != 0 && IsParticleName(token.Text);

    /// <summary>"al-Hissi", "el-Sisi", "bin-Salman": a lower-case particle joined by a hyphen to a capitalized name is one name word.</summary>
    internal static bool IsParticleName(string word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1])
            && NameLexicon.Particles.Contains(word.Substring(0, hyphen));
    }

    /// <summary>Whether <c>text[from..to)</c> holds an ampersand: the gap between two words, mostly one space, too short for a vectorized search to pay.</summary>
    private static bool HasAmpersand(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] == '&')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lists whose words are never part of a person's name.</summary>
    private const LexFlags NotInNames = LexFlags.NotName | LexFlags.Honorific | LexFlags.PersonRole | LexFlags.TitleModifier | LexFlags.Demonym | LexFlags.NationalityNoun
        | LexFlags.OrganizationHead | LexFlags.ReportingVerb | LexFlags.GroupRole | LexFlags.OrganizationRole;

    /// <summary>The text of tokens <paramref name="first"/>..<paramref name="last"/>, a final possessive removed.</summary>
    private static string FullSpan(string text, List<Token> tokens, int first, int last) =>
        Words.WithoutPossessive(MentionFinder.Span(text, tokens, first, last));
}
