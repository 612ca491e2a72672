using System;
using System.Collections.Generic;
using NewsCorpus.Generator.Model;
using EntityKind = global::NewsCorpus.EntityKind;

namespace NewsCorpus.Generator.Parsing.Entities;

/// <summary>
/// Merges every article's entities into one entity per real-world thing, and builds the lookup indexes.
/// Across articles the evidence must be strong: the same full name by <see cref="EntityKeys.Key"/> (which folds
/// case, accents and transliteration), a given-name transliteration with the same surname (Vladimir/Volodymyr
/// Zelensky/Zelenskyy), or, for organizations and places, the same name, acronym or known variant. A surname used
/// alone is merged across articles only by an alias file. Alias-file rules come first and "keep apart" rules
/// veto any merge. Pure and deterministic: the generator and the command-line tool run this same code.
/// </summary>
internal sealed class EntityCorpusMerger
{
    private readonly List<EntityArticleSummary> _articles = new();
    private Node[] _nodes = Array.Empty<Node>();
    private int[] _firstNode = Array.Empty<int>();
    private readonly List<DiagnosticSpec> _diagnostics = new();
    private int[] _parent = Array.Empty<int>();
    private static readonly Dictionary<int, int> s_noTags = new();

    // Keep-apart tags per node, created on first write: only alias files set any, and the corpus has tens of
    // thousands of nodes, so a dictionary for each would be most of the merge's allocations.
    private Dictionary<int, int>?[] _apart = Array.Empty<Dictionary<int, int>?>();
    private readonly Dictionary<int, EntityAliasRule> _forced = new();
    private Dictionary<string, List<int>>? _ruleKeys;
    private Dictionary<string, List<int>>? _spellingKeys;

    private EntityCorpusMerger()
    {
    }

    public static EntityCorpusSpec Merge(IEnumerable<EntityArticleSummary> articles, IEnumerable<EntityAliasRules> aliasFiles, EntityOutputSettings settings)
    {
        var merger = new EntityCorpusMerger();
        merger.Order(articles);
        merger.CreateNodes();
        merger.ApplyRules(SortRules(aliasFiles));
        merger.MergeAutomatically();
        return merger.Build(settings);
    }

    /// <summary>The stored order: by id (ordinal), the first file of a duplicated id only, as the chunk planner does.</summary>
    private void Order(IEnumerable<EntityArticleSummary> articles)
    {
        var all = new List<EntityArticleSummary>(articles);
        all.Sort((a, b) =>
        {
            var byId = string.CompareOrdinal(a.Id, b.Id);
            return byId != 0 ? byId : string.CompareOrdinal(a.SourcePath, b.SourcePath);
        });
        foreach (var article in all)
        {
            if (_articles.Count == 0 || !string.Equals(_articles[_articles.Count - 1].Id, article.Id, StringComparison.Ordinal))
            {
                _articles.Add(article);
            }
        }
    }

    private void CreateNodes()
    {
        // An article's entities are consecutive nodes: node = first node of the article + entity index.
        // An array, not a list: the merge runs on every edit in a process that has not optimized it yet, where each
        // list access is a call.
        _firstNode = new int[_articles.Count];
        var count = 0;
        for (var a = 0; a < _articles.Count; a++)
        {
            _firstNode[a] = count;
            count += _articles[a].Entities.Count;
        }

        _nodes = new Node[count];
        for (var a = 0; a < _articles.Count; a++)
        {
            var entities = _articles[a].Entities.AsSpan();
            for (var e = 0; e < entities.Length; e++)
            {
                _nodes[_firstNode[a] + e] = new Node(a, e, entities[e]);
            }
        }

        _parent = new int[count];
        _apart = new Dictionary<int, int>?[count];
        for (var i = 0; i < _parent.Length; i++)
        {
            _parent[i] = i;
        }
    }

    /// <summary>A node's keep-apart tags (rule → which of its names), for reading; never write to the result.</summary>
    private Dictionary<int, int> Tags(int node) => _apart[node] ?? s_noTags;

    private Dictionary<int, int> TagsToWrite(int node) => _apart[node] ??= new Dictionary<int, int>();

    private static List<EntityAliasRule> SortRules(IEnumerable<EntityAliasRules> files)
    {
        var rules = new List<EntityAliasRule>();
        foreach (var file in files)
        {
            rules.AddRange(file.Rules);
        }

        // Files arrive in whatever order the compiler lists them; rules apply in path then line order.
        rules.Sort((a, b) =>
        {
            var byPath = string.CompareOrdinal(a.FilePath, b.FilePath);
            return byPath != 0 ? byPath : a.Line.Start.CompareTo(b.Line.Start);
        });
        return rules;
    }

