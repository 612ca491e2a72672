using System.Collections.Generic;
using System.Globalization;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Emit;

/// <summary>
/// Emits <c>{Class}.Entities.g.cs</c>: the named accessors (<c>Corpus.Articles.…</c>, <c>Corpus.Speakers.…</c>,
/// <c>Corpus.Entities.…</c>) with previews in their doc comments, the entity and metadata lookups, and the store
/// of the entity index, whose record is in <c>{Class}.EntityData0000.g.cs</c> (written by <see cref="ChunkEmitter"/>).
/// </summary>
internal static class EntitiesEmitter
{
    public const string ChunkPart = "EntityData";

    public const string ChunkProperty = "EntityChunk";

    public const string ArticlesClass = "NamedArticles";

    public const string SpeakersClass = "NamedSpeakers";

    public const string EntitiesClass = "NamedEntities";

    private const string Rt = "global::NewsCorpus.";

    private const string List = "global::System.Collections.Generic.IReadOnlyList";

    /// <summary>Members every named-accessor class has already: <c>NamedList</c>'s, <c>object</c>'s, and <c>Instance</c>.</summary>
    private static readonly string[] s_inheritedMembers =
    {
        "Count", "Item", "GetEnumerator", "Required", "Instance", "Equals", "GetHashCode", "GetType", "ToString",
        "MemberwiseClone", "ReferenceEquals", "Finalize",
    };

    public static string HintName(EntityCorpusSpec corpus) => corpus.Settings.ClassName + ".Entities.g.cs";

    public static string ChunkHintName(ChunkSpec chunk) => ChunkEmitter.HintName(chunk, ChunkPart);

    public static string EmitChunk(ChunkSpec chunk) => ChunkEmitter.Emit(chunk, ChunkProperty);

    /// <summary>The store file of a corpus whose entity index is in the corpus resource (<see cref="EmitResourceStore"/>).</summary>
    public static string StoreHintName(EntityOutputSettings settings) => settings.ClassName + ".EntityStore.g.cs";

    /// <param name="corpus">The merged entities.</param>
    /// <param name="chunkCount">How many inline chunks hold the index record.</param>
    /// <param name="storeElsewhere">True when the record is in the corpus resource: its store is then its own file,
    /// so that this large one depends only on the entities, not on where the corpus resource puts them.</param>
    /// <param name="selection">Which items get members (NewsCorpusNamedAccessorLimit); by default the default limit's.</param>
    public static string Emit(EntityCorpusSpec corpus, int chunkCount, bool storeElsewhere = false, NamedAccessorSelection? selection = null)
    {
        selection ??= Selection(corpus, CorpusSettings.DefaultNamedAccessorLimit);
        var settings = corpus.Settings;
        var w = new IndentedWriter();
        w.Line(GeneratedCode.Header.TrimEnd('\n'));
        w.Line();
        GeneratedCode.OpenNamespace(w, settings.Namespace);
        w.Open($"static partial class {settings.ClassName}");
        EmitEntryPoints(w, corpus, selection);
        EmitArticles(w, corpus, selection);
        EmitSpeakers(w, corpus);
        EmitEntities(w, corpus, selection);
        if (!storeElsewhere)
        {
            EmitStore(w, chunkCount);
        }

        w.Close();
        GeneratedCode.CloseNamespace(w, settings.Namespace);
        return w.ToString();
    }

    /// <summary>Which articles and entities get named members under <paramref name="limit"/> (NewsCorpusNamedAccessorLimit).</summary>
    public static NamedAccessorSelection Selection(EntityCorpusSpec corpus, int limit) =>
        NamedAccessorSelection.Select(corpus, limit, entity => Identity(corpus, entity));

