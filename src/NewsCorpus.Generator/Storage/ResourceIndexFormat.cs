using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Storage;

/// <summary>
/// The text form of <see cref="ResourceIndexSpec"/> (obj/newscorpus.index): a first line naming the format, then
/// tokens separated by white space: numbers in decimal, strings as <c>length:chars</c> (length -1 for null), lists
/// as a count and their items. The generator reads it as data from the build: <see cref="Read"/> checks every count
/// and index against what is left and what it points into, and reports a damaged file as an error message, never
/// an exception; whatever text it carries reaches generated source only through the emitters' escaping.
/// </summary>
internal static class ResourceIndexFormat
{
    /// <summary>The first line; a reader of another version falls back to parsing the corpus.</summary>
    /// <summary>Bumped whenever what the index holds changes.</summary>
    public const int Version = 3;

    public static readonly string Magic = "newscorpus-index-" + Version.ToString(CultureInfo.InvariantCulture);

    /// <summary>The index as text.</summary>
    public static string Write(ResourceIndexSpec index)
    {
        var w = new Writer();
        w.Builder.Append(Magic).Append('\n');
        foreach (var section in new[] { index.Blob.Search, index.Blob.Clusters, index.Blob.Entities })
        {
            w.Int(section.Pieces.Count);
            foreach (var piece in section.Pieces)
            {
                w.Int(piece.Length);
                w.Long(piece.Checksum);
            }

            w.Line();
        }

        w.Int(index.Articles.Count);
        w.Line();
        foreach (var article in index.Articles)
        {
            w.String(article.Id);
            w.Int(article.Length);
            w.Long(article.Checksum);
            w.Line();
        }

        w.Diagnostics(index.LayoutDiagnostics);
        w.Diagnostics(index.ArticleDiagnostics);
        w.Int(index.Search.PassageCount);
        w.Long(index.Search.TokenCount);
        w.Int(index.Search.TermCount);
        w.Int(index.Search.ChunkCount);
        w.Int(index.Search.ShardStarts.Count / 2);
        foreach (var start in index.Search.ShardStarts)
        {
            w.Int(start);
        }

        w.Line();
        WriteEntities(w, index.Entities);
        w.Builder.Append("end\n");
        return w.Builder.ToString();
    }

    /// <summary>The index in <paramref name="text"/>, or null and why not.</summary>
    public static ResourceIndexSpec? Read(string text, out string? error)
    {
        try
        {
            var index = ReadCore(new Reader(text));
            error = null;
            return index;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // FormatException from the checks below, anything else from a case they missed: either way the file is
            // not used, and a generator that throws would lose every generated file.
            error = exception is FormatException ? exception.Message : exception.GetType().Name + ": " + exception.Message;
            return null;
        }
    }

    private static ResourceIndexSpec ReadCore(Reader r)
    {
        r.Expect(Magic + "\n");
        var sections = new BlobSectionSpec[3];
        for (var s = 0; s < sections.Length; s++)
        {
            var pieces = new BlobPieceSpec[r.Count()];
            for (var i = 0; i < pieces.Length; i++)
            {
                pieces[i] = new BlobPieceSpec(r.NonNegative(), r.Checksum());
            }

            sections[s] = new BlobSectionSpec(new EquatableArray<BlobPieceSpec>(pieces));
        }

        var articles = new ArticleLocationSpec[r.Count()];
        var records = new BlobPieceSpec[articles.Length];
        long offset = 0;
        for (var i = 0; i < articles.Length; i++)
        {
            var id = r.String() ?? throw new FormatException("article " + i + " has no id");
            var length = r.NonNegative();
            var checksum = r.Checksum();
            if (offset + length > int.MaxValue)
            {
                throw new FormatException("the records exceed 2 GB");
            }

            articles[i] = new ArticleLocationSpec(id, 0, (int)offset, length, checksum);
            records[i] = new BlobPieceSpec(length, checksum);
            offset += length;
        }

        var layoutDiagnostics = ReadDiagnostics(r);
        var articleDiagnostics = ReadDiagnostics(r);
        var search = new SearchIndexSpec(
            new SearchSettingsSpec(string.Empty, CorpusSettings.DefaultClassName, CorpusSettings.DefaultChunkSize),
            r.NonNegative(),
            r.NonNegativeLong(),
            r.NonNegative(),
            r.NonNegative(),
            ReadShardStarts(r, articles.Length));
        if (search.ChunkCount != sections[0].Pieces.Count)
        {
            throw new FormatException("the search index has " + search.ChunkCount + " chunks, its section " + sections[0].Pieces.Count);
        }

        if (search.ShardStarts.Count > 0 && search.ShardStarts[search.ShardStarts.Count - 1] > search.ChunkCount)
        {
            throw new FormatException("the last search shard starts after the search chunks");
        }

        var entities = ReadEntities(r);
        r.ExpectEnd("end");

        // The header is computed here from the pieces, as the task computed it from the bytes it wrote: an index
        // whose pieces differ from the resource's cannot carry that resource's header.
        var locations = new EquatableArray<ArticleLocationSpec>(articles);
        var table = ArticleTableFormat.Section(locations);
        var blob = CorpusBlobFormat.Describe(new BlobSectionSpec(new EquatableArray<BlobPieceSpec>(records)), sections[0], sections[1], sections[2], table);
        if (blob.DataBytes > int.MaxValue)
        {
            throw new FormatException("the resource exceeds 2 GB");
        }

        return new ResourceIndexSpec(blob, locations, layoutDiagnostics, articleDiagnostics, search, entities);
    }

