using System.Collections.Generic;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>
/// Attributes each quotation (except mentions) to a speaker. The article is read twice: first to collect the full
/// names it gives, so "Putin" resolves to "Vladimir Putin" wherever each appears; then in order, sentence by
/// sentence, resolving pronouns and descriptions as a reader does. A quotation takes, in this order:
/// <list type="number">
/// <item>an attribution in its own sentence: the one right after it, else the nearest before it, else the nearest after it;</item>
/// <item>the speaker of the piece it continues, for a quotation over several paragraphs;</item>
/// <item>the speaker of the previous quotation of its paragraph (a second quote with no cue of its own);</item>
/// <item>a bare attribution in the next sentence ("… “unacceptable”. Said Alexei Zaitsev, …");</item>
/// <item>the latest attribution earlier in its paragraph ("Lavrov also said that … Moscow “doesn't walk away …”");</item>
/// <item>the speaker of the previous paragraph's last quotation, when the paragraph is only quotation.</item>
/// </list>
/// Work per sentence is bounded by the sentence and a fixed window of earlier sentences.
/// </summary>
internal static class SpeakerResolver
{
    private const int MaxBareSentenceTokens = 25;
    private const int LookAheadParagraphs = 5;
    private const int ShortSentenceTokens = 8;

    // Per thread, emptied for each article: their lists and tables keep the room they grew to, as nothing keeps an
    // article's entities once its quotations are attributed.
    [System.ThreadStatic]
    private static EntityRegistry? t_registry;

    [System.ThreadStatic]
    private static PronounResolver? t_resolver;

    public static void Resolve(ArticleDraft draft)
    {
        var quotes = draft.Quotes;
        if (quotes.Count == 0)
        {
            return;
        }

        var registry = t_registry is { } reusedRegistry && reusedRegistry.TryClear() ? reusedRegistry : t_registry = new EntityRegistry();
        var paragraphs = Analyze(draft, registry);
        var attributions = new Attribution?[quotes.Count];
        var resolver = t_resolver is { } reusedResolver && reusedResolver.TryClear() ? reusedResolver : t_resolver = new PronounResolver();
        Attribution? previousParagraphLast = null;
        for (var p = 0; p < paragraphs.Length; p++)
        {
            previousParagraphLast = AttributeParagraph(paragraphs[p], quotes, attributions, registry, resolver, previousParagraphLast);
        }

        // A quotation over several paragraphs is attributed at its end as often as at its start.
        for (var i = quotes.Count - 1; i > 0; i--)
        {
            if (quotes[i].ContinuesPrevious && attributions[i] is not null && attributions[i - 1] is null)
            {
                attributions[i - 1] = attributions[i];
            }
        }

        for (var i = 0; i < quotes.Count; i++)
        {
            if (attributions[i] is not { } attribution || quotes[i].Kind == global::NewsCorpus.QuoteKind.Mention)
            {
                continue;
            }

            quotes[i] = quotes[i] with { Speaker = attribution.Speaker?.ToSpec(), Cue = attribution.Cue };
        }
    }

    /// <summary>First reading: tokens, sentences and mentions of every paragraph up to the last quotation; full names registered.</summary>
    private static ParagraphAnalysis[] Analyze(ArticleDraft draft, EntityRegistry registry)
    {
        var quotes = draft.Quotes;

        // A few paragraphs past the last quotation too: "Okafor said" may come before "Council leader Grace Okafor".
        var paragraphs = new ParagraphAnalysis[System.Math.Min(draft.Paragraphs.Count, quotes[quotes.Count - 1].Paragraph + 1 + LookAheadParagraphs)];
        var ranges = new List<(int, int, int)>();
        var q = 0;
        var sentenceCount = 0;
        for (var p = 0; p < paragraphs.Length; p++)
        {
            var text = draft.Paragraphs[p].Text;
            ranges.Clear();
            while (q < quotes.Count && quotes[q].Paragraph == p)
            {
                ranges.Add((quotes[q].Start, quotes[q].End, q));
                q++;
            }

            // Reused from article to article (mentions: one list per sentence of the article): nothing keeps an
            // article's tokens, sentences, mentions or clauses once its quotations are attributed.
            var tokens = ReusedLists<Token>.At(p);
            ParagraphTokenizer.Tokenize(text, ranges, tokens);
            var sentences = ReusedLists<(int Start, int End)>.At(p);
            Sentences.Split(tokens, text, sentences);
            var mentionLists = ReusedLists<List<Mention>>.At(p);
            mentionLists.Clear();
            for (var s = 0; s < sentences.Count; s++)
            {
                var (start, end) = sentences[s];
                var mentions = ReusedLists<Mention>.At(sentenceCount++);
                MentionFinder.Find(text, tokens, start, end, mentions);
                mentionLists.Add(mentions);
                foreach (var mention in mentions)
                {
                    if (mention.Kind == MentionKind.Person && !mention.Weak && mention.Name.IndexOf(' ') > 0)
                    {
                        registry.Person(mention.Name, mention.Role, mention.Gender);
                    }
                }
            }

            paragraphs[p] = new ParagraphAnalysis(text, tokens, sentences, mentionLists, ReusedLists<ReportingClause[]?>.At(p));
        }

        ReusedLists<Token>.Trim();
        ReusedLists<(int Start, int End)>.Trim();
        ReusedLists<Mention>.Trim();
        ReusedLists<List<Mention>>.Trim();
        ReusedLists<ReportingClause[]?>.Trim();
        return paragraphs;
    }

