using System.Collections.Generic;

namespace NewsCorpus.Generator.Parsing.Quotes;

/// <summary>
/// Finds the attributions of one sentence. The frames, each a general pattern:
/// <list type="bullet">
/// <item>subject, verb: "Lavrov said", "the ministry added", "X, the minority leader, said", "Moscow also added";</item>
/// <item>verb, subject after a quotation or comma or at the start: "…,” said Kremlin spokesman Dmitry Peskov", "Said X.";</item>
/// <item>a participle after a comma takes the sentence's subject: "Grushko stressed …, adding that …";</item>
/// <item>a verb after "and" or "but" shares the subject: "X welcomed the review but said …";</item>
/// <item>"according to X", and "he was quoted as saying by Y" (the speaker is he, not Y);</item>
/// <item>subject, any verb, colon, quotation: "Djokovic smiled: “…”".</item>
/// </list>
/// </summary>
internal static class CueFrames
{
    private const int MaxSkippedWords = 4;
    private const int MaxAppositionTokens = 16;
    private const int MaxColonWords = 6;

    // Per thread: the clauses of the sentence being read, copied out into an array of their number when it is done.
    [System.ThreadStatic]
    private static List<ReportingClause>? t_found;

    /// <returns>The sentence's clauses, in the order found, in an array of their number (empty for most sentences).</returns>
    public static ReportingClause[] Find(List<Token> tokens, int start, int end, List<Mention> mentions)
    {
        var clauses = ThreadScratch.List(ref t_found);
        var index = new MentionIndex(mentions);
        Mention? main = null;
        foreach (var mention in mentions)
        {
            if (!mention.AfterPreposition && !mention.Possessive)
            {
                main = mention;
                break;
            }
        }

        for (var v = start; v < end; v++)
        {
            var token = tokens[v];
            if (!token.IsWord)
            {
                continue;
            }

            if (token.Is("according") && v + 1 < end && tokens[v + 1].Is("to"))
            {
                if (SubjectAfter(tokens, v + 2, end, index) is { } source)
                {
                    clauses.Add(new ReportingClause(v, source, "according to", weak: false));
                }

                continue;
            }

            if (!token.Has(LexFlags.ReportingVerb) || !ReportingVerbs.TryGet(token.Text, out _, out var form, out var weak))
            {
                continue;
            }

            // A capitalized verb mid-sentence is a name or a title ("the United States").
            if (token.IsCapitalized && v != start)
            {
                continue;
            }

            var cue = Words.Lower(token.Text);
            var previous = v > start ? tokens[v - 1] : default;
            var hasPrevious = v > start;
            Mention? subject = null;
            if (form == VerbForm.Participle)
            {
                if (hasPrevious && previous.Is("as") && v - 2 >= start && tokens[v - 2].Is("quoted"))
                {
                    // "he was quoted as saying by state news agency Tass"
                    subject = SubjectBefore(tokens, start, v - 2, index);
                    cue = "quoted as " + cue;
                }
                else if (hasPrevious && (previous.IsPunctuation(',') || previous.IsPunctuation('\u2014') || previous.Is("while") || previous.Is("before") || previous.Is("after") || previous.Has(FunctionWords.Coordinators)))
                {
                    subject = main is not null && main.Last < v ? main : null;
                }
                else if (hasPrevious && previous.Has(FunctionWords.Auxiliaries))
                {
                    subject = SubjectBefore(tokens, start, v, index);
                }
            }
            else
            {
                if (form == VerbForm.Base && !(hasPrevious && previous.Has(FunctionWords.Auxiliaries)))
                {
                    continue;
                }

                if (IsPassive(tokens, start, v))
                {
                    continue;
                }

                subject = SubjectBefore(tokens, start, v, index);
                if (subject is null && form == VerbForm.Finite && (!hasPrevious || previous.Kind == TokenKind.Quote || previous.IsPunctuation(',')
                    || previous.IsPunctuation(':') || previous.IsPunctuation('\u2014') || previous.IsPunctuation('\u2013') || previous.IsPunctuation('-')))
                {
                    subject = SubjectAfter(tokens, v + 1, end, index);
                }

                if (subject is null && hasPrevious && previous.Has(FunctionWords.Coordinators) && main is not null && main.Last < v)
                {
                    subject = main;
                }
            }

            if (subject is not null)
            {
                clauses.Add(new ReportingClause(v, subject, cue, weak));
            }
        }

        AddColonFrames(tokens, start, end, index, clauses);
        return clauses.ToArray();
    }

    /// <summary>
    /// "Djokovic smiled: “…”", "He shook his head: “…”": a subject opening its clause, any verb and a colon right
    /// before a quotation introduce it, whether or not the verb is a reporting verb; the verb is the cue. A verb
    /// of "is", "has" and the like is not taken ("The rule is simple: “…”" is nobody's).
    /// </summary>
    private static void AddColonFrames(List<Token> tokens, int start, int end, MentionIndex mentions, List<ReportingClause> clauses)
    {
        var found = clauses.Count;
        for (var colon = start + 2; colon + 1 < end; colon++)
        {
            if (!tokens[colon].IsPunctuation(':') || tokens[colon + 1].Kind != TokenKind.Quote)
            {
                continue;
            }

            for (var first = colon - 1; first > start && colon - first <= MaxColonWords && tokens[first].IsWord && !tokens[first].IsCapitalized; first--)
            {
                if (mentions.EndingAt(first - 1) is not { } subject)
                {
                    continue;
                }

                var opens = subject.First == start || tokens[subject.First - 1].Kind == TokenKind.Quote || tokens[subject.First - 1].IsPunctuation(',')
                    || tokens[subject.First - 1].Has(FunctionWords.Coordinators);
                var verb = first;
                while (verb < colon && tokens[verb].Has(NameLexicon.BetweenSubjectAndVerb))
                {
                    verb++;
                }

                if (opens && CanBeSubject(subject) && verb < colon && !tokens[verb].Has(NotVerbs) && !HasClause(clauses, found, subject.First, colon))
                {
                    clauses.Add(new ReportingClause(verb, subject, Words.Lower(tokens[verb].Text), weak: false));
                }

                break;
            }
        }
    }