    private static void WriteEntities(Writer w, EntityCorpusSpec entities)
    {
        w.Int(entities.Articles.Count);
        w.Line();
        foreach (var article in entities.Articles)
        {
            w.String(article.Id);
            w.String(article.Title);
            w.String(article.Lead);
            w.Line();
        }

        w.Int(entities.Entities.Count);
        w.Line();
        foreach (var entity in entities.Entities)
        {
            w.String(entity.Name);
            w.Int((int)entity.Kind);
            w.String(entity.Role);
            w.Strings(entity.Aliases);
            w.Int(entity.MentionCount);
            w.Refs(entity.Mentions);
            w.Refs(entity.Quotes);
            w.Int(entity.Speaker);
            w.Line();
        }

        w.Int(entities.Speakers.Count);
        w.Line();
        foreach (var speaker in entities.Speakers)
        {
            w.String(speaker.Name);
            w.Int((int)speaker.Kind);
            w.String(speaker.Role);
            w.Strings(speaker.Aliases);
            w.Int(speaker.Entity);
            w.Refs(speaker.Quotes);
            w.Line();
        }

        foreach (var keyed in new[] { entities.Agencies, entities.Sections, entities.Authors })
        {
            w.Int(keyed.Count);
            w.Line();
            foreach (var item in keyed)
            {
                w.String(item.Name);
                w.Int(item.Articles.Count);
                foreach (var article in item.Articles)
                {
                    w.Int(article);
                }

                w.Line();
            }
        }

        w.Int(entities.Dates.Count);
        w.Line();
        foreach (var date in entities.Dates)
        {
            w.String(date.Date);
            w.Int(date.Article);
            w.Line();
        }

        w.Diagnostics(entities.Diagnostics);
    }