    private void ApplyRules(List<EntityAliasRule> rules)
    {
        var claimed = new Dictionary<string, EntityAliasRule>(StringComparer.Ordinal);

        // Keep-apart tags first, so that even an alias rule cannot join what the user keeps apart.
        for (var r = 0; r < rules.Count; r++)
        {
            var rule = rules[r];
            if (!rule.KeepApart)
            {
                continue;
            }

            var matchedAny = false;
            for (var n = 0; n < rule.Names.Count; n++)
            {
                foreach (var node in MatchingAsSpelled(rule.Names[n]))
                {
                    matchedAny = true;
                    if (Tags(node).TryGetValue(r, out var existing) && existing != n)
                    {
                        Tags(node).Remove(r);
                    }
                    else
                    {
                        TagsToWrite(node)[r] = n;
                    }
                }
            }

            if (!matchedAny)
            {
                Report(DiagnosticIds.AliasUnmatched, rule, rule.Names[0], "nothing");
            }
        }

        foreach (var rule in rules)
        {
            if (rule.KeepApart)
            {
                continue;
            }

            var members = new List<int>();
            foreach (var name in rule.Names)
            {
                var key = EntityKeys.Key(name);
                if (claimed.TryGetValue(key, out var earlier) && earlier != rule)
                {
                    Report(DiagnosticIds.AliasConflict, rule, name, "it is already an alias of '" + earlier.Names[0] + "' (line " + (earlier.Line.StartLine + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "), which wins");
                    continue;
                }

                claimed[key] = rule;
                members.AddRange(Matching(name));
            }

            if (members.Count == 0)
            {
                Report(DiagnosticIds.AliasUnmatched, rule, rule.Names[0], "nothing");
                continue;
            }

            members.Sort();
            foreach (var member in members)
            {
                if (!Union(members[0], member))
                {
                    Report(DiagnosticIds.AliasConflict, rule, _nodes[member].Digest.Name, "a 'keep apart' rule keeps it apart, which wins");
                }
            }

            _forced[Find(members[0])] = rule;
        }
    }

    /// <summary>Nodes a rule's name means: by canonical name, or by a full-name or non-person alias (never a bare surname).</summary>
    private IEnumerable<int> Matching(string name)
    {
        // Built once, when the first rule asks: without alias files merging never needs it.
        _ruleKeys ??= BuildRuleKeys(EntityKeys.Key);
        return _ruleKeys.TryGetValue(EntityKeys.Key(name), out var nodes) ? nodes : (IEnumerable<int>)Array.Empty<int>();
    }

    /// <summary>
    /// The nodes a keep-apart name means. A keep-apart rule names spellings that the variant key folds together
    /// (Vladimir Zelensky, Volodymyr Zelenskyy), so each name first takes the nodes spelled as it is, ignoring only
    /// case and accents; the variant key is the fallback for a name no node spells that way.
    /// </summary>
    private IEnumerable<int> MatchingAsSpelled(string name)
    {
        _spellingKeys ??= BuildRuleKeys(EntityKeys.SpellingKey);
        return _spellingKeys.TryGetValue(EntityKeys.SpellingKey(name), out var nodes) ? nodes : Matching(name);
    }

    private Dictionary<string, List<int>> BuildRuleKeys(Func<string, string> key)
    {
        var keys = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < _nodes.Length; i++)
        {
            var digest = _nodes[i].Digest;
            AddRuleKey(keys, key(digest.Name), i);
            foreach (var alias in digest.Aliases.AsSpan())
            {
                if (digest.Kind != EntityKind.Person || EntityKeys.Words(alias).Count > 1 || EntityKeys.Words(digest.Name).Count == 1)
                {
                    AddRuleKey(keys, key(alias), i);
                }
            }
        }

        return keys;
    }

    private static void AddRuleKey(Dictionary<string, List<int>> keys, string key, int node)
    {
        if (!keys.TryGetValue(key, out var list))
        {
            keys[key] = list = new List<int>();
        }

        if (list.Count == 0 || list[list.Count - 1] != node)
        {
            list.Add(node);
        }
    }