    private static void EmitEntryPoints(IndentedWriter w, EntityCorpusSpec corpus, NamedAccessorSelection selection)
    {
        var articles = Count(corpus.Articles.Count);
        var articleMembers = selection.Articles
            ? "each is also a member named after its headline (<c>Articles.…</c>)"
            : $"more than NewsCorpusNamedAccessorLimit ({Count(selection.Limit)}), so they have no named members";
        w.Line($"/// <summary>All {articles} articles, sorted by id; {articleMembers}.</summary>");
        // Kept here rather than in a static field of NamedArticles: that field's initializer would be one more method
        // (a static constructor) to compile before the first headline. Published once, so every caller sees one list.
        w.Line($"public static {ArticlesClass} Articles => s_articles ?? global::System.Threading.Interlocked.CompareExchange(ref s_articles, new {ArticlesClass}(), null) ?? s_articles!;");
        w.Line();
        w.Line($"private static {ArticlesClass}? s_articles;");
        w.Line();
        w.Line($"/// <summary>Every quoted speaker ({Count(corpus.Speakers.Count)}), sorted by canonical name; each is also a member named after it (<c>Speakers.…</c>).</summary>");
        w.Line($"public static {SpeakersClass} Speakers => {SpeakersClass}.Instance;");
        w.Line();
        w.Line($"/// <summary>");
        w.Line($"/// Every person, organization, place and news agency the corpus names ({Count(corpus.Entities.Count)}), one per real-world thing,");
        w.Line(selection.EntitiesKept == corpus.Entities.Count
            ? "/// sorted by canonical name; each is also a member named after it (<c>Entities.…</c>)."
            : $"/// sorted by canonical name; the {Count(selection.EntitiesKept)} most mentioned are also members named after them (<c>Entities.…</c>, NewsCorpusNamedAccessorLimit).");
        w.Line($"/// </summary>");
        w.Line($"public static {EntitiesClass} Entities => {EntitiesClass}.Instance;");
        w.Line();
        w.Line("/// <summary>The entity with this canonical name or alias (case, accents and spelling variants ignored), or null.</summary>");
        w.Line($"public static {Rt}Entity? FindEntity(string name) => s_data.FindEntity(name);");
        w.Line();
        w.Line("/// <summary>Looks up an entity by canonical name or alias without throwing.</summary>");
        w.Line($"public static bool TryGetEntity(string name, out {Rt}Entity entity) => s_data.TryGetEntity(name, out entity);");
        w.Line();
        w.Line("/// <summary>The speaker with this canonical name or alias (case, accents and spelling variants ignored), or null.</summary>");
        w.Line($"public static {Rt}Speaker? FindSpeaker(string name) => s_data.GetSpeaker(name);");
        w.Line();
        w.Line("/// <summary>Looks up a speaker by canonical name or alias without throwing.</summary>");
        w.Line($"public static bool TryGetSpeaker(string name, out {Rt}Speaker speaker) => s_data.TryGetSpeaker(name, out speaker);");
        w.Line();
        w.Line("/// <summary>The articles that name this entity, by canonical name or alias (\"Zelenskyy\" finds Zelensky too); empty when none.</summary>");
        w.Line($"public static {List}<{Rt}Article> Mentioning(string name) => s_data.Mentioning(name);");
        w.Line();
        w.Line("/// <summary>The articles credited to this news agency, in any case; empty when none.</summary>");
        w.Line($"public static {List}<{Rt}Article> ByAgency(string agency) => s_data.ByAgency(agency);");
        w.Line();
        w.Line("/// <summary>The articles with this section label, in any case; empty when none.</summary>");
        w.Line($"public static {List}<{Rt}Article> BySection(string section) => s_data.BySection(section);");
        w.Line();
        w.Line("/// <summary>The articles with this author in their byline, in any case; empty when none.</summary>");
        w.Line($"public static {List}<{Rt}Article> ByAuthor(string author) => s_data.ByAuthor(author);");
        w.Line();
        w.Line("/// <summary>The articles published from <paramref name=\"from\"/> to <paramref name=\"to\"/> (inclusive), oldest first.</summary>");
        w.Line($"public static {List}<{Rt}Article> PublishedBetween(global::System.DateTime from, global::System.DateTime to) => s_data.PublishedBetween(from, to);");
        w.Line();
    }