    private static EntityCorpusSpec ReadEntities(Reader r)
    {
        var articles = new EntityCorpusArticleSpec[r.Count()];
        for (var i = 0; i < articles.Length; i++)
        {
            articles[i] = new EntityCorpusArticleSpec(r.Required(), r.Required(), r.Required());
        }

        var entityCount = r.Count();
        var entities = new EntityCorpusEntitySpec[entityCount];
        var entitySpeakers = new int[entityCount];
        for (var i = 0; i < entities.Length; i++)
        {
            var name = r.Required();
            var kind = r.Enum<global::NewsCorpus.EntityKind>();
            var role = r.String();
            var aliases = r.Strings();
            var mentionCount = r.NonNegative();
            var mentions = r.Refs(articles.Length);
            var quotes = r.Refs(articles.Length);
            entitySpeakers[i] = r.Int();
            entities[i] = new EntityCorpusEntitySpec(name, kind, role, aliases, mentionCount, mentions, quotes, entitySpeakers[i]);
        }

        var speakers = new EntityCorpusSpeakerSpec[r.Count()];
        for (var i = 0; i < speakers.Length; i++)
        {
            var name = r.Required();
            var kind = r.Enum<global::NewsCorpus.SpeakerKind>();
            var role = r.String();
            var aliases = r.Strings();
            var entity = r.Int();
            if (entity < -1 || entity >= entities.Length)
            {
                throw new FormatException("speaker " + i + " names entity " + entity + " of " + entities.Length);
            }

            speakers[i] = new EntityCorpusSpeakerSpec(name, kind, role, aliases, entity, r.Refs(articles.Length));
        }

        foreach (var speaker in entitySpeakers)
        {
            if (speaker < -1 || speaker >= speakers.Length)
            {
                throw new FormatException("an entity names speaker " + speaker + " of " + speakers.Length);
            }
        }

        var keyed = new EquatableArray<EntityKeyedArticlesSpec>[3];
        for (var k = 0; k < keyed.Length; k++)
        {
            var items = new EntityKeyedArticlesSpec[r.Count()];
            for (var i = 0; i < items.Length; i++)
            {
                var name = r.Required();
                var list = new int[r.Count()];
                for (var j = 0; j < list.Length; j++)
                {
                    list[j] = r.Index(articles.Length);
                }

                items[i] = new EntityKeyedArticlesSpec(name, new EquatableArray<int>(list));
            }

            keyed[k] = new EquatableArray<EntityKeyedArticlesSpec>(items);
        }

        var dates = new EntityDatedArticleSpec[r.Count()];
        for (var i = 0; i < dates.Length; i++)
        {
            dates[i] = new EntityDatedArticleSpec(r.Required(), r.Index(articles.Length));
        }

        return new EntityCorpusSpec(
            EntityOutputSettings.Default,
            new EquatableArray<EntityCorpusArticleSpec>(articles),
            new EquatableArray<EntityCorpusEntitySpec>(entities),
            new EquatableArray<EntityCorpusSpeakerSpec>(speakers),
            keyed[0],
            keyed[1],
            keyed[2],
            new EquatableArray<EntityDatedArticleSpec>(dates),
            ReadDiagnostics(r));
    }

    /// <summary>The search shard table: ascending first articles (the first 0, all below the article count) and first chunks.</summary>
    private static EquatableArray<int> ReadShardStarts(Reader r, int articleCount)
    {
        var count = r.NonNegative();
        if (count > articleCount)
        {
            throw new FormatException("the search index has " + count + " shards for " + articleCount + " articles");
        }

        var starts = new int[count * 2];
        for (var i = 0; i < count; i++)
        {
            starts[i * 2] = r.NonNegative();
            starts[(i * 2) + 1] = r.NonNegative();
            var first = i == 0;
            if ((first && (starts[0] != 0 || starts[1] != 0))
                || (!first && (starts[i * 2] <= starts[(i * 2) - 2] || starts[(i * 2) + 1] < starts[(i * 2) - 1]))
                || starts[i * 2] >= articleCount)
            {
                throw new FormatException("search shard " + i + " does not start after the one before it");
            }
        }

        return new EquatableArray<int>(starts);
    }

    private static EquatableArray<DiagnosticSpec> ReadDiagnostics(Reader r)
    {
        var diagnostics = new DiagnosticSpec[r.Count()];
        for (var i = 0; i < diagnostics.Length; i++)
        {
            var id = r.Required();
            var path = r.Required();
            var span = new TextSpanSpec(r.NonNegative(), r.NonNegative(), r.NonNegative(), r.NonNegative(), r.NonNegative(), r.NonNegative());
            diagnostics[i] = new DiagnosticSpec(id, path, span, r.Strings());
        }

        return new EquatableArray<DiagnosticSpec>(diagnostics);
    }

    private sealed class Writer
    {
        public StringBuilder Builder { get; } = new();

        public void Int(int value) => Builder.Append(value.ToString(CultureInfo.InvariantCulture)).Append(' ');

        public void Long(long value) => Builder.Append(value.ToString(CultureInfo.InvariantCulture)).Append(' ');

        public void Line() => Builder.Append('\n');

        public void String(string? value)
        {
            if (value is null)
            {
                Builder.Append("-1: ");
                return;
            }

            Builder.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append(' ');
        }

        public void Strings(EquatableArray<string> values)
        {
            Int(values.Count);
            foreach (var value in values)
            {
                String(value);
            }
        }