    private const LexFlags NotVerbs = LexFlags.PhraseBreak | LexFlags.Preposition | LexFlags.Definite | LexFlags.Indefinite | LexFlags.Coordinator | LexFlags.Auxiliary;

    /// <summary>
    /// "X added with a laugh: “…”" is already the clause of "added". The first <paramref name="count"/> clauses are
    /// in verb order (found left to right), so a binary search keeps a sentence of thousands of quotations n log n.
    /// </summary>
    private static bool HasClause(List<ReportingClause> clauses, int count, int from, int to)
    {
        int low = 0, high = count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (clauses[middle].Verb < from)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low < count && clauses[low].Verb < to;
    }

    /// <summary>The mention that is the subject of a verb at <paramref name="verb"/>: right before it, past adverbs and one apposition.</summary>
    private static Mention? SubjectBefore(List<Token> tokens, int start, int verb, MentionIndex mentions)
    {
        var j = verb - 1;
        var skipped = 0;
        while (j >= start && skipped < MaxSkippedWords && tokens[j].Has(NameLexicon.BetweenSubjectAndVerb))
        {
            j--;
            skipped++;
        }

        if (j < start)
        {
            return null;
        }

        if (mentions.EndingAt(j) is { } adjacent && CanBeSubject(adjacent))
        {
            return adjacent;
        }

        if (!tokens[j].IsPunctuation(','))
        {
            return null;
        }

        // "X, the company's chief financial officer, told …", "Desai, who took office in January, said …"
        if (j - 1 >= start && mentions.EndingAt(j - 1) is { } beforeComma && CanBeSubject(beforeComma))
        {
            return beforeComma;
        }

        for (var k = j - 1; k >= start && j - k <= MaxAppositionTokens; k--)
        {
            if (tokens[k].IsPunctuation(','))
            {
                return k - 1 >= start && mentions.EndingAt(k - 1) is { } named && CanBeSubject(named) ? named : null;
            }

            if (tokens[k].IsWord && ReportingVerbs.TryGet(tokens[k].Text, out _, out var form, out var weak) && form == VerbForm.Finite && !weak)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The mention that follows an inverted verb or "according to", past "the" and a few lower-case words of a
    /// title the lexicon does not know: "said harbour master Piet de Vries" (role "harbour master").
    /// </summary>
    private static Mention? SubjectAfter(List<Token> tokens, int from, int end, MentionIndex mentions)
    {
        for (var k = from; k < end && k - from <= MaxSkippedWords; k++)
        {
            if (mentions.StartingAt(k) is { } mention)
            {
                if (k > from && mention.Kind == MentionKind.Person && mention.Role is null && !tokens[from].Is("the"))
                {
                    mention.Role = string.Join(" ", tokens.GetRange(from, k - from).ConvertAll(t => t.Text));
                    mention.Weak = false;
                }

                return mention;
            }

            var token = tokens[k];
            if (!token.IsWord || token.IsCapitalized || token.Has(LexFlags.PhraseBreak | LexFlags.Preposition | LexFlags.ReportingVerb | LexFlags.Auxiliary | LexFlags.Indefinite))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"Ms Lopez, stranded in Denver, said": a name after a preposition, or a possessive, is never the subject.</summary>
    private static bool CanBeSubject(Mention mention) => !mention.Possessive && !mention.AfterPreposition;

    /// <summary>"the president had been briefed": a passive verb's subject is not the speaker.</summary>
    private static bool IsPassive(List<Token> tokens, int start, int verb)
    {
        var j = verb - 1;
        while (j >= start && tokens[j].Has(NameLexicon.BetweenSubjectAndVerb) && !IsBe(tokens[j]))
        {
            j--;
        }

        return j >= start && IsBe(tokens[j]) && !tokens[verb].Text.EndsWith("ing", System.StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsBe(Token token) =>
        token.Is("been") || token.Is("be") || token.Is("being") || token.Is("was") || token.Is("were") || token.Is("is") || token.Is("are");

    /// <summary>Mentions by first and last token, so each verb finds its subject quickly.</summary>
    /// <remarks>
    /// A sentence has a handful of mentions: the list scanned from the end replaces two dictionaries (which cost
    /// more to build than all the lookups). It must answer as the dictionaries did, where a later write wins:
    /// mention by mention, Last then AppositionEnd. Nothing here moves a mention's tokens, so the list is read as
    /// it is, with no copy.
    /// </remarks>
    private readonly struct MentionIndex
    {
        private readonly List<Mention> _mentions;

        public MentionIndex(List<Mention> mentions) => _mentions = mentions;

        public Mention? StartingAt(int token)
        {
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                if (_mentions[i].First == token)
                {
                    return _mentions[i];
                }
            }

            return null;
        }

        public Mention? EndingAt(int token)
        {
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var mention = _mentions[i];
                if ((mention.AppositionEnd >= 0 && mention.AppositionEnd == token) || mention.Last == token)
                {
                    return mention;
                }
            }

            return null;
        }
    }
}
