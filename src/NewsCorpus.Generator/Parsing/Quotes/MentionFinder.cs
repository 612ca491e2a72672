using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>
/// Finds the possible speakers a sentence mentions, left to right: pronouns, descriptions ("the minister", "a
/// statement from the portfolio", "officials") and capitalized names, which <see cref="NameParser"/> splits into a
/// role and a name. Then appositions are joined: "Alexei Zaitsev, Deputy Spokesman of …," gives Zaitsev his role,
/// "The head of Russia’s Security Council, Nikolai Patrushev," is one mention of Patrushev.
/// </summary>
internal static class MentionFinder
{
    private const int MaxModifiers = 5;
    private const int MaxAppositionTokens = 14;

    public static List<Mention> Find(string text, List<Token> tokens, int start, int end)
    {
        var mentions = new List<Mention>();
        Find(text, tokens, start, end, mentions);
        return mentions;
    }

    /// <summary>Finds into <paramref name="mentions"/>, emptied first: a caller that reads many sentences reuses its lists.</summary>
    public static void Find(string text, List<Token> tokens, int start, int end, List<Mention> mentions)
    {
        mentions.Clear();
        var i = start;
        while (i < end)
        {
            if (!tokens[i].IsWord)
            {
                i++;
                continue;
            }

            var mention = TryPronoun(tokens, i, start, end) ?? TryDescription(text, tokens, i, end) ?? NameParser.TryParse(text, tokens, i, end) ?? TryGroup(tokens, i);
            if (mention is null)
            {
                i++;
                continue;
            }

            var before = mention.First - 1;
            if (before > start && tokens[before].IsWord && (tokens[before].Is("the") || tokens[before].Is("a") || tokens[before].Is("an")))
            {
                before--;
            }

            mention.AfterPreposition = before >= start && tokens[before].Has(NameLexicon.Prepositions);
            mentions.Add(mention);
            i = mention.Last + 1;
        }

        JoinAppositions(text, tokens, mentions, end);
        Addresses.Apply(tokens, mentions, end);
        TeamNames.Apply(tokens, mentions, start, end);
        FamilyNames.Apply(tokens, mentions, end);
    }

    private static Mention? TryPronoun(List<Token> tokens, int i, int start, int end)
    {
        var token = tokens[i];

        // Every pronoun below has at most four letters and starts with h, s, i or t: most words are none of them,
        // told without comparing them to each. A first character beyond ASCII is compared as before.
        var text = token.Text;
        if (text.Length > 4 || (text[0] < 0x80 && (text[0] | 0x20) is not ('h' or 's' or 'i' or 't')))
        {
            return null;
        }

        var gender = token.Is("he") ? Gender.Male
            : token.Is("she") ? Gender.Female
            : token.Is("it") ? Gender.Neuter
            : token.Is("they") ? Gender.Plural
            : AfterAccordingTo(tokens, i, start, end) ? ObjectGender(token)
            : Gender.Unknown;
        return gender == Gender.Unknown ? null : new Mention(MentionKind.Pronoun, i, i, Words.Lower(text)) { Gender = gender };
    }

    /// <summary>"According to him, …" speaks as "he said" does; "according to her lawyer" is the lawyer's, so "her" must end the phrase.</summary>
    private static bool AfterAccordingTo(List<Token> tokens, int i, int start, int end) =>
        i - 2 >= start && tokens[i - 1].Is("to") && tokens[i - 2].Is("according") && (i + 1 >= end || !tokens[i + 1].IsWord);

    private static Gender ObjectGender(Token token) =>
        token.Is("him") ? Gender.Male : token.Is("her") ? Gender.Female : token.Is("them") ? Gender.Plural : Gender.Unknown;

    /// <summary>"the minister", "a senior administration official", "the company’s chief financial officer", "a spokesman for X".</summary>
    internal static Mention? TryDescription(string text, List<Token> tokens, int i, int end) =>
        // A description opens with a determiner or a possessive: other words (most) are turned away here, before the
        // long method below sets up its state.
        i < end && tokens[i].IsWord && !tokens[i].Has(LexFlags.Definite | LexFlags.Indefinite) && !Words.IsPossessive(tokens[i].Text)
            ? null
            : Description(text, tokens, i, end);