    /// <returns>The attribution of the paragraph's last attributed quotation, or null.</returns>
    private static Attribution? AttributeParagraph(
        ParagraphAnalysis paragraph,
        List<QuoteSpec> quotes,
        Attribution?[] attributions,
        EntityRegistry registry,
        PronounResolver resolver,
        Attribution? previousParagraphLast)
    {
        var tokens = paragraph.Tokens;
        Attribution? last = null;
        ReportingClause? latestClause = null;
        var firstQuote = -1;
        var lastQuote = -1;
        for (var s = 0; s < paragraph.Sentences.Count; s++)
        {
            var (start, end) = paragraph.Sentences[s];
            var mentions = paragraph.Mentions[s];
            foreach (var mention in mentions)
            {
                MentionResolver.Resolve(mention, registry, resolver);
            }

            var clauses = paragraph.ClausesOf(s);
            foreach (var clause in clauses)
            {
                // A single unknown word that speaks is a name after all ("…," said Smith).
                if (clause.Subject is { Kind: MentionKind.Person, Entity: null, Anonymous: false } weak)
                {
                    weak.Entity = registry.Person(weak.Name, weak.Role, weak.Gender);
                }
            }

            SpeakerEntity? quoted = null;
            ClauseChooser? chooser = null;
            for (var t = start; t < end; t++)
            {
                if (tokens[t].Kind != TokenKind.Quote || quotes[tokens[t].Quote].Kind == global::NewsCorpus.QuoteKind.Mention)
                {
                    continue;
                }

                var index = tokens[t].Quote;
                firstQuote = firstQuote < 0 ? index : firstQuote;
                lastQuote = index;
                chooser ??= new ClauseChooser(clauses);
                var attribution = FromClause(chooser.Choose(t, tokens))
                    ?? (quotes[index].ContinuesPrevious && index > 0 ? attributions[index - 1] : null)
                    ?? last
                    ?? FromBareSentence(paragraph, s + 1, registry)
                    ?? FromClause(latestClause)
                    ?? (t == 0 && !HasAnyClause(paragraph) ? previousParagraphLast : null)
                    ?? (t == start && s > 0 ? FromNarration(paragraph, s, quotes) : null);
                attributions[index] = attribution;
                if (attribution is not null)
                {
                    last = attribution;
                    quoted ??= attribution.Speaker;
                }
            }

            // The first attribution of a sentence is its outermost: "Lavrov also said that Putin had reiterated …" is Lavrov's.
            foreach (var clause in clauses)
            {
                if (!clause.Weak && clause.Subject.Entity is not null)
                {
                    latestClause = clause;
                    break;
                }
            }

            foreach (var mention in mentions)
            {
                if (mention.Entity is { } entity)
                {
                    resolver.Mentioned(entity);
                }
            }

            resolver.EndSentence(SubjectOf(tokens, clauses, quoted, mentions, start, end), UnnamedSubject(tokens, mentions, start, end));
        }

        // A quotation with no cue right before an attributed one in the same breath: "“A.” “B,” he said."
        for (var i = lastQuote; i >= firstQuote && i >= 0; i--)
        {
            if (attributions[i] is null && i + 1 <= lastQuote && attributions[i + 1] is { } next && quotes[i].Kind != global::NewsCorpus.QuoteKind.Mention
                && OnlySpaceBetween(paragraph.Text, quotes[i].End, quotes[i + 1].Start))
            {
                attributions[i] = next;
                last ??= next;
            }
        }

        return lastQuote >= 0 ? last : null;
    }

    private static Attribution? FromClause(ReportingClause? clause) =>
        clause is null ? null
        : clause.Subject.Entity is { } entity ? new Attribution(entity, clause.Cue)
        : clause.Subject.Anonymous ? new Attribution(null, clause.Cue)
        : null;

