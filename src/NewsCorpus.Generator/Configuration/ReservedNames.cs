using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using NewsCorpus.Generator.Emit;

namespace NewsCorpus.Generator.Configuration;

/// <summary>
/// Class names the generated code cannot take because it already uses them. A member named like its class is
/// CS0542; in namespace NewsCorpus a class named like a runtime type is CS0101; in the global namespace a class
/// named NewsCorpus hides the runtime's namespace. Such a name is reported (NC0005) instead of breaking the build.
/// </summary>
internal static class ReservedNames
{
    /// <summary>The namespace of the runtime types (Article, Quote, …).</summary>
    public const string RuntimeNamespace = "NewsCorpus";

    /// <summary>
    /// Members and nested types of the generated corpus class. Robustness/FileNamesTests compares this list with the
    /// class the generator actually emits, so a new member that is missing here fails a test.
    /// </summary>
    public static readonly IReadOnlyList<string> ClassMembers = new[]
    {
        "s_data", "s_articles", "DataSet", "Articles", "Quotes", "Speakers", "FindArticle", "TryGetArticle", "QuotesBy", "Store",
        "Search", "QuoteClusters",
        "Entities", "FindEntity", "TryGetEntity", "FindSpeaker", "TryGetSpeaker", "Mentioning", "ByAgency", "BySection",
        "ByAuthor", "PublishedBetween", "NamedArticles", "NamedSpeakers", "NamedEntities",
    };

    private static readonly Regex s_typeDeclaration = new(
        @"^\s*(?:(?:public|internal|private|protected|sealed|static|abstract|readonly|partial)\s+)*(?:class|record|struct|enum|interface)\s+(?:(?:class|struct)\s+)?(?<name>[A-Za-z_][A-Za-z0-9_]*)",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);

    private static readonly Lazy<HashSet<string>> s_runtimeTypes = new(LoadRuntimeTypes);

    public static bool IsReserved(string className, string ns)
    {
        foreach (var member in ClassMembers)
        {
            if (string.Equals(member, className, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return ns.Length == 0
            ? string.Equals(className, RuntimeNamespace, StringComparison.Ordinal)
            : string.Equals(ns, RuntimeNamespace, StringComparison.Ordinal) && s_runtimeTypes.Value.Contains(className);
    }

    /// <summary>Every type the runtime sources declare, read from the sources themselves so a new runtime type is covered without a list to keep.</summary>
    private static HashSet<string> LoadRuntimeTypes()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, source) in RuntimeSources.Load())
        {
            foreach (Match match in s_typeDeclaration.Matches(source))
            {
                names.Add(match.Groups["name"].Value);
            }
        }

        return names;
    }
}