    private static Mention? Description(string text, List<Token> tokens, int i, int end)
    {
        var j = i;
        var definite = false;
        var relative = false;
        var determiners = 0;
        while (j < end && determiners < 2 && tokens[j].IsWord)
        {
            var word = tokens[j].Text;
            if (tokens[j].Has(FunctionWords.Definite) || (Words.IsPossessive(word) && j + 1 < end && tokens[j + 1].IsWord && !tokens[j + 1].IsCapitalized))
            {
                definite = true;
                relative |= !tokens[j].Is("the") && !tokens[j].Is("this") && !tokens[j].Is("that");
            }
            else if (!tokens[j].Has(FunctionWords.Indefinite))
            {
                break;
            }

            j++;
            determiners++;
        }

        if (determiners == 0)
        {
            return null;
        }

        var head = -1;
        var firstModifier = j;
        var k = j;
        var age = 0;
        string? nationality = null;
        var organizationModifier = -1;
        while (k < end && k - j <= MaxModifiers && tokens[k].IsWord)
        {
            var word = tokens[k].Text;
            var lower = !char.IsUpper(word[0]);

            // "the 22-year-old Spaniard", "the Spanish midfielder": what the description says about the person, kept
            // with it whatever its head (PronounResolver.ResolveRole).
            age = age == 0 ? RoleLexicon.AgeOf(word) : age;
            nationality ??= Nationalities.Key(tokens[k]);
            if (k == j && IsNationalityHead(tokens, k, end))
            {
                head = k;
                break;
            }

            if ((lower || RoleLexicon.IsAge(word)) && RoleLexicon.Classify(tokens[k]) != RoleClass.None)
            {
                head = k;

                // Compound heads: "truck driver", "news agency", "chief financial officer"; "a council spokesman"
                // speaks for the council.
                if (k + 1 < end && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized && RoleLexicon.Classify(tokens[k + 1]) != RoleClass.None)
                {
                    organizationModifier = RoleLexicon.Classify(tokens[k]) == RoleClass.Organization && organizationModifier < 0 ? k : organizationModifier;
                    k++;
                    continue;
                }

                break;
            }

            if (lower && (tokens[k].Has(LexFlags.PhraseBreak | LexFlags.ReportingVerb | LexFlags.Definite | LexFlags.Indefinite)
                || (tokens[k].Has(NameLexicon.Prepositions) && !(word == "of" && k > j && tokens[k - 1].IsCapitalized && k + 1 < end && tokens[k + 1].IsCapitalized))))
            {
                break;
            }

            // "The Foreign Ministry summoned …": after a body's name, a lower-case word that is no title is a verb.
            if (lower && k > j && tokens[k - 1].IsCapitalized && tokens[k - 1].BaseHas(RoleLexicon.OrganizationHeads))
            {
                break;
            }

            k++;
        }

        if (head < 0)
        {
            return null;
        }

        var headWord = Words.Lower(tokens[head].Text);

        // "the head of state said", "the head of government": one title, so the verb after it has a subject.
        var titleEnd = head;
        if (headWord == "head" && head + 2 < end && tokens[head + 1].Is("of") && (tokens[head + 2].Is("state") || tokens[head + 2].Is("government")))
        {
            titleEnd = head + 2;
        }

        // "The 22-year-old Spaniard saved …": the nationality after an age is part of the description.
        if (RoleLexicon.IsAge(tokens[head].Text) && head + 1 < end && (tokens[head + 1].Has(LexFlags.NationalityNoun) || RoleLexicon.IsPersonDemonym(tokens[head + 1]))
            && Nationalities.Key(tokens[head + 1]) is { } after)
        {
            titleEnd = head + 1;
            nationality ??= after;
        }

        var mention = new Mention(MentionKind.Description, i, titleEnd, headWord)
        {
            RoleClass = RoleLexicon.IsGenericPerson(headWord) ? RoleClass.Person : RoleLexicon.Classify(headWord),
            Definite = definite,
            Relative = relative,
            Gender = GenderOfRole(headWord),
            Age = age,
            Nationality = nationality,
        };

        // "a council spokesman", "a company spokeswoman", "a bank official": the body of that kind spoken of.
        if (organizationModifier >= 0 && mention.RoleClass == RoleClass.Person)
        {
            mention.Of = new Mention(MentionKind.Description, organizationModifier, organizationModifier, Words.Lower(tokens[organizationModifier].Text))
            {
                RoleClass = RoleClass.Organization,
                Definite = true,
            };
        }

        // Capitalized words before the head name the body: "a Velora spokesperson", "the Kremlin spokesman". Not
        // after a possessive: "its Hanover assembly plant", "their Paris office" is where the owner's unit is.
        if (head > firstModifier && tokens[firstModifier].IsCapitalized && !(relative && mention.RoleClass == RoleClass.Organization))
        {
            var last = firstModifier;
            while (last + 1 < head && (tokens[last + 1].IsCapitalized || tokens[last + 1].Is("of")))
            {
                last++;
            }

            if (!tokens[firstModifier].Has(RoleLexicon.Demonyms) || last > firstModifier)
            {
                mention.Of = new Mention(MentionKind.Organization, firstModifier, last, Span(text, tokens, firstModifier, last));
            }
        }

        // "… for the Russian Foreign Ministry", "… from the portfolio", "… at Brightline Securities".
        var next = titleEnd + 1;
        if (next + 1 < end && tokens[next].Has(FunctionWords.OfWords))
        {
            var body = TryDescription(text, tokens, next + 1, end) ?? NameParser.TryParse(text, tokens, next + 1, end)
                ?? (next + 2 < end && tokens[next + 1].Is("the") ? NameParser.TryParse(text, tokens, next + 2, end) : null);
            if (body is not null)
            {
                mention.Of = body;
                mention.Last = body.Last;
            }
            else
            {
                // "head of environment", "director of communications": a lower-case complement is part of the role.
                for (var k2 = next + 1; k2 < end && k2 - next <= 4 && tokens[k2].IsWord && !tokens[k2].IsCapitalized
                    && !tokens[k2].Has(LexFlags.PhraseBreak | LexFlags.Preposition | LexFlags.ReportingVerb); k2++)
                {
                    mention.Last = k2;
                }
            }
        }

        mention.Role = Span(text, tokens, StripArticle(tokens, i, head), mention.Last);
        return mention;
    }