    /// <summary>"… “unacceptable”. Said Alexei Zaitsev, Deputy Spokesman …, on Thursday.": a sentence that is only an attribution.</summary>
    private static Attribution? FromBareSentence(ParagraphAnalysis paragraph, int sentence, EntityRegistry registry)
    {
        if (sentence >= paragraph.Sentences.Count)
        {
            return null;
        }

        var (start, end) = paragraph.Sentences[sentence];
        if (end - start > MaxBareSentenceTokens)
        {
            return null;
        }

        for (var t = start; t < end; t++)
        {
            if (paragraph.Tokens[t].Kind == TokenKind.Quote)
            {
                return null;
            }
        }

        var clauses = paragraph.ClausesOf(sentence);
        if (clauses.Length == 0 || clauses[0].Weak || (clauses[0].Verb != start && end - start > ShortSentenceTokens))
        {
            return null;
        }

        var subject = clauses[0].Subject;
        if (subject.Kind is not (MentionKind.Person or MentionKind.Organization))
        {
            return null;
        }

        var entity = subject.Kind == MentionKind.Person
            ? (subject.Weak ? registry.Find(subject.Name) : null) ?? registry.Person(subject.Name, subject.Role, subject.Gender)
            : registry.Organization(subject.Name);
        return new Attribution(entity, clauses[0].Cue);
    }

    private static bool HasAnyClause(ParagraphAnalysis paragraph)
    {
        for (var s = 0; s < paragraph.Sentences.Count; s++)
        {
            foreach (var clause in paragraph.ClausesOf(s))
            {
                if (!clause.Weak)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Who a sentence is about, for the pronouns of the next ones: its speaker, else the first name it gives as subject.</summary>
    private static SpeakerEntity? SubjectOf(List<Token> tokens, ReportingClause[] clauses, SpeakerEntity? quoted, List<Mention> mentions, int start, int end)
    {
        foreach (var clause in clauses)
        {
            if (!clause.Weak && clause.Subject.Entity is { IsMedia: false } speaker)
            {
                return speaker;
            }
        }

        if (quoted is not null)
        {
            return quoted;
        }

        foreach (var mention in mentions)
        {
            // "Virgil van Dijk’s late header gave Liverpool …": a person's possessive opening the sentence is its topic.
            var topic = !mention.Possessive || (mention.First == start && mention.Kind == MentionKind.Person);
            // "The boat belonged to Ali Kaya, who was returning …": a person introduced with "who" is what the sentence is about.
            var introduced = mention.AfterPreposition && mention.Kind == MentionKind.Person && mention.Last + 2 < end
                && tokens[mention.Last + 1].IsPunctuation(',') && tokens[mention.Last + 2].Is("who");
            if ((!mention.AfterPreposition || introduced) && topic && mention.Entity is { } entity)
            {
                return entity;
            }
        }

        return null;
    }

    /// <summary>
    /// "Chile's state-owned copper miner Andarra on Tuesday cut its forecast": the sentence's subject is one capitalized
    /// word nobody in the article is called, with no given name's gender. It may be a body ("the company" later). At
    /// the start of a sentence any word is capitalized ("Shares fell"), so there it counts only with an "its" after it.
    /// </summary>
    private static string? UnnamedSubject(List<Token> tokens, List<Mention> mentions, int start, int end)
    {
        foreach (var mention in mentions)
        {
            if (mention.AfterPreposition || mention.Possessive)
            {
                continue;
            }

            if (mention is not { Kind: MentionKind.Person, Weak: true, Entity: null, Gender: Gender.Unknown })
            {
                return null;
            }

            if (mention.First > start)
            {
                return mention.Name;
            }

            for (var t = mention.Last + 1; t < end; t++)
            {
                if (tokens[t].Is("its"))
                {
                    return mention.Name;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// "Kumar shared a long note on LinkedIn. “Building Tiffinly …”": a quotation opening a sentence, with no cue
    /// anywhere in its paragraph, after sentences that name exactly one person: that person's. Any other name of a
    /// person or body in the paragraph before it, or a quotation already there, leaves it unattributed.
    /// </summary>
    private static Attribution? FromNarration(ParagraphAnalysis paragraph, int sentence, List<QuoteSpec> quotes)
    {
        if (HasAnyClause(paragraph))
        {
            return null;
        }

        SpeakerEntity? person = null;
        for (var s = 0; s < sentence; s++)
        {
            var (start, end) = paragraph.Sentences[s];
            for (var t = start; t < end; t++)
            {
                if (paragraph.Tokens[t].Kind == TokenKind.Quote && quotes[paragraph.Tokens[t].Quote].Kind != global::NewsCorpus.QuoteKind.Mention)
                {
                    return null;
                }
            }

            foreach (var mention in paragraph.Mentions[s])
            {
                // "on LinkedIn", "in Gomel": a place, an outlet or a body after a preposition is where, not who.
                if (mention.Entity is not { } entity || entity.IsPlace || entity.IsMedia
                    || (mention.AfterPreposition && entity.Kind != global::NewsCorpus.SpeakerKind.Person))
                {
                    continue;
                }

                if (entity.Kind != global::NewsCorpus.SpeakerKind.Person || (person is not null && !ReferenceEquals(person, entity)))
                {
                    return null;
                }

                person = entity;
            }
        }

        return person is null ? null : new Attribution(person, null);
    }

    private static bool OnlySpaceBetween(string text, int from, int to)
    {
        if (to - from > 8)
        {
            return false;
        }

        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && !QuoteMark.IsMarkChar(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
