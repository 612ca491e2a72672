using System.Linq;
using NewsCorpus.Generator.Model;
using NewsCorpus.Generator.Parsing;
using NewsCorpus.Generator.Parsing.Entities;

namespace NewsCorpus.Generator.Tests.Entities;

/// <summary>Parses small articles the way the generator does, for tests of what the entity rules find.</summary>
internal static class EntityTestArticles
{
    public static ArticleSpec Parse(string text, string id = "test") =>
        ArticleParser.Parse(new CorpusFileSpec("/corpus/" + id + ".txt", id, text)).Article!;

    /// <summary>An article with a neutral headline and the given paragraphs.</summary>
    public static ArticleSpec Body(params string[] paragraphs) => Parse(Text(paragraphs));

    /// <summary>An article with id <paramref name="id"/>, for corpus-wide tests.</summary>
    public static ArticleSpec Article(string id, params string[] paragraphs) => Parse(Text(paragraphs), id);

    /// <summary>The corpus-wide entities of <paramref name="articles"/>, merged as the generator merges them.</summary>
    public static EntityCorpusSpec Merge(ArticleSpec[] articles, params string[] aliasFiles) =>
        EntityCorpusMerger.Merge(
            articles.Select(EntitySummarizer.Summarize),
            aliasFiles.Select((text, i) => EntityAliasFileParser.Parse(new EntityAliasFileSpec("/project/aliases" + i + ".txt", text))),
            EntityOutputSettings.Default);

    public static EntityCorpusEntitySpec[] Named(EntityCorpusSpec corpus, string name) =>
        corpus.Entities.Where(e => e.Name == name).ToArray();

    /// <summary>
    /// The file text: a headline, a plain opening paragraph (so that no test depends on how the structure parser
    /// treats the line under a headline), then the paragraphs.
    /// </summary>
    public static string Text(params string[] paragraphs) =>
        "A report on the events of the week\n\nThis opening paragraph sets the scene for the report below.\n\n" + string.Join("\n\n", paragraphs) + "\n";

    public static EntityMentionSpec Entity(ArticleSpec article, string name) =>
        Assert.Single(article.Entities, e => e.Name == name);

    public static string[] Names(ArticleSpec article) => article.Entities.Select(e => e.Name).ToArray();
}