    /// <summary>"Officials said", "Critics have called": unnamed people who speak.</summary>
    private static Mention? TryGroup(List<Token> tokens, int i)
    {
        var word = tokens[i].Text;
        return tokens[i].Has(RoleLexicon.GroupRoles)
            ? new Mention(MentionKind.Description, i, i, Words.Lower(word)) { RoleClass = RoleClass.Group, Gender = Gender.Plural }
            : null;
    }

    /// <summary>
    /// Joins a name and the description set off by commas next to it: "X, the minority leader," and "the health
    /// secretary, X,". The description becomes the name's role and stops being a mention of its own.
    /// </summary>
    private static void JoinAppositions(string text, List<Token> tokens, List<Mention> mentions, int end)
    {
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            // "Her husband Gary", "his lawyer John Smith": a person's description right before a name is that name's role.
            if (mention.Kind == MentionKind.Description && mention.RoleClass == RoleClass.Person && m + 1 < mentions.Count
                && mentions[m + 1] is { Kind: MentionKind.Person, Role: null } adjacent && adjacent.First == mention.Last + 1)
            {
                adjacent.Role = mention.Role;
                adjacent.Weak = false;
                adjacent.First = mention.First;
                adjacent.AfterPreposition = mention.AfterPreposition;
                adjacent.Age = adjacent.Age > 0 ? adjacent.Age : mention.Age;
                adjacent.Nationality ??= mention.Nationality;
                if (adjacent.Gender == Gender.Unknown)
                {
                    adjacent.Gender = mention.Gender;
                }

                mentions.RemoveAt(m);
                m--;
                continue;
            }

            // "the newspaper Diario Sul called her", "the charity Open Doors said": a body's noun right before a name
            // makes it a body. Not "the company Smith founded": one word with a verb after it may be a person.
            if (mention.Kind == MentionKind.Description && mention.RoleClass == RoleClass.Organization && m + 1 < mentions.Count
                && mentions[m + 1] is { Kind: MentionKind.Person, Role: null } body && body.First == mention.Last + 1
                && !tokens[body.First].Has(LexFlags.MaleName | LexFlags.FemaleName | LexFlags.Honorific)
                && (body.Last > body.First || body.Last + 1 >= end || !tokens[body.Last + 1].IsWord))
            {
                body.Kind = MentionKind.Organization;
                body.Weak = false;
                body.Gender = Gender.Unknown;
                body.First = mention.First;
                body.AfterPreposition = mention.AfterPreposition;
                mentions.RemoveAt(m);
                m--;
                continue;
            }

            var comma = mention.Last + 1;
            if (comma >= end || !tokens[comma].IsPunctuation(','))
            {
                continue;
            }

            // "Karen Doyle, 52, from Sunderland": the age, for a later "the 52-year-old".
            if (mention.Kind == MentionKind.Person && comma + 1 < end && AgeOf(tokens[comma + 1]) is > 0 and var age
                && (comma + 2 >= end || tokens[comma + 2].Kind == TokenKind.Punctuation))
            {
                mention.Age = age;
                continue;
            }

            // "the health secretary, Steve Barclay," / "The main farmers' union, the FNSEA,"
            if (mention.Kind == MentionKind.Description && mention.RoleClass is RoleClass.Person or RoleClass.Organization && m + 1 < mentions.Count)
            {
                var name = mentions[m + 1];
                var gap = name.First - comma;
                var named = name.Kind == MentionKind.Person || (name.Kind == MentionKind.Organization && mention.RoleClass == RoleClass.Organization);
                if (named && (gap == 1 || (gap == 2 && tokens[comma + 1].Is("the"))) && EndsApposition(tokens, name.Last + 1, end))
                {
                    name.Role ??= mention.Role;
                    name.Weak = false;
                    name.First = mention.First;
                    name.AfterPreposition = mention.AfterPreposition;
                    mentions.RemoveAt(m);
                    m--;
                    continue;
                }
            }

            // "Alexei Zaitsev, Deputy Spokesman of the Russian Ministry of Foreign Affairs," / "Maria Gonzalez, an analyst at X."
            if (mention.Kind is MentionKind.Person or MentionKind.Organization)
            {
                var (phraseEnd, roleClass) = FindApposition(tokens, comma + 1, end);
                var fits = mention.Kind == MentionKind.Person ? roleClass == RoleClass.Person : roleClass == RoleClass.Organization;
                if (phraseEnd < 0 || !fits || TitleOfNextName(tokens, mentions, m, phraseEnd, end))
                {
                    continue;
                }

                if (mention.Kind == MentionKind.Person)
                {
                    mention.Role ??= Span(text, tokens, StripArticle(tokens, comma + 1, phraseEnd), phraseEnd);
                    mention.Weak = false;
                }

                mention.AppositionEnd = phraseEnd;
                while (m + 1 < mentions.Count && mentions[m + 1].First <= phraseEnd)
                {
                    mentions.RemoveAt(m + 1);
                }
            }
        }
    }

    /// <summary>
    /// "In Castelnau, the mayor, Odile Marchand, spent …": a title set off right before another name set off by commas
    /// is that name's ("the health secretary, X,"), not the word before it.
    /// </summary>
    private static bool TitleOfNextName(List<Token> tokens, List<Mention> mentions, int m, int phraseEnd, int end)
    {
        if (phraseEnd + 2 >= end || !tokens[phraseEnd + 1].IsPunctuation(','))
        {
            return false;
        }

        for (var n = m + 1; n < mentions.Count && mentions[n].First <= phraseEnd + 2; n++)
        {
            if (mentions[n] is { Kind: MentionKind.Person, Role: null } next && next.First == phraseEnd + 2
                && (next.Last + 1 >= end || tokens[next.Last + 1].Kind == TokenKind.Punctuation))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The last token of a role phrase starting at <paramref name="start"/> and closed by a comma or the sentence
    /// end, and whether it describes a person (any person title in it) or a body; (-1, None) when there is none.
    /// </summary>
    private static (int End, RoleClass Class) FindApposition(List<Token> tokens, int start, int end)
    {
        var none = (-1, RoleClass.None);
        if (start >= end || !tokens[start].IsWord)
        {
            return none;
        }

        var first = tokens[start];
        var opensLikeRole = first.Has(LexFlags.Indefinite | LexFlags.Definite | LexFlags.TitleModifier | LexFlags.Demonym) || Words.IsPossessive(first.Text)
            || RoleLexicon.Classify(first) is RoleClass.Person or RoleClass.Organization;
        if (!opensLikeRole || first.Has(FunctionWords.PhraseBreaks))
        {
            return none;
        }

        var person = false;
        var body = false;
        var k = start;
        for (; k < end && k - start < MaxAppositionTokens; k++)
        {
            var token = tokens[k];
            if (token.IsPunctuation(',') || (token.Kind == TokenKind.Punctuation && token.Text[0] is '.' or ';' or ':' or '!' or '?'))
            {
                break;
            }

            if (!token.IsWord || (ReportingVerbs.TryGet(token.Text, out _, out var form, out _) && form == VerbForm.Finite && !token.IsCapitalized))
            {
                return none;
            }

            var role = RoleLexicon.Classify(token);
            person |= role == RoleClass.Person;
            body |= role == RoleClass.Organization;
        }

        if (k == start || (k >= end ? end - start > MaxAppositionTokens : k - start >= MaxAppositionTokens))
        {
            return none;
        }

        return (k - 1, person ? RoleClass.Person : body ? RoleClass.Organization : RoleClass.None);
    }

    private static int AgeOf(Token token)
    {
        if (!token.IsWord || token.Text.Length > 3)
        {
            return 0;
        }

        var age = 0;
        foreach (var c in token.Text)
        {
            if (!char.IsDigit(c))
            {
                return 0;
            }

            age = (age * 10) + (c - '0');
        }

        return age;
    }

    private static bool EndsApposition(List<Token> tokens, int after, int end) =>
        after >= end || tokens[after].IsPunctuation(',') || tokens[after].Kind == TokenKind.Punctuation || tokens[after].IsWord;

    private static int StripArticle(List<Token> tokens, int first, int last)
    {
        while (first < last && tokens[first].IsWord && (tokens[first].Has(FunctionWords.Indefinite) || tokens[first].Is("the")))
        {
            first++;
        }

        return first;
    }

    /// <summary>The text of tokens <paramref name="first"/>..<paramref name="last"/>; one word is its token's own string, with no copy.</summary>
    internal static string Span(string text, List<Token> tokens, int first, int last) =>
        first == last && tokens[first].IsWord ? tokens[first].Text : text.Substring(tokens[first].Start, tokens[last].End - tokens[first].Start);

    /// <summary>
    /// "the Spaniard said", "the Australian added": a nationality noun right after the article and right before the
    /// verb describes one person. Followed by another word it is an adjective ("the Russian diplomat", "the Russian side").
    /// </summary>
    private static bool IsNationalityHead(List<Token> tokens, int k, int end)
    {
        var token = tokens[k];
        if (!token.IsCapitalized || !(token.Has(LexFlags.NationalityNoun) || RoleLexicon.IsPersonDemonym(token)))
        {
            return false;
        }

        // "the Spaniard saved …": a noun that is never an adjective heads its phrase whatever follows, except a name.
        return k + 1 >= end || !tokens[k + 1].IsWord || (Nationalities.IsNounOnly(token.Text) && !tokens[k + 1].IsCapitalized)
            || tokens[k + 1].Has(LexFlags.ReportingVerb | LexFlags.Auxiliary | LexFlags.PhraseBreak | LexFlags.BetweenSubjectAndVerb);
    }

    /// <summary>"mum-of-three" is a woman, "Dutchman" a man, "chairwoman" a woman; most heads tell nothing.</summary>
    internal static Gender GenderOfRole(string head)
    {
        var of = head.IndexOf("-of-", System.StringComparison.Ordinal);
        if (of > 0)
        {
            head = head.Substring(0, of);
        }

        var gender = GenderOfWord(head);
        if (gender != Gender.Unknown)
        {
            return gender;
        }

        return head.EndsWith("woman", System.StringComparison.Ordinal) ? Gender.Female
            : head.EndsWith("man", System.StringComparison.Ordinal) && head.Length > 3 && !RoleLexicon.Demonyms.Contains(head) ? Gender.Male
            : Gender.Unknown;
    }

    private static Gender GenderOfWord(string head) => head switch
    {
        "mum" or "mom" or "grandmother" or "grandma" or "gran" or "granny" or "grandmum" or "widow" or "aunt" or "niece" or "granddaughter" or "stepmother" or "stepdaughter" or "fiancee" or "filipina" => Gender.Female,
        "dad" or "grandfather" or "grandpa" or "granddad" or "grandad" or "grandpop" or "widower" or "uncle" or "nephew" or "grandson" or "stepfather" or "stepson" => Gender.Male,
        "spokesman" or "chairman" or "businessman" or "congressman" or "councilman" or "king" or "prince" or "father" or "son" or "husband" or "brother" or "man" or "boy" or "actor" => Gender.Male,
        "spokeswoman" or "chairwoman" or "businesswoman" or "congresswoman" or "councilwoman" or "queen" or "princess" or "mother" or "daughter" or "wife" or "sister" or "woman" or "girl" or "actress" => Gender.Female,
        _ => Gender.Unknown,
    };
}