        public void Refs(EquatableArray<EntityRefSpec> refs)
        {
            Int(refs.Count);
            foreach (var item in refs)
            {
                Int(item.Article);
                Int(item.Item);
            }
        }

        public void Diagnostics(EquatableArray<DiagnosticSpec> diagnostics)
        {
            Int(diagnostics.Count);
            Line();
            foreach (var d in diagnostics)
            {
                String(d.DescriptorId);
                String(d.FilePath);
                Int(d.Span.Start);
                Int(d.Span.Length);
                Int(d.Span.StartLine);
                Int(d.Span.StartColumn);
                Int(d.Span.EndLine);
                Int(d.Span.EndColumn);
                Strings(d.Arguments);
                Line();
            }
        }
    }

    /// <summary>Reads tokens; every method throws <see cref="FormatException"/> on anything unexpected.</summary>
    private sealed class Reader(string text)
    {
        private int _position;

        public void Expect(string literal)
        {
            if (literal.Length > text.Length - _position || string.CompareOrdinal(text, _position, literal, 0, literal.Length) != 0)
            {
                throw new FormatException("expected '" + literal.Trim() + "' at character " + _position);
            }

            _position += literal.Length;
        }

        public void ExpectEnd(string last)
        {
            SkipSpace();
            Expect(last);
            SkipSpace();
            if (_position != text.Length)
            {
                throw new FormatException("unexpected text after the end at character " + _position);
            }
        }

        public long Long()
        {
            SkipSpace();
            var start = _position;
            if (_position < text.Length && text[_position] == '-')
            {
                _position++;
            }

            while (_position < text.Length && text[_position] >= '0' && text[_position] <= '9')
            {
                _position++;
            }

            if (_position == start || _position - start > 19
                || !long.TryParse(text.Substring(start, _position - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                throw new FormatException("expected a number at character " + start);
            }

            return value;
        }

        public int Int()
        {
            var value = Long();
            return value is < int.MinValue or > int.MaxValue ? throw new FormatException("number out of range before character " + _position) : (int)value;
        }

        public int NonNegative()
        {
            var value = Int();
            return value < 0 ? throw new FormatException("negative number before character " + _position) : value;
        }

        public long NonNegativeLong()
        {
            var value = Long();
            return value < 0 ? throw new FormatException("negative number before character " + _position) : value;
        }

        public uint Checksum()
        {
            var value = Long();
            return value is < 0 or > uint.MaxValue ? throw new FormatException("checksum out of range before character " + _position) : (uint)value;
        }

        /// <summary>A list's length: every item takes at least one character, so a count beyond what is left is damage, not a reason to allocate.</summary>
        public int Count()
        {
            var value = NonNegative();
            return value > text.Length - _position ? throw new FormatException("count " + value + " exceeds the file before character " + _position) : value;
        }

        public int Index(int count)
        {
            var value = Int();
            return value < 0 || value >= count ? throw new FormatException("index " + value + " out of 0.." + count + " before character " + _position) : value;
        }

        public T Enum<T>()
            where T : struct
        {
            var value = Int();
            return System.Enum.IsDefined(typeof(T), value) ? (T)(object)value : throw new FormatException("not a " + typeof(T).Name + ": " + value);
        }

        public string? String()
        {
            var length = Int();
            Expect(":");
            if (length == -1)
            {
                return null;
            }

            if (length < 0 || length > text.Length - _position)
            {
                throw new FormatException("string of " + length + " characters exceeds the file at character " + _position);
            }

            var value = text.Substring(_position, length);
            _position += length;
            return value;
        }

        public string Required() => String() ?? throw new FormatException("missing text before character " + _position);

        public EquatableArray<string> Strings()
        {
            var values = new string[Count()];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Required();
            }

            return new EquatableArray<string>(values);
        }

        public EquatableArray<EntityRefSpec> Refs(int articles)
        {
            var refs = new EntityRefSpec[Count()];
            for (var i = 0; i < refs.Length; i++)
            {
                refs[i] = new EntityRefSpec(Index(articles), NonNegative());
            }

            return new EquatableArray<EntityRefSpec>(refs);
        }

        private void SkipSpace()
        {
            while (_position < text.Length && (text[_position] == ' ' || text[_position] == '\n' || text[_position] == '\r'))
            {
                _position++;
            }
        }
    }
}
