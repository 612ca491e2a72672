using System;
using System.Collections.Generic;
using System.Text;
using EntityKind = global::NewsCorpus.EntityKind;

namespace NewsCorpus.Generator.Parsing.Entities;

/// <summary>
/// Finds the names in one article by rule: runs of capitalized words (joined by "of", "de", "bin"…), with
/// sentence-initial words, titles and honorifics set aside; then the run is a known place, agency or
/// organization (lexicons), an organization by its head word ("… Ministry"), a person (a title before it, a
/// given name, a reporting verb after it, its surname used alone elsewhere), or nothing.
/// </summary>
internal sealed class EntityCandidateFinder
{
    private static readonly HashSet<string> s_particles = new(StringComparer.Ordinal)
    {
        "de", "del", "della", "di", "da", "dos", "das", "du", "van", "von", "der", "den", "al", "bin", "ibn", "la", "le", "el", "y",
    };

    private static readonly HashSet<string> s_speechVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "added", "adds", "stated", "states", "told", "tells", "noted", "notes", "stressed",
        "stresses", "emphasized", "emphasised", "emphasizes", "emphasises", "warned", "warns", "continued",
        "insisted", "insists", "wrote", "writes", "tweeted", "tweets", "posted", "explained", "explains", "argued",
        "argues", "claimed", "claims", "declared", "declares", "announced", "announces", "asked", "asks", "replied",
        "replies", "responded", "confirmed", "confirms", "denied", "denies", "highlighted", "underlined", "urged",
        "urges", "believes", "believed", "thinks", "spoke", "speaks", "accused", "accuses", "recalled", "recalls",
        "suggested", "suggests", "admitted", "admits", "acknowledged", "reiterated", "reiterates", "commented",
        "remarked", "observed", "predicted", "promised", "vowed", "pledged", "threatened", "demanded", "told",
    };

    private static readonly HashSet<string> s_verbBridges = new(StringComparer.Ordinal)
    {
        "also", "has", "had", "have", "then", "later", "again", "previously", "earlier", "further", "once", "repeatedly",
    };

    private readonly List<TextUnit> _units;
    private readonly HashSet<string> _lowercaseWords;
    private readonly HashSet<string> _midSentenceKeys;
    private readonly HashSet<string> _standaloneWords;
    private readonly HashSet<string> _midSentenceWords;
    private readonly HashSet<string> _speakerKeys;
    private bool _midSentenceKeysFound;
    private readonly List<EntityCandidate> _body;
    private readonly List<EntityCandidate> _headline;

    // The word sets (and the headline's map of the body's names) are only read while Find runs, and a thread runs
    // one Find at a time: they are emptied and reused for each article instead of grown anew (ThreadScratch).
    [ThreadStatic]
    private static HashSet<string>?[]? t_sets;

    // The units and the candidate lists too: the grouper reads the candidates right after Find, and nothing keeps
    // the lists once the article's entities are made (as with the tokens, ReusedLists).
    [ThreadStatic]
    private static List<TextUnit>? t_units;

    [ThreadStatic]
    private static List<EntityCandidate>? t_body;

    [ThreadStatic]
    private static List<EntityCandidate>? t_headline;

    [ThreadStatic]
    private static Dictionary<string, EntityKind>? t_bodyKinds;

    private EntityCandidateFinder(string title, IReadOnlyList<string> paragraphs, IReadOnlyList<string> speakerNames)
    {
        var sets = t_sets ??= new HashSet<string>?[5];
        _lowercaseWords = ThreadScratch.HashSet(ref sets[0], StringComparer.Ordinal);
        _midSentenceKeys = ThreadScratch.HashSet(ref sets[1], StringComparer.Ordinal);
        _standaloneWords = ThreadScratch.HashSet(ref sets[2], StringComparer.Ordinal);
        _midSentenceWords = ThreadScratch.HashSet(ref sets[3], StringComparer.Ordinal);
        _speakerKeys = ThreadScratch.HashSet(ref sets[4], StringComparer.Ordinal);
        _units = ThreadScratch.List(ref t_units);
        _body = ThreadScratch.List(ref t_body);
        _headline = ThreadScratch.List(ref t_headline);

        // By index: a foreach over the read-only list boxed an enumerator per article.
        for (var s = 0; s < speakerNames.Count; s++)
        {
            var name = speakerNames[s];
            _speakerKeys.Add(EntityKeys.Key(name));
            _speakerKeys.Add(EntityKeys.LastWordKey(name));
        }

        // Each paragraph's token and run lists are reused from article to article (ReusedLists): nothing keeps a
        // finder's tokens once its candidates are grouped.
        for (var u = 0; u <= paragraphs.Count; u++)
        {
            var tokens = ReusedLists<EntityToken>.At(u);
            if (u == 0)
            {
                EntityText.Tokenize(title, tokens);
                _units.Add(new TextUnit(-1, title, tokens, Spans: null));
                continue;
            }

            // The body's runs are read twice (Survey, then Process): found once.
            var p = u - 1;
            EntityText.Tokenize(paragraphs[p], tokens);
            var spans = ReusedLists<Run>.At(p);
            RawSpans(tokens, spans);
            _units.Add(new TextUnit(p, paragraphs[p], tokens, spans));
        }

        ReusedLists<EntityToken>.Trim();
        ReusedLists<Run>.Trim();
    }

    /// <summary>The body's candidates in reading order.</summary>
    public IReadOnlyList<EntityCandidate> Body => _body;

    /// <summary>The headline's candidates: headlines capitalize every word, so these only confirm names found in the body.</summary>
    public IReadOnlyList<EntityCandidate> Headline => _headline;

    public static EntityCandidateFinder Find(string title, IReadOnlyList<string> paragraphs, IReadOnlyList<string> speakerNames)
    {
        var finder = new EntityCandidateFinder(title, paragraphs, speakerNames);
        finder.Survey();
        foreach (var unit in finder._units)
        {
            if (unit.Paragraph >= 0)
            {
                foreach (var (from, to) in unit.Spans!)
                {
                    finder.Process(unit, from, to, finder._body);
                }
            }
        }

        finder.ScanHeadline(finder._units[0]);
        return finder;
    }

    /// <summary>
    /// Headlines capitalize every word ("Lavrov Says Talks With Washington Are Going Nowhere"), so a capitalized
    /// run means nothing there. Only known names and names the body uses are taken, longest first.
    /// </summary>
    private void ScanHeadline(TextUnit unit)
    {
        var bodyKinds = ThreadScratch.Dictionary(ref t_bodyKinds, StringComparer.Ordinal);
        foreach (var candidate in _body)
        {
            // The candidate's own keys: computed once here, and the grouper asks them again.
            var key = candidate.Key;
            if (!bodyKinds.ContainsKey(key))
            {
                bodyKinds[key] = candidate.Kind;
            }

            if (candidate.Kind == EntityKind.Person && candidate.WordCount > 1)
            {
                var surname = candidate.LastWordKey;
                if (!bodyKinds.ContainsKey(surname))
                {
                    bodyKinds[surname] = EntityKind.Person;
                }
            }
        }

        var tokens = unit.Tokens;
        var i = 0;
        while (i < tokens.Count)
        {
            var next = i + 1;
            if (tokens[i].IsCapitalized && !tokens[i].Is(FillerWords))
            {
                for (var end = Math.Min(tokens.Count - 1, i + 5); end >= i; end--)
                {
                    if (!IsHeadlineRun(tokens, i, end))
                    {
                        continue;
                    }

                    var surface = Surface(unit, i, end);
                    var key = EntityKeys.Key(surface);
                    var known = EntityLexicon.Find(surface, key);
                    var inBody = bodyKinds.TryGetValue(key, out var kind);
                    if (known is null && !inBody)
                    {
                        continue;
                    }

                    _headline.Add(end == i
                        ? new EntityCandidate(surface, EntityKind.Person, -1, tokens[i].Start, tokens[end].End) { Pending = true, Known = known }
                        : known is not null ? Known(unit, i, end, known)
                        : new EntityCandidate(surface, kind, -1, tokens[i].Start, tokens[end].End));
                    next = end + 1;
                    break;
                }
            }

            i = next;
        }
    }

    /// <summary>Words that can be one name in a headline: joined by spaces, capitalized, or a connector inside.</summary>
    private static bool IsHeadlineRun(List<EntityToken> tokens, int from, int to)
    {
        for (var i = from; i <= to; i++)
        {
            if (i > from && (!tokens[i].Joined || tokens[i - 1].Possessive))
            {
                return false;
            }

            if (!tokens[i].IsCapitalized && (i == from || i == to || !IsConnector(tokens[i].Text)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// First pass over the body: which words occur in lower case, and which names occur mid-sentence or alone (the
    /// runs that occur mid-sentence are found when first asked for: <see cref="MidSentenceKeys"/>).
    /// </summary>
    private void Survey()
    {
        // Process asks whether a word occurs in lower case only of the first word of a run at a sentence start, once
        // fillers are skipped, and asks it of the word lower-cased. The cells (first character and length) of those
        // lowered words are marked first, so that the lower-case words no question can be about, most words of a
        // text, are not recorded. A word's capitalized form is on the same lists as its lower-case form (both are
        // looked up lower-cased), so a filler in lower case is never asked about either.
        Span<ulong> asked = stackalloc ulong[AskedCells / 64];
        foreach (var unit in _units)
        {
            if (unit.Paragraph < 0)
            {
                continue;
            }

            var tokens = unit.Tokens;
            for (var t = 0; t < tokens.Count; t++)
            {
                var token = tokens[t];
                if (token.SentenceStart && !IsSkippedFiller(token))
                {
                    // Lower-casing keeps the length and lowers an ASCII first letter to ASCII: the cell of the
                    // lowered word is known without lowering it, but for a word that opens with another letter.
                    var text = token.Text;
                    var cell = AskedCell(text[0] < 0x80 ? text : LowerInvariant(text));
                    asked[cell >> 6] |= 1UL << (cell & 63);
                }
            }
        }

        foreach (var unit in _units)
        {
            if (unit.Paragraph < 0)
            {
                continue;
            }

            var tokens = unit.Tokens;
            for (var t = 0; t < tokens.Count; t++)
            {
                var token = tokens[t];
                if (token.Text.Length > 0 && char.IsLower(token.Text[0]))
                {
                    if (!IsSkippedFiller(token) && IsMarked(asked, AskedCell(token.Text)))
                    {
                        _lowercaseWords.Add(token.Text);
                    }
                }
                else if (token.IsCapitalized && !token.SentenceStart)
                {
                    _midSentenceWords.Add(EntityKeys.Key(token.Text));
                }
            }

            foreach (var (rawFrom, to) in unit.Spans!)
            {
                var from = NameStart(tokens, rawFrom, to);
                if (from == to)
                {
                    _standaloneWords.Add(EntityKeys.Key(tokens[from].Text));
                }
            }
        }
    }

    private const int AskedCells = 512;

    private static bool IsMarked(Span<ulong> cells, int cell) => (cells[cell >> 6] & (1UL << (cell & 63))) != 0;

    /// <summary>A cell of <see cref="Survey"/>'s marks: equal words share one, and so do words that differ in the case of an ASCII first letter.</summary>
    private static int AskedCell(string word) => (((word[0] < 0x80 ? word[0] | 0x20 : word[0]) * 31) + word.Length) & (AskedCells - 1);

    /// <summary>A filler Process passes over before it asks anything of a run's first word.</summary>
    private static bool IsSkippedFiller(EntityToken token) => token.Is(FillerWords) && !token.Is(WordClass.Honorific);

    /// <summary>The first word of a run that can start a name: fillers and connectors skipped; past <paramref name="to"/> when none.</summary>
    private static int NameStart(List<EntityToken> tokens, int from, int to)
    {
        while (from <= to && (tokens[from].Is(FillerWords) || IsConnector(tokens[from].Text)))
        {
            from++;
        }

        return from;
    }

    /// <summary>
    /// The keys of the runs that occur mid-sentence, fillers in front aside. Only some articles ever ask
    /// (<see cref="IsTrusted"/>), after Survey: found when first asked for.
    /// </summary>
    private HashSet<string> MidSentenceKeys()
    {
        if (!_midSentenceKeysFound)
        {
            _midSentenceKeysFound = true;
            foreach (var unit in _units)
            {
                if (unit.Paragraph < 0)
                {
                    continue;
                }

                foreach (var (rawFrom, to) in unit.Spans!)
                {
                    var from = NameStart(unit.Tokens, rawFrom, to);
                    if (from <= to && !unit.Tokens[from].SentenceStart)
                    {
                        _midSentenceKeys.Add(EntityKeys.Key(Surface(unit, from, to)));
                    }
                }
            }
        }

        return _midSentenceKeys;
    }

    /// <summary>Maximal runs of capitalized words, joined only by white space or a connector ("Ministry of Foreign Affairs").</summary>
    private static void RawSpans(List<EntityToken> tokens, List<Run> spans)
    {
        spans.Clear();
        var i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsCapitalized)
            {
                i++;
                continue;
            }

            var end = i;
            var hasHead = tokens[i].Is(HeadWords);
            var hasOf = false;
            while (!tokens[end].Possessive)
            {
                var next = end + 1;
                if (next >= tokens.Count || !tokens[next].Joined)
                {
                    break;
                }

                if (tokens[next].IsCapitalized)
                {
                    end = next;
                    hasHead |= tokens[next].Is(HeadWords);
                    continue;
                }

                var after = next;
                while (after < tokens.Count && after - next < 2 && tokens[after].Joined && ConnectorAllowed(tokens, after, next, hasHead, hasOf))
                {
                    after++;
                }

                if (after > next && after < tokens.Count && tokens[after].Joined && tokens[after].IsCapitalized)
                {
                    for (var c = next; c < after; c++)
                    {
                        hasOf |= tokens[c].Text is "of" or "for";
                    }

                    end = after;
                    continue;
                }

                break;
            }

            spans.Add(new Run(i, end));
            i = end + 1;
        }
    }

    private static bool ConnectorAllowed(List<EntityToken> tokens, int index, int first, bool hasHead, bool hasOf)
    {
        var word = tokens[index].Text;
        if (word is "of" or "for" || IsParticle(word))
        {
            return true;
        }

        if (word == "the")
        {
            return index > first && tokens[index - 1].Text is "of" or "for";
        }

        // "Ministry of Trade and Industry", "Organization for Security and Co-operation in Europe".
        return word is "and" or "in" or "on" && index == first && hasHead && hasOf;
    }

    private static bool IsConnector(string word) => word is "of" or "for" or "the" or "and" or "in" or "on" || IsParticle(word);

    /// <summary>
    /// On <see cref="s_particles"/>. Asked mostly of capitalized words, and every particle is written in lower case:
    /// the first letter is compared before the set is looked in.
    /// </summary>
    private static bool IsParticle(string word) => word.Length > 0 && char.IsLower(word[0]) && s_particles.Contains(word);

    // Word classes asked about together: a word's classes are one lexicon lookup, whatever the mask.
    private const WordClass FillerWords = WordClass.Function | WordClass.Time;
    private const WordClass RoleWords = WordClass.Title | WordClass.Modifier | WordClass.Demonym | WordClass.Honorific;
    private const WordClass HeadWords = WordClass.Head | WordClass.LeadingHead;

    private void Process(TextUnit unit, int from, int to, List<EntityCandidate> output)
    {
        var tokens = unit.Tokens;

        // Words capitalized only because they open a sentence: "For the Foreign Ministry", "Said Alexei Zaitsev".
        while (from <= to)
        {
            var token = tokens[from];
            if (IsSkippedFiller(token))
            {
                from++;
            }
            else if (IsConnector(token.Text))
            {
                from++;
            }
            else if (token.SentenceStart && _lowercaseWords.Contains(LowerInvariant(token.Text)) && !token.Is(RoleWords) && !IsTrusted(unit, from, to))
            {
                from++;
            }
            else
            {
                break;
            }
        }

        while (to >= from && IsConnector(tokens[to].Text))
        {
            to--;
        }

        if (from > to)
        {
            return;
        }

        Classify(unit, from, to, output);
    }

    /// <summary><c>word.ToLowerInvariant()</c>, memoized: asked of every run's first word, and sentences open with the same few words.</summary>
    private static string LowerInvariant(string word) => KeyMemo.Get(ref t_lowered, word, s_lowerInvariant);

    private static readonly Func<string, string> s_lowerInvariant = word => word.ToLowerInvariant();

    [ThreadStatic]
    private static Dictionary<string, string>? t_lowered;

    /// <summary>A run seen in the middle of a sentence, or a known name, keeps its first word even at a sentence start.</summary>
    private bool IsTrusted(TextUnit unit, int from, int to)
    {
        var surface = Surface(unit, from, to);
        var key = EntityKeys.Key(surface);
        return MidSentenceKeys().Contains(key) || (to > from && EntityLexicon.Find(surface, key) is not null);
    }

    private void Classify(TextUnit unit, int from, int to, List<EntityCandidate> output)
    {
        var tokens = unit.Tokens;
        var surface = Surface(unit, from, to);

        // The surface's key, worked out once for the lexicon's questions below.
        var key = EntityKeys.Key(surface);
        if (EntityLexicon.IsNotNameKey(key))
        {
            return;
        }

        if (from == to)
        {
            ClassifyWord(unit, from, output, role: null, evidence: false);
            return;
        }

        if (EntityLexicon.Find(surface, key) is { } known)
        {
            output.Add(Known(unit, from, to, known));
            return;
        }

        // "Russian Deputy Foreign Minister Sergei Ryabkov", "Mr Ermakov": the last title or honorific ends the role.
        var last = -1;
        for (var i = to; i >= from && last < 0; i--)
        {
            if (tokens[i].Is(WordClass.Title | WordClass.Honorific))
            {
                last = i;
            }
        }

        // "Office of the President" is an organization; "Spokesman of the Russian Ministry …" is a role before one.
        if (last >= 0 && (last < to || !IsOrganization(tokens, from, to)))
        {
            ClassifyAfterRole(unit, from, last, to, output);
            return;
        }

        if (IsOrganization(tokens, from, to))
        {
            output.Add(new EntityCandidate(surface, EntityKind.Organization, unit.Paragraph, tokens[from].Start, tokens[to].End));
            return;
        }

        if (LooksLikePersonName(tokens, from, to))
        {
            var role = RoleBefore(unit, from) ?? RoleAfter(unit.Text, tokens[to].End);
            if (role is not null || HasPersonEvidence(unit, from, to))
            {
                output.Add(new EntityCandidate(surface, EntityKind.Person, unit.Paragraph, tokens[from].Start, tokens[to].End) { Role = role, Evidence = true });
                return;
            }
        }

        ScanKnown(unit, from, to, output);
    }

    private void ClassifyAfterRole(TextUnit unit, int from, int last, int to, List<EntityCandidate> output)
    {
        var tokens = unit.Tokens;

        // The role itself may name a place or an organization: "U.S. Defense Secretary", "Kremlin Spokesman".
        ScanKnown(unit, from, last - 1, output);

        var name = last + 1;
        while (name <= to && (IsConnector(tokens[name].Text) || tokens[name].Is(WordClass.Modifier)))
        {
            name++;
        }

        if (name > to)
        {
            return;
        }

        var rest = Surface(unit, name, to);
        if (EntityLexicon.Find(rest) is { } known && name < to)
        {
            output.Add(Known(unit, name, to, known));
            return;
        }

        if (IsOrganization(tokens, name, to))
        {
            output.Add(new EntityCandidate(rest, EntityKind.Organization, unit.Paragraph, tokens[name].Start, tokens[to].End));
            return;
        }

        var role = RoleText(unit, from, last);
        if (name == to)
        {
            ClassifyWord(unit, name, output, role, evidence: true);
            return;
        }

        if (to - name < 4 && LooksLikePersonName(tokens, name, to))
        {
            output.Add(new EntityCandidate(rest, EntityKind.Person, unit.Paragraph, tokens[name].Start, tokens[to].End)
            {
                Role = role ?? RoleAfter(unit.Text, tokens[to].End),
                Evidence = true,
            });
            return;
        }

        ScanKnown(unit, name, to, output);
    }

    /// <summary>A single capitalized word: its meaning depends on the rest of the article, so most are decided later.</summary>
    private void ClassifyWord(TextUnit unit, int index, List<EntityCandidate> output, string? role, bool evidence)
    {
        var token = unit.Tokens[index];
        var word = token.Text;
        if (token.Is(FillerWords | RoleWords | WordClass.Head) || EntityLexicon.IsNotName(word) || !HasLetter(word))
        {
            return;
        }

        var candidate = new EntityCandidate(word, EntityKind.Person, unit.Paragraph, token.Start, token.End)
        {
            Pending = true,
            Role = role ?? RoleBefore(unit, index) ?? RoleAfter(unit.Text, token.End),
        };
        candidate.Evidence = evidence || candidate.Role is not null
            || ((SpeechVerbAfter(unit.Tokens, index) || _speakerKeys.Contains(candidate.Key)) && !IsPositionalPlural(word));

        var known = EntityLexicon.Find(word, candidate.Key);
        candidate.Known = known;
        if (known is null && token.IsAllCaps && EntityKeys.Acronym(word).Length <= 6 && !candidate.Evidence)
        {
            // An unknown acronym ("ZSU"): an organization, decided once the article's full names are known
            // (the expansion in front of it when bracketed, or the one whose initials it is).
            candidate.Kind = EntityKind.Organization;
        }

        if (IsBracketed(unit.Text, token) && output.Count > 0)
        {
            var previous = output[output.Count - 1];
            if (previous.Paragraph == unit.Paragraph && previous.Kind != EntityKind.Person && IsJustBefore(unit.Text, previous.End, token.Start))
            {
                candidate.AcronymOf = previous;
            }
        }

        output.Add(candidate);
    }

    /// <summary>
    /// A reporting verb or a quotation alone does not make a lone capitalized word a person when the article only
    /// ever writes it at the start of a sentence and it has the form of a plural noun: "Analysts warned …",
    /// "Critics say …", "Residents said …" are common nouns capitalized by position, and no word list can name
    /// them all. A real one-word name has other evidence: it also occurs mid-sentence (or inside a fuller name),
    /// it is a known given name, or a title or honorific stands before it; a surname of a full name in the article
    /// is resolved before this matters. A singular-looking surname ("Berg said …") keeps the reporting verb as
    /// evidence, as a surname alone is how many articles name a person.
    /// </summary>
    private bool IsPositionalPlural(string word) =>
        LooksPlural(word) && !_midSentenceWords.Contains(EntityKeys.Key(word)) && !EntityLexicon.IsGivenName(word);

    /// <summary>An English plural ending ("-s", not "-ss", "-us", "-is"): "Analysts", "Critics", "Protesters".</summary>
    private static bool LooksPlural(string word) =>
        word.Length > 3 && word[word.Length - 1] == 's' && word[word.Length - 2] is not ('s' or 'u' or 'i' or '\'' or '\u2019');

    /// <summary>Known names inside a run that is not itself a name ("Written US" → "US"), longest first.</summary>
    private void ScanKnown(TextUnit unit, int from, int to, List<EntityCandidate> output)
    {
        var tokens = unit.Tokens;
        var i = from;
        while (i <= to)
        {
            var matched = false;
            for (var end = Math.Min(to, i + 5); end >= i; end--)
            {
                if (EntityLexicon.Find(Surface(unit, i, end)) is { } known)
                {
                    output.Add(Known(unit, i, end, known));
                    i = end + 1;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                i++;
            }
        }
    }

    private static EntityCandidate Known(TextUnit unit, int from, int to, LexiconEntry known) =>
        new(Surface(unit, from, to), known.Kind, unit.Paragraph, unit.Tokens[from].Start, unit.Tokens[to].End) { Known = known };

    private static bool IsOrganization(List<EntityToken> tokens, int from, int to)
    {
        if (to <= from)
        {
            return false;
        }

        if (tokens[to].Is(WordClass.Head))
        {
            return true;
        }

        for (var i = from; i < to; i++)
        {
            if (tokens[i].Is(WordClass.LeadingHead) && tokens[i + 1].Text is "of" or "for")
            {
                return true;
            }
        }

        return false;
    }

    private static bool LooksLikePersonName(List<EntityToken> tokens, int from, int to)
    {
        if (to - from > 3)
        {
            return false;
        }

        for (var i = from; i <= to; i++)
        {
            var word = tokens[i].Text;
            if (i > from && i < to && IsParticle(word))
            {
                continue;
            }

            var initial = word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';
            if (!tokens[i].IsCapitalized || (tokens[i].IsAllCaps && !initial) || !HasLetter(word) || HasDigit(word)
                || tokens[i].Is(FillerWords | (RoleWords & ~WordClass.Honorific) | WordClass.Head)
                || EntityLexicon.IsNotName(word))
            {
                return false;
            }

            if (i < to && tokens[i].Possessive)
            {
                return false;
            }
        }

        return true;
    }

    private bool HasPersonEvidence(TextUnit unit, int from, int to)
    {
        var tokens = unit.Tokens;
        var first = tokens[from].Text;
        var last = tokens[to].Text;
        return EntityLexicon.IsGivenName(first)
            || (first.Length == 2 && first[1] == '.')
            || SpeechVerbAfter(tokens, to)
            || _standaloneWords.Contains(EntityKeys.Key(last))
            || _speakerKeys.Contains(EntityKeys.Key(Surface(unit, from, to)));
    }

    private static bool SpeechVerbAfter(List<EntityToken> tokens, int index)
    {
        var next = index + 1;
        for (var bridges = 0; next < tokens.Count && tokens[next].Joined && bridges < 3; bridges++, next++)
        {
            var word = tokens[next].Text;
            if (s_speechVerbs.Contains(word))
            {
                return true;
            }

            if (!s_verbBridges.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A role in lower case right before the name: "Kremlin spokesman Dmitry Peskov".</summary>
    private static string? RoleBefore(TextUnit unit, int from)
    {
        var tokens = unit.Tokens;
        if (from == 0 || !tokens[from].Joined || !tokens[from - 1].Is(WordClass.Title) || tokens[from - 1].Possessive)
        {
            return null;
        }

        var begin = from - 1;
        while (begin > 0 && tokens[begin].Joined)
        {
            var previous = tokens[begin - 1];
            var fits = previous.Is(WordClass.Title | WordClass.Modifier | WordClass.Demonym)
                || (previous.IsCapitalized && !previous.Is(FillerWords));
            if (!fits)
            {
                break;
            }

            begin--;
            if (previous.SentenceStart)
            {
                break;
            }
        }

        return Collapse(unit.Text, tokens[begin].Start, tokens[from - 1].End);
    }

    /// <summary>A role in apposition: "Alexei Zaitsev, Deputy Spokesman of the …," or "Boris Johnson [former UK Prime Minister]".</summary>
    private static string? RoleAfter(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i >= text.Length || text[i] is not (',' or '[' or '('))
        {
            return null;
        }

        var stops = text[i] switch
        {
            '[' => s_bracketStops,
            '(' => s_parenthesisStops,
            _ => s_commaStops,
        };
        var start = i + 1;
        var stop = text.IndexOfAny(stops, start);

        // The role ends at the stop or at an earlier sentence end: the rest of the paragraph is not looked at.
        var sentenceEnd = IndexOfSentenceEnd(text, start, stop < 0 ? text.Length : stop);
        if (stop < 0 || sentenceEnd >= 0)
        {
            stop = sentenceEnd;
        }

        if (stop < 0)
        {
            return null;
        }

        // The segment's words are its runs of non-space characters (as in Collapse, then Words): read in place,
        // as most segments have no title and nothing of them is kept.
        var words = 0;
        var hasTitle = false;
        var roleStart = -1;
        for (var at = start; at < stop;)
        {
            if (char.IsWhiteSpace(text[at]))
            {
                at++;
                continue;
            }

            var wordStart = at;
            while (at < stop && !char.IsWhiteSpace(text[at]))
            {
                at++;
            }

            if (++words > 12)
            {
                return null;
            }

            if (words == 1)
            {
                var first = EntityText.Substring(text, wordStart, at - wordStart);
                if (LowerInvariant(first) is "a" or "an" or "the" or "another")
                {
                    continue;
                }

                if (EntityLexicon.IsFunctionWord(first))
                {
                    return null;
                }
            }

            roleStart = roleStart < 0 ? wordStart : roleStart;
            var trimmed = at;
            while (trimmed > wordStart && EntityText.IsApostrophe(text[trimmed - 1]))
            {
                trimmed--;
            }

            hasTitle = hasTitle || EntityLexicon.IsTitle(EntityText.Substring(text, wordStart, trimmed - wordStart));
        }

        // The words after a leading article, joined by single spaces.
        return hasTitle ? Collapse(text, roleStart, stop) : null;
    }

    private static readonly char[] s_bracketStops = { ']' };
    private static readonly char[] s_parenthesisStops = { ')' };
    private static readonly char[] s_commaStops = { ',', ';', ':', ')', '\u201D', '"', '\u2014' };

    /// <summary>
    /// Where a sentence ends from <paramref name="start"/> on and before <paramref name="limit"/>: a dot, ! or ? followed
    /// by a space or the end, not after an initial; -1 when none does.
    /// </summary>
    private static int IndexOfSentenceEnd(string text, int start, int limit)
    {
        for (var i = start; i < limit; i++)
        {
            if (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])) && !(i > 0 && char.IsUpper(text[i - 1]) && (i < 2 || !char.IsLetter(text[i - 2]) || text[i - 2] == '.')))
            {
                return i;
            }
        }

        return -1;
    }

    private static string? RoleText(TextUnit unit, int from, int last)
    {
        var tokens = unit.Tokens;
        var begin = from;
        while (begin <= last && tokens[begin].Is(WordClass.Honorific))
        {
            begin++;
        }

        // Honorifics only ("Mr Ermakov"): evidence of a person, but no role.
        var end = last;
        while (end >= begin && tokens[end].Is(WordClass.Honorific))
        {
            end--;
        }

        return begin > end ? null : Collapse(unit.Text, tokens[begin].Start, tokens[end].End);
    }

    private static bool IsBracketed(string text, EntityToken token)
    {
        var before = token.Start - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        var after = token.End;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        return before >= 0 && text[before] == '(' && after < text.Length && text[after] == ')';
    }

    private static bool IsJustBefore(string text, int end, int start)
    {
        for (var i = end; i < start; i++)
        {
            if (text[i] is not (' ' or '('))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words of a run joined by single spaces: the name as a reader would write it.</summary>
    private static string Surface(TextUnit unit, int from, int to)
    {
        var tokens = unit.Tokens;
        if (from == to)
        {
            return tokens[from].Text;
        }

        // The runs of a body are asked for several times (Survey, Process, Classify), and most of them are written
        // with single spaces: then the name is the text itself, one string per distinct name.
        var start = tokens[from].Start;
        var end = tokens[to].End;
        if (SingleSpaced(unit, from, to))
        {
            return EntityText.Substring(unit.Text, start, end - start);
        }

        var builder = new StringBuilder();
        for (var i = from; i <= to; i++)
        {
            if (i > from)
            {
                builder.Append(' ');
            }

            builder.Append(tokens[i].Text);
        }

        return builder.ToString();
    }

    /// <summary>Whether exactly one space stands between each two words of the run in the text.</summary>
    private static bool SingleSpaced(TextUnit unit, int from, int to)
    {
        var tokens = unit.Tokens;
        for (var i = from + 1; i <= to; i++)
        {
            var gap = tokens[i - 1].End;
            if (tokens[i].Start != gap + 1 || unit.Text[gap] != ' ')
            {
                return false;
            }
        }

        return true;
    }

    public static string Collapse(string text) => Collapse(text, 0, text.Length);

    /// <summary>The text from <paramref name="start"/> to <paramref name="end"/>, each run of white space one space, none at either end.</summary>
    private static string Collapse(string text, int start, int end)
    {
        // Roles are mostly written so already, and the same few recur: then the text is cut out as it is, pooled.
        if (IsCollapsed(text, start, end))
        {
            return EntityText.Substring(text, start, end - start);
        }

        var builder = new StringBuilder(end - start);
        var space = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool IsCollapsed(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (i == start || i == end - 1 || text[i] != ' ' || char.IsWhiteSpace(text[i + 1])))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasLetter(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasDigit(string word)
    {
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <param name="Spans">The runs of capitalized words (<see cref="RawSpans"/>); null for the headline, which is read differently.</param>
    private readonly record struct TextUnit(int Paragraph, string Text, List<EntityToken> Tokens, List<Run>? Spans);

    /// <summary>A run of tokens, first and last included; a type of its own, so its reused lists are the finder's alone.</summary>
    private readonly record struct Run(int From, int To);
}
