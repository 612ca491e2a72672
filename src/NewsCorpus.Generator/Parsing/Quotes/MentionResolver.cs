namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>
/// Turns a mention into the entity it refers to: names through the article's <see cref="EntityRegistry"/>,
/// pronouns and descriptions through <see cref="PronounResolver"/>. Unnamed people ("officials", "a senior
/// official", "they") resolve to nobody, which still counts as an attribution.
/// </summary>
internal static class MentionResolver
{
    public static void Resolve(Mention mention, EntityRegistry registry, PronounResolver resolver)
    {
        if (mention.Entity is not null || mention.Anonymous)
        {
            return;
        }

        switch (mention.Kind)
        {
            case MentionKind.Person:
                mention.Entity = mention.Weak
                    ? registry.Find(mention.Name)
                    : mention.Name.IndexOf(' ') < 0 && registry.Find(mention.Name, mention.Gender) is { } known ? Enrich(known, mention) : registry.Person(mention.Name, mention.Role, mention.Gender);
                break;
            case MentionKind.Organization:
                mention.Entity = registry.Organization(mention.Name);

                // "joined Rovigo from Aston Villa" after "beat Aston Villa", read then as a person: the club it is.
                if (mention.Team)
                {
                    mention.Entity.BecomeOrganization();
                    mention.Entity.IsTeam = true;
                }

                break;
            case MentionKind.Place:
                mention.Entity = registry.Place(mention.Name);
                break;
            case MentionKind.Pronoun:
                mention.Entity = resolver.Resolve(mention.Gender);
                mention.Anonymous = mention.Entity is null && mention.Gender == Gender.Plural;

                // "Orrin Vasquez says … “…,” he says": a person whose name told no gender takes the pronoun's.
                if (mention.Entity is { Kind: global::NewsCorpus.SpeakerKind.Person, Gender: Gender.Unknown } referent
                    && mention.Gender is Gender.Male or Gender.Female)
                {
                    referent.Gender = mention.Gender;
                }

                break;
            default:
                ResolveDescription(mention, registry, resolver);
                break;
        }

        // "Real Sociedad coach Iñaki Etxeberria": the capitalized words before a sport title name the person's club.
        if (mention.Kind == MentionKind.Person && mention.Role is { } role && ClubOf(role) is { } club)
        {
            registry.Team(club);
        }

        // What the article said about the person stays with them: "the 22-year-old" and "the Spaniard" later are this one.
        if (mention.Entity is { Kind: global::NewsCorpus.SpeakerKind.Person } person)
        {
            if (mention.Age > 0 && person.Age == 0)
            {
                person.Age = mention.Age;
            }

            person.Nationality ??= mention.Nationality ?? (mention.Kind == MentionKind.Person ? Nationalities.InRole(mention.Role) : null);
        }
    }

    /// <summary>"Real Sociedad coach" → "Real Sociedad": capitalized words, then one sport title.</summary>
    private static string? ClubOf(string role)
    {
        // Read in place: most roles are no club's, and nothing is cut out of them.
        var space = role.LastIndexOf(' ');
        if (space <= 0 || !RoleLexicon.IsSportTitle(ParagraphTokenizer.WordToken(role, space + 1, role.Length).Text))
        {
            return null;
        }

        // Every word before the title capitalized; two spaces in a row make an empty word, which is not.
        for (var i = 0; i <= space; i++)
        {
            if ((i == 0 || role[i - 1] == ' ') && (i == space || !char.IsUpper(role[i])))
            {
                return null;
            }
        }

        return role.Substring(0, space);
    }

    private static void ResolveDescription(Mention mention, EntityRegistry registry, PronounResolver resolver)
    {
        SpeakerEntity? entity = null;
        switch (mention.RoleClass)
        {
            case RoleClass.Statement:
                entity = Body(mention.Of, registry, resolver);
                break;
            case RoleClass.Organization:
                entity = mention.Definite ? resolver.ResolveOrganization(mention.Name) : null;
                entity ??= Body(mention.Of, registry, resolver);
                entity ??= mention.Definite ? resolver.ResolveUnnamedBody(mention.Name, registry) : null;
                break;
            case RoleClass.Person:
                entity = mention.Definite ? resolver.ResolveRole(mention.Name, mention.Gender, byTitleAlone: !mention.Relative, mention.Age, mention.Nationality) : null;
                if (entity is null && RoleLexicon.SpeaksForBody.Contains(mention.Name))
                {
                    entity = Body(mention.Of, registry, resolver);
                }

                break;
        }

        mention.Entity = entity;
        mention.Anonymous = entity is null;
    }

    /// <summary>The body a description belongs to: a name ("for the Russian Foreign Ministry") or a description of one ("from the portfolio").</summary>
    private static SpeakerEntity? Body(Mention? of, EntityRegistry registry, PronounResolver resolver)
    {
        if (of is null)
        {
            return null;
        }

        if (of.Kind is MentionKind.Organization or MentionKind.Place)
        {
            Resolve(of, registry, resolver);
            return of.Entity;
        }

        if (of.Kind == MentionKind.Description && of.RoleClass == RoleClass.Organization)
        {
            Resolve(of, registry, resolver);
            return of.Entity;
        }

        if (of.Kind == MentionKind.Person && !of.Weak)
        {
            // "a statement by Smith"
            Resolve(of, registry, resolver);
            return of.Entity;
        }

        return of.Kind == MentionKind.Person ? registry.Find(of.Name) ?? registry.Organization(of.Name) : null;
    }

    private static SpeakerEntity Enrich(SpeakerEntity entity, Mention mention)
    {
        entity.Role ??= mention.Role;
        if (entity.Gender == Gender.Unknown)
        {
            entity.Gender = mention.Gender;
        }

        return entity;
    }
}