    private void MergeAutomatically()
    {
        // A hash map, then the keys sorted once: the same ordinal bucket order as a sorted map, at a fraction of the cost.
        var buckets = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < _nodes.Length; i++)
        {
            foreach (var key in _nodes[i].Digest.MergeKeys.AsSpan())
            {
                if (!buckets.TryGetValue(key, out var list))
                {
                    buckets[key] = list = new List<int>();
                }

                if (list.Count == 0 || list[list.Count - 1] != i)
                {
                    list.Add(i);
                }
            }
        }

        var keys = new string[buckets.Count];
        buckets.Keys.CopyTo(keys, 0);
        Array.Sort(keys, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var bucket = buckets[key];
            for (var i = 1; i < bucket.Count; i++)
            {
                Union(bucket[0], bucket[i]);
            }
        }
    }

    /// <summary>The keys under which an article's entity meets the same thing in other articles.</summary>
    internal static EquatableArray<string> MergeKeys(string name, EntityKind kind, EquatableArray<string> aliases)
    {
        // Asked for every entity of every article: the keys are collected in a reused list, and the array is the only copy.
        var keys = ThreadScratch.List(ref t_mergeKeys);
        if (kind == EntityKind.Person)
        {
            // A surname alone could be anyone with that surname: only an alias file joins it across articles.
            if (EntityKeys.WordCount(name) >= 2)
            {
                keys.Add("p|" + EntityKeys.Key(name));
                var givenClass = EntityLexicon.GivenNameClass(EntityNames.FirstWord(name));
                if (givenClass >= 0)
                {
                    keys.Add("p~" + givenClass.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + EntityKeys.LastWordKey(name));
                }

                for (var i = 0; i < aliases.Count; i++)
                {
                    if (EntityKeys.WordCount(aliases[i]) > 1)
                    {
                        keys.Add("p|" + EntityKeys.Key(aliases[i]));
                    }
                }
            }

            return keys.ToEquatableArray();
        }

        keys.Add("o|" + EntityKeys.Key(name));
        if (kind == EntityKind.Organization)
        {
            keys.Add("o|" + EntityKeys.OrganizationKey(name));
        }

        for (var i = 0; i < aliases.Count; i++)
        {
            // "Foreign Ministry" inside an article about the Russian one is not evidence about another article's.
            var alias = aliases[i];
            if (EntityLexicon.IsAcronymShaped(alias) || !EntityNames.IsQualifiedForm(alias, name))
            {
                keys.Add("o|" + EntityKeys.Key(alias));
            }
        }

        return keys.ToEquatableArray();
    }

    [ThreadStatic]
    private static List<string>? t_mergeKeys;

    private int Find(int node)
    {
        while (_parent[node] != node)
        {
            _parent[node] = _parent[_parent[node]];
            node = _parent[node];
        }

        return node;
    }

    /// <summary>Joins two groups unless a keep-apart rule holds them in different names; false when it does.</summary>
    private bool Union(int left, int right)
    {
        var a = Find(left);
        var b = Find(right);
        if (a == b)
        {
            return true;
        }

        foreach (var tag in Tags(b))
        {
            if (Tags(a).TryGetValue(tag.Key, out var name) && name != tag.Value)
            {
                return false;
            }
        }

        // The smaller index stays the root, so the result does not depend on the order of unions.
        if (b < a)
        {
            (a, b) = (b, a);
        }

        _parent[b] = a;
        foreach (var tag in Tags(b))
        {
            TagsToWrite(a)[tag.Key] = tag.Value;
        }

        if (_forced.TryGetValue(b, out var rule) && !_forced.ContainsKey(a))
        {
            _forced[a] = rule;
        }

        return true;
    }

    private EntityCorpusSpec Build(EntityOutputSettings settings)
    {
        // A root is the smallest node of its group (Union), so groups in root order are the groups first met in
        // node order. Members are laid out group after group in one array, each group's in node order: no list or
        // map per group, and most groups have one member.
        var count = _nodes.Length;
        var rootOf = new int[count];
        for (var i = 0; i < count; i++)
        {
            rootOf[i] = Find(i);
        }

        var members = CountingSort.Order(rootOf, count, out var starts);

        var drafts = new List<EntityDraft>();
        for (var root = 0; root < count; root++)
        {
            if (rootOf[root] == root)
            {
                _forced.TryGetValue(root, out var rule);
                drafts.Add(EntityDraft.Create(new ArraySegment<int>(members, starts[root], starts[root + 1] - starts[root]), _nodes, rule));
            }
        }

        drafts.Sort((x, y) =>
        {
            var byName = string.CompareOrdinal(x.Name, y.Name);
            if (byName != 0)
            {
                return byName;
            }

            return x.Kind != y.Kind ? x.Kind.CompareTo(y.Kind) : x.FirstNode.CompareTo(y.FirstNode);
        });

        var rootToEntity = new Dictionary<int, int>();
        for (var i = 0; i < drafts.Count; i++)
        {
            rootToEntity[Find(drafts[i].FirstNode)] = i;
        }

        var speakerQuotes = new Dictionary<int, List<SpokenQuote>>();
        for (var a = 0; a < _articles.Count; a++)
        {
            var entityCount = _articles[a].Entities.Count;
            foreach (var reference in _articles[a].Speakers.AsSpan())
            {
                if (reference.Entity < 0 || reference.Entity >= entityCount)
                {
                    continue;
                }

                var entity = rootToEntity[rootOf[_firstNode[a] + reference.Entity]];
                if (!speakerQuotes.TryGetValue(entity, out var quotes))
                {
                    speakerQuotes[entity] = quotes = new List<SpokenQuote>();
                }

                quotes.Add(new SpokenQuote(new EntityRefSpec(a, reference.Quote), reference.Role, quotes.Count));
            }
        }

        var speakers = new List<EntityCorpusSpeakerSpec>();
        var entities = new List<EntityCorpusEntitySpec>(drafts.Count);
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var speakerIndex = -1;
            if (speakerQuotes.TryGetValue(i, out var said))
            {
                var (refs, roles) = SpokenQuote.ByQuote(said);
                speakerIndex = speakers.Count;
                speakers.Add(new EntityCorpusSpeakerSpec(
                    draft.Name,
                    draft.Kind == EntityKind.Person ? global::NewsCorpus.SpeakerKind.Person : global::NewsCorpus.SpeakerKind.Organization,
                    MostCommon(roles) ?? draft.Role,
                    draft.Aliases,
                    i,
                    refs.ToEquatableArray()));
            }

            entities.Add(new EntityCorpusEntitySpec(draft.Name, draft.Kind, draft.Role, draft.Aliases, draft.MentionCount, draft.Mentions, draft.Quotes, speakerIndex));
        }

        var articles = new List<EntityCorpusArticleSpec>(_articles.Count);
        var dates = new List<EntityDatedArticleSpec>();
        var agencies = new KeyedArticles();
        var sections = new KeyedArticles();
        var authors = new KeyedArticles();
        for (var a = 0; a < _articles.Count; a++)
        {
            var article = _articles[a];
            articles.Add(new EntityCorpusArticleSpec(article.Id, article.Title, article.Lead));
            if (article.Agency is { } agency)
            {
                agencies.Add(agency, a);
            }

            if (article.Section is { } section)
            {
                sections.Add(section, a);
            }

            foreach (var author in article.Authors.AsSpan())
            {
                authors.Add(author, a);
            }

            if (article.PublishedAt is { Length: > 0 } date)
            {
                dates.Add(new EntityDatedArticleSpec(date, a));
            }
        }

        dates.Sort((x, y) =>
        {
            var byDate = string.CompareOrdinal(x.Date, y.Date);
            return byDate != 0 ? byDate : x.Article.CompareTo(y.Article);
        });

        return new EntityCorpusSpec(
            settings,
            articles.ToEquatableArray(),
            entities.ToEquatableArray(),
            speakers.ToEquatableArray(),
            agencies.ToSpecs(),
            sections.ToSpecs(),
            authors.ToSpecs(),
            dates.ToEquatableArray(),
            _diagnostics.ToEquatableArray());
    }

    /// <summary>The role given most often; of equal counts, the one that got there first; null when none is given.</summary>
    private static string? MostCommon(List<string?> values)
    {
        var tally = new StringTally();
        foreach (var value in values)
        {
            if (value is not null)
            {
                tally.Add(value, 1);
            }
        }

        return tally.Leader;
    }

    private void Report(string id, EntityAliasRule rule, string name, string detail) =>
        _diagnostics.Add(new DiagnosticSpec(id, rule.FilePath, rule.Line, new[] { rule.FilePath, name, detail }.ToEquatableArray()));

    private readonly record struct Node(int Article, int Entity, EntityDigestSpec Digest);

    /// <summary>Kinds are small consecutive numbers from 0: a group's kind scores are an array, not a map.</summary>
    private static readonly int KindCount = MaxKind() + 1;

    private static int MaxKind()
    {
        var max = 0;
        foreach (EntityKind kind in Enum.GetValues(typeof(EntityKind)))
        {
            max = Math.Max(max, (int)kind);
        }

        return max;
    }

    /// <summary>A quotation a speaker said, with the role given there; <paramref name="Order"/> is the order it was met in.</summary>
    private readonly record struct SpokenQuote(EntityRefSpec Quote, string? Role, int Order)
    {
        /// <summary>Each quotation once, in (article, quote) order, with the role last given for it.</summary>
        public static (List<EntityRefSpec> Quotes, List<string?> Roles) ByQuote(List<SpokenQuote> said)
        {
            // Met article by article, each article's in quotation order: sorting is for summaries made some other way.
            if (!IsSorted(said, s_byQuote))
            {
                said.Sort(s_byQuote);
            }

            var quotes = new List<EntityRefSpec>(said.Count);
            var roles = new List<string?>(said.Count);
            for (var i = 0; i < said.Count; i++)
            {
                if (i + 1 < said.Count && RefComparer.Instance.Compare(said[i].Quote, said[i + 1].Quote) == 0)
                {
                    continue;
                }

                quotes.Add(said[i].Quote);
                roles.Add(said[i].Role);
            }

            return (quotes, roles);
        }

        private static readonly IComparer<SpokenQuote> s_byQuote = Comparer<SpokenQuote>.Create(static (x, y) =>
        {
            var byQuote = RefComparer.Instance.Compare(x.Quote, y.Quote);
            return byQuote != 0 ? byQuote : x.Order.CompareTo(y.Order);
        });
    }

    /// <summary>Whether the list is in the comparer's order already: the merge's lists nearly always are, and checking costs less than sorting.</summary>
    private static bool IsSorted<T>(List<T> items, IComparer<T> comparer)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (comparer.Compare(items[i - 1], items[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private sealed class RefComparer : IComparer<EntityRefSpec>
    {
        public static readonly RefComparer Instance = new();

        public int Compare(EntityRefSpec x, EntityRefSpec y) =>
            x.Article != y.Article ? x.Article.CompareTo(y.Article) : x.Item.CompareTo(y.Item);
    }

    /// <summary>One merged entity before it is numbered: its name, kind and role chosen from its members.</summary>
    private sealed class EntityDraft
    {
        public string Name { get; private set; } = string.Empty;

        public EntityKind Kind { get; private set; }

        public string? Role { get; private set; }

        public EquatableArray<string> Aliases { get; private set; }

        public int MentionCount { get; private set; }

        public EquatableArray<EntityRefSpec> Mentions { get; private set; }

        public EquatableArray<EntityRefSpec> Quotes { get; private set; }

        public int FirstNode { get; private set; }

        public static EntityDraft Create(ArraySegment<int> members, Node[] nodes, EntityAliasRule? rule)
        {
            var first = members.Array![members.Offset];
            if (members.Count == 1 && rule is null)
            {
                return Single(nodes[first], first);
            }

            // A group met in hundreds of articles repeats the same few names, roles and aliases member after member:
            // the tallies and the alias check below skip hashing what the member before had.
            var names = new StringTally();
            var roles = new StringTally();
            var aliasSet = new HashSet<string>(StringComparer.Ordinal);
            var previousAliases = EquatableArray<string>.Empty;
            var kindScores = new int[KindCount];

            // Quotations are already in article order (members are in node order) and repeat only within an article.
            var mentions = new EntityRefSpec[members.Count];
            var quotes = new List<EntityRefSpec>();
            var total = 0;
            for (var m = 0; m < members.Count; m++)
            {
                var node = nodes[members.Array[members.Offset + m]];
                var digest = node.Digest;
                var weight = Math.Max(1, digest.MentionCount);
                names.Add(digest.Name, weight);
                kindScores[(int)digest.Kind] += weight;
                if (digest.Role is { } role)
                {
                    roles.Add(role, 1);
                }

                if (digest.Aliases != previousAliases)
                {
                    foreach (var alias in digest.Aliases.AsSpan())
                    {
                        aliasSet.Add(alias);
                    }

                    previousAliases = digest.Aliases;
                }

                mentions[m] = new EntityRefSpec(node.Article, node.Entity);
                foreach (var quote in digest.Quotes.AsSpan())
                {
                    quotes.Add(new EntityRefSpec(node.Article, quote));
                }

                total += digest.MentionCount;
            }

            // The kind with the highest score; of equal scores, the first kind.
            var kind = EntityKind.Person;
            for (var k = 1; k < kindScores.Length; k++)
            {
                if (kindScores[k] > kindScores[(int)kind])
                {
                    kind = (EntityKind)k;
                }
            }

            for (var i = 0; i < names.Count; i++)
            {
                aliasSet.Add(names.Value(i));
            }

            string name;
            if (rule is not null)
            {
                name = rule.Names[0];
                foreach (var alias in rule.Names)
                {
                    aliasSet.Add(alias);
                }
            }
            else
            {
                name = BestName(names, kind);
            }

            aliasSet.Remove(name);
            var aliases = new List<string>(aliasSet);
            aliases.Sort(StringComparer.Ordinal);
            if (!IsSorted(quotes, RefComparer.Instance))
            {
                quotes.Sort(RefComparer.Instance);
            }

            RemoveAdjacentDuplicates(quotes, static (x, y) => x.Equals(y));
            // The role given most; of equal counts, the first met.
            string? bestRole = null;
            var bestRoleCount = 0;
            for (var i = 0; i < roles.Count; i++)
            {
                if (roles.Weight(i) > bestRoleCount)
                {
                    bestRole = roles.Value(i);
                    bestRoleCount = roles.Weight(i);
                }
            }

            return new EntityDraft
            {
                Name = name,
                Kind = kind,
                Role = bestRole,
                Aliases = aliases.ToEquatableArray(),
                MentionCount = total,
                Mentions = new EquatableArray<EntityRefSpec>(mentions),
                Quotes = quotes.ToEquatableArray(),
                FirstNode = first,
            };
        }

        /// <summary>
        /// What <see cref="Create"/> gives for a group of one node and no rule, without its maps and sets: most
        /// entities are mentioned in one article only, so this is most of the drafts.
        /// </summary>
        private static EntityDraft Single(Node node, int index)
        {
            var digest = node.Digest;
            var aliases = new List<string>(digest.Aliases.Count);
            foreach (var alias in digest.Aliases.AsSpan())
            {
                if (!string.Equals(alias, digest.Name, StringComparison.Ordinal))
                {
                    aliases.Add(alias);
                }
            }

            aliases.Sort(StringComparer.Ordinal);
            RemoveAdjacentDuplicates(aliases, static (x, y) => string.Equals(x, y, StringComparison.Ordinal));
            var quotes = new List<int>(digest.Quotes.Count);
            foreach (var quote in digest.Quotes.AsSpan())
            {
                quotes.Add(quote);
            }

            quotes.Sort();
            RemoveAdjacentDuplicates(quotes, static (x, y) => x == y);
            var refs = new EntityRefSpec[quotes.Count];
            for (var i = 0; i < refs.Length; i++)
            {
                refs[i] = new EntityRefSpec(node.Article, quotes[i]);
            }

            return new EntityDraft
            {
                Name = digest.Name,
                Kind = digest.Kind,
                Role = digest.Role,
                Aliases = aliases.ToEquatableArray(),
                MentionCount = digest.MentionCount,
                Mentions = new EquatableArray<EntityRefSpec>(new[] { new EntityRefSpec(node.Article, node.Entity) }),
                Quotes = new EquatableArray<EntityRefSpec>(refs),
                FirstNode = index,
            };
        }

        private static void RemoveAdjacentDuplicates<T>(List<T> sorted, Func<T, T, bool> equal)
        {
            var kept = 0;
            for (var i = 0; i < sorted.Count; i++)
            {
                if (kept == 0 || !equal(sorted[kept - 1], sorted[i]))
                {
                    sorted[kept++] = sorted[i];
                }
            }

            sorted.RemoveRange(kept, sorted.Count - kept);
        }

        /// <summary>The name used most (a person's full name over a surname), then the longer, then the first in ordinal order.</summary>
        private static string BestName(StringTally names, EntityKind kind)
        {
            var best = names.Value(0);
            var bestScore = names.Weight(0);
            for (var i = 1; i < names.Count; i++)
            {
                if (Better(names.Value(i), names.Weight(i), best, bestScore, kind))
                {
                    best = names.Value(i);
                    bestScore = names.Weight(i);
                }
            }

            return best;
        }

        private static bool Better(string name, int score, string best, int bestScore, EntityKind kind)
        {
            if (kind == EntityKind.Person)
            {
                var multi = EntityKeys.Words(name).Count > 1;
                if (multi != EntityKeys.Words(best).Count > 1)
                {
                    return multi;
                }
            }

            if (score != bestScore)
            {
                return score > bestScore;
            }

            if (name.Length != best.Length)
            {
                return name.Length > best.Length;
            }

            return string.CompareOrdinal(name, best) < 0;
        }
    }
}