    private static void EmitArticles(IndentedWriter w, EntityCorpusSpec corpus, NamedAccessorSelection selection)
    {
        if (!selection.Articles)
        {
            // The class stays (Corpus.Articles is its list), without members: naming them would cost more than the data.
            OpenClass(w, ArticlesClass, "Article", "The articles of the corpus as a list.", "s_data.Articles", lazy: false);
            w.Close();
            w.Line();
            return;
        }

        var items = new List<(string, string)>();
        foreach (var article in corpus.Articles)
        {
            items.Add((article.Title, article.Id));
        }

        var names = NamedAccessorNames.Assign(items, Reserved(ArticlesClass));
        OpenClass(w, ArticlesClass, "Article", "The articles of the corpus as a list, and as members named after their headlines.", "s_data.Articles", lazy: false);
        for (var i = 0; i < corpus.Articles.Count; i++)
        {
            var article = corpus.Articles[i];
            w.Line();
            w.Line("/// <summary>");
            w.Line($"/// <para>{SourceEscaping.XmlDocText(article.Title)}</para>");
            if (article.Lead.Length > 0)
            {
                w.Line($"/// <para>{SourceEscaping.XmlDocText(article.Lead)}</para>");
            }

            w.Line("/// </summary>");
            w.Line($"/// <remarks>Article id <c>{SourceEscaping.XmlDocText(article.Id)}</c>.</remarks>");
            var id = SourceEscaping.StringLiteral(article.Id);
            w.Line($"public {Rt}Article {names[i]} => Required(s_data.FindArticle({id}), {id});");
        }

        w.Close();
        w.Line();
    }

    private static void EmitSpeakers(IndentedWriter w, EntityCorpusSpec corpus)
    {
        var items = new List<(string, string)>();
        foreach (var speaker in corpus.Speakers)
        {
            items.Add((speaker.Name, Identity(corpus, corpus.Entities[speaker.Entity])));
        }

        var names = NamedAccessorNames.Assign(items, Reserved(SpeakersClass));
        OpenClass(w, SpeakersClass, "Speaker", "The speakers of the corpus as a list, and as members named after them.", "s_data.Speakers");
        for (var i = 0; i < corpus.Speakers.Count; i++)
        {
            var speaker = corpus.Speakers[i];
            w.Line();
            var articles = DistinctArticles(speaker.Quotes);
            var role = speaker.Role is null ? string.Empty : ", " + SourceEscaping.XmlDocText(speaker.Role);
            w.Line($"/// <summary>{SourceEscaping.XmlDocText(speaker.Name)}{role}: {Plural(speaker.Quotes.Count, "quotation")} in {Plural(articles, "article")}.</summary>");
            WriteAliases(w, speaker.Aliases);
            w.Line($"public {Rt}Speaker {names[i]} => this[{i.ToString(CultureInfo.InvariantCulture)}];");
        }

        w.Close();
        w.Line();
    }

    private static void EmitEntities(IndentedWriter w, EntityCorpusSpec corpus, NamedAccessorSelection selection)
    {
        var items = new List<(string, string)>();
        foreach (var entity in corpus.Entities)
        {
            items.Add((entity.Name, Identity(corpus, entity)));
        }

        var names = NamedAccessorNames.Assign(items, Reserved(EntitiesClass));
        OpenClass(w, EntitiesClass, "Entity", "The entities of the corpus as a list, and as members named after them.", "s_data.Entities");
        for (var i = 0; i < corpus.Entities.Count; i++)
        {
            // Names were assigned over every entity, so a kept member has the name it has without the limit.
            if (!selection.IsEntityKept(i))
            {
                continue;
            }

            var entity = corpus.Entities[i];
            w.Line();
            var kind = entity.Kind.ToString().ToLowerInvariant();
            var role = entity.Role is null ? string.Empty : ", " + SourceEscaping.XmlDocText(entity.Role);
            var articles = DistinctArticles(entity.Mentions);
            w.Line($"/// <summary>{SourceEscaping.XmlDocText(entity.Name)} ({kind}{role}): named {Plural(entity.MentionCount, "time")} in {Plural(articles, "article")}.</summary>");
            WriteAliases(w, entity.Aliases);
            w.Line($"public {Rt}Entity {names[i]} => this[{i.ToString(CultureInfo.InvariantCulture)}];");
        }

        w.Close();
        w.Line();
    }

    private static void EmitStore(IndentedWriter w, int chunkCount)
    {
        // The attribute is on the Store's main declaration (Corpus.g.cs); a partial cannot repeat it.
        w.Open("private sealed partial class Store");
        w.Line($"public override {Rt}CorpusEntityStore? EntityStore => EntityData.Instance;");
        w.Line();
        w.Open($"private sealed class EntityData : {Rt}CorpusEntityStore");
        w.Line("public static readonly EntityData Instance = new EntityData();");
        w.Line();
        w.Line($"public override int ChunkCount => {chunkCount.ToString(CultureInfo.InvariantCulture)};");
        w.Line();
        w.Line("public override global::System.ReadOnlySpan<byte> GetChunk(int index) => index switch");
        w.Line("{");
        for (var i = 0; i < chunkCount; i++)
        {
            w.Line(string.Format(CultureInfo.InvariantCulture, "    {0} => {1},", i, ChunkEmitter.PropertyName(i, ChunkProperty)));
        }

        w.Line("    _ => throw new global::System.ArgumentOutOfRangeException(nameof(index)),");
        w.Line("};");
        w.Close();
        w.Close();
    }

