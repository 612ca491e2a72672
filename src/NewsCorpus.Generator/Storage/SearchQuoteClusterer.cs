using System;
using System.Collections.Generic;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Storage;

/// <summary>
/// Groups quotations that report the same words in different articles. Outlets shorten, extend and reword a
/// statement ("do not show the slightest interest in a fair resolution of the current conflict" against "the
/// slightest interest of either the United States or NATO in a fair resolution of the current Ukrainian
/// conflict"), so exact matching misses them; what survives is most of the shorter quotation's words, in order.
/// </summary>
/// <remarks>
/// Two quotations from different articles are linked when the longest common subsequence of their terms holds
/// at least <see cref="MinSharedTerms"/> terms and at least <see cref="MinSimilarity"/> of the shorter one's terms;
/// clusters are the connected groups of links. Only pairs that share a run of <see cref="ShingleSize"/> consecutive
/// terms are compared, which keeps the work near-linear in the number of quotations; a run found in more than
/// <see cref="MaxShingleQuotes"/> quotations is a formula ("one of the"), not evidence, and proposes no pairs.
/// Quotations within one article are not linked to each other: an article repeating or paraphrasing its own
/// quote is not the same statement reported by several outlets.
/// </remarks>
internal static class SearchQuoteClusterer
{
    /// <summary>Fewer shared words than this is a common phrase, not a shared quotation.</summary>
    public const int MinSharedTerms = 6;

    /// <summary>The share of the shorter quotation's terms that must appear, in order, in the other.</summary>
    public const double MinSimilarity = 0.6;

    public const int ShingleSize = 3;

    public const int MaxShingleQuotes = 64;

    /// <summary>The generator step: every article's quotation terms in, the clusters and their stored record out.</summary>
    public static SearchClustersSpec Plan(IReadOnlyList<SearchQuotesSpec> articles, SearchSettingsSpec settings)
    {
        var clusters = Cluster(SearchArticleOrder.Arrange(articles, static a => a.Id, static a => a.SourcePath));
        return new SearchClustersSpec(settings, clusters, SearchClusterEncoder.Encode(clusters));
    }

    /// <summary>Clusters the quotations of <paramref name="articles"/>, which must already be in store order.</summary>
    public static EquatableArray<SearchClusterSpec> Cluster(IReadOnlyList<SearchQuotesSpec> articles)
    {
        var quotes = new List<(int Article, SearchQuoteTerms Quote)>();
        for (var article = 0; article < articles.Count; article++)
        {
            foreach (var quote in articles[article].Quotes)
            {
                if (quote.Terms.Count >= MinSharedTerms)
                {
                    quotes.Add((article, quote));
                }
            }
        }

        var sets = new DisjointSets(quotes.Count);
        foreach (var pair in CandidatePairs(quotes))
        {
            var left = (int)(pair >> 32);
            var right = (int)(pair & 0xFFFFFFFF);
            if (sets.Find(left) != sets.Find(right) && Similar(quotes[left].Quote.Terms, quotes[right].Quote.Terms))
            {
                sets.Union(left, right);
            }
        }

        return Groups(quotes, sets);
    }

    /// <summary>True when two quotations report the same words (the rule in the remarks of this class).</summary>
    public static bool Similar(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        var shorter = Math.Min(left.Count, right.Count);
        if (shorter < MinSharedTerms)
        {
            return false;
        }

        var common = LongestCommonSubsequence(left, right);
        return common >= MinSharedTerms && common >= MinSimilarity * shorter;
    }

    internal static int LongestCommonSubsequence(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        var previous = new int[right.Count + 1];
        var current = new int[right.Count + 1];
        for (var i = 1; i <= left.Count; i++)
        {
            for (var j = 1; j <= right.Count; j++)
            {
                current[j] = string.Equals(left[i - 1], right[j - 1], StringComparison.Ordinal)
                    ? previous[j - 1] + 1
                    : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[right.Count];
    }

    /// <summary>Pairs of quotations from different articles that share a run of terms, each once, in a fixed order.</summary>
    private static List<long> CandidatePairs(List<(int Article, SearchQuoteTerms Quote)> quotes)
    {
        var byShingle = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var q = 0; q < quotes.Count; q++)
        {
            var terms = quotes[q].Quote.Terms;
            for (var i = 0; i + ShingleSize <= terms.Count; i++)
            {
                var shingle = string.Join("\u0001", terms[i], terms[i + 1], terms[i + 2]);
                if (!byShingle.TryGetValue(shingle, out var list))
                {
                    byShingle[shingle] = list = new List<int>();
                }

                if (list.Count == 0 || list[list.Count - 1] != q)
                {
                    list.Add(q);
                }
            }
        }

        var pairs = new HashSet<long>();
        foreach (var list in byShingle.Values)
        {
            if (list.Count < 2 || list.Count > MaxShingleQuotes)
            {
                continue;
            }

            for (var a = 0; a < list.Count; a++)
            {
                for (var b = a + 1; b < list.Count; b++)
                {
                    if (quotes[list[a]].Article != quotes[list[b]].Article)
                    {
                        pairs.Add(((long)list[a] << 32) | (uint)list[b]);
                    }
                }
            }
        }

        var ordered = new List<long>(pairs);
        ordered.Sort();
        return ordered;
    }

    private static EquatableArray<SearchClusterSpec> Groups(List<(int Article, SearchQuoteTerms Quote)> quotes, DisjointSets sets)
    {
        // Quotes are in (article, quote) order, so members and clusters come out in that order too.
        var byRoot = new Dictionary<int, List<SearchQuoteRef>>();
        var order = new List<List<SearchQuoteRef>>();
        for (var q = 0; q < quotes.Count; q++)
        {
            var root = sets.Find(q);
            if (!byRoot.TryGetValue(root, out var members))
            {
                byRoot[root] = members = new List<SearchQuoteRef>();
                order.Add(members);
            }

            members.Add(new SearchQuoteRef(quotes[q].Article, quotes[q].Quote.Index));
        }

        var clusters = new List<SearchClusterSpec>();
        foreach (var members in order)
        {
            if (members.Count > 1)
            {
                clusters.Add(new SearchClusterSpec(members.ToEquatableArray()));
            }
        }

        return clusters.ToEquatableArray();
    }

    private sealed class DisjointSets
    {
        private readonly int[] _parent;

        public DisjointSets(int count)
        {
            _parent = new int[count];
            for (var i = 0; i < count; i++)
            {
                _parent[i] = i;
            }
        }

        public int Find(int item)
        {
            while (_parent[item] != item)
            {
                _parent[item] = _parent[_parent[item]];
                item = _parent[item];
            }

            return item;
        }

        // The smaller root wins, so a cluster's root is its first member whatever order the links came in.
        public void Union(int left, int right)
        {
            var a = Find(left);
            var b = Find(right);
            if (a < b)
            {
                _parent[b] = a;
            }
            else if (b < a)
            {
                _parent[a] = b;
            }
        }
    }
}