    /// <summary>The store of an entity index kept in the corpus resource: only where the record is, and its checksum.</summary>
    public static string EmitResourceStore(EntityOutputSettings settings, ResourceSectionSpec section)
    {
        var w = new IndentedWriter();
        w.Line(GeneratedCode.Header.TrimEnd('\n'));
        w.Line();
        GeneratedCode.OpenNamespace(w, settings.Namespace);
        w.Open($"static partial class {settings.ClassName}");
        w.Open("private sealed partial class Store");
        w.Line($"public override {Rt}CorpusEntityStore? EntityStore => EntityData.Instance;");
        w.Line();
        w.Line(GeneratedCode.GeneratedCodeAttribute);
        w.Open($"private sealed class EntityData : {Rt}ResourceEntityStore");
        w.Line("// Where the entity index record starts after the resource's header line, its length in bytes, and its");
        w.Line("// checksum (verified when it is first read). The table comes before Instance: static fields initialize in order.");
        ResourceIndexEmitter.EmitTable(w, "s_index", section.Index);
        w.Line();
        w.Line("public static readonly EntityData Instance = new EntityData();");
        w.Line();
        w.Line("private EntityData()");
        w.Line($"    : base({ResourceIndexEmitter.ResourceArguments("EntityData", section.Header, section.DataBytes)}, s_index)");
        w.Line("{");
        w.Line("}");
        w.Close();
        w.Close();
        w.Close();
        GeneratedCode.CloseNamespace(w, settings.Namespace);
        return w.ToString();
    }

    /// <param name="lazy">True when the source list is costly to create and must wait for first use (a lambda);
    /// false for the articles, whose list is a thin view and on the way to the first headline, where a lambda's
    /// closure class would be more code to compile.</param>
    private static void OpenClass(IndentedWriter w, string name, string item, string summary, string source, bool lazy = true)
    {
        w.Line($"/// <summary>{summary}</summary>");
        w.Line(GeneratedCode.GeneratedCodeAttribute);
        w.Open($"public sealed class {name} : {Rt}NamedList<{Rt}{item}>");
        if (lazy)
        {
            w.Line($"internal static readonly {name} Instance = new {name}();");
            w.Line();
        }

        // The articles list has no Instance: the corpus class creates it (EmitEntryPoints), so its constructor is internal.
        w.Line(lazy ? $"private {name}()" : $"internal {name}()");
        w.Line(lazy ? $"    : base(static () => {source})" : $"    : base({source})");
        w.Line("{");
        w.Line("}");
    }

    private static void WriteAliases(IndentedWriter w, EquatableArray<string> aliases)
    {
        if (aliases.Count == 0)
        {
            return;
        }

        var shown = new List<string>();
        for (var i = 0; i < aliases.Count && i < 8; i++)
        {
            shown.Add(aliases[i]);
        }

        var more = aliases.Count > shown.Count ? ", …" : string.Empty;
        w.Line($"/// <remarks>Also: {SourceEscaping.XmlDocText(string.Join(", ", shown), 300)}{more}</remarks>");
    }

    /// <summary>What an entity's name is stable against: its name, kind and the first article that names it.</summary>
    private static string Identity(EntityCorpusSpec corpus, EntityCorpusEntitySpec entity)
    {
        var first = entity.Mentions.Count > 0 ? corpus.Articles[entity.Mentions[0].Article].Id : string.Empty;
        return entity.Name + "\n" + ((int)entity.Kind).ToString(CultureInfo.InvariantCulture) + "\n" + first;
    }

    private static HashSet<string> Reserved(string className)
    {
        var reserved = new HashSet<string>(s_inheritedMembers, System.StringComparer.Ordinal) { className };
        return reserved;
    }

    private static int DistinctArticles(EquatableArray<EntityRefSpec> refs)
    {
        var seen = new HashSet<int>();
        foreach (var reference in refs)
        {
            seen.Add(reference.Article);
        }

        return seen.Count;
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Plural(int count, string noun) => Count(count) + " " + noun + (count == 1 ? string.Empty : "s");
}
