using System.Collections.Generic;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Storage;

/// <summary>
/// Writes the corpus-wide entity model as one record in the text-safe format of <see cref="CorpusRecordWriter"/>:
/// article ids, entities, speakers, then the agency, section, author and date indexes. Articles are referred to by
/// position in the id list, which the runtime maps to its own article positions by id, so the index does not
/// depend on how the articles themselves are stored. The runtime <c>EntityIndexDecoder</c> reads it in this order.
/// </summary>
internal static class EntityIndexEncoder
{
    public static string Encode(EntityCorpusSpec corpus)
    {
        var writer = new CorpusRecordWriter();
        writer.WriteNumber(corpus.Articles.Count);
        foreach (var article in corpus.Articles)
        {
            writer.WriteString(article.Id);
        }

        writer.WriteNumber(corpus.Entities.Count);
        foreach (var entity in corpus.Entities)
        {
            writer.WriteString(entity.Name);
            writer.WriteNumber((int)entity.Kind);
            writer.WriteNullableString(entity.Role);
            writer.WriteStringList(entity.Aliases);
            writer.WriteNumber(entity.MentionCount);
            WriteRefs(writer, entity.Mentions);
            WriteRefs(writer, entity.Quotes);
            writer.WriteNumber(entity.Speaker + 1);
        }

        writer.WriteNumber(corpus.Speakers.Count);
        foreach (var speaker in corpus.Speakers)
        {
            writer.WriteString(speaker.Name);
            writer.WriteNumber((int)speaker.Kind);
            writer.WriteNullableString(speaker.Role);
            writer.WriteStringList(speaker.Aliases);
            writer.WriteNumber(speaker.Entity);
            WriteRefs(writer, speaker.Quotes);
        }

        WriteKeyed(writer, corpus.Agencies);
        WriteKeyed(writer, corpus.Sections);
        WriteKeyed(writer, corpus.Authors);

        writer.WriteNumber(corpus.Dates.Count);
        foreach (var date in corpus.Dates)
        {
            writer.WriteString(date.Date);
            writer.WriteNumber(date.Article);
        }

        return writer.ToString();
    }

    /// <summary>The record in chunks of at most the corpus chunk size in UTF-8 bytes, never splitting a character.</summary>
    public static ChunkSpec[] Chunks(EntityCorpusSpec corpus, string record)
    {
        var chunks = new List<ChunkSpec>();
        var settings = corpus.Settings;
        var start = 0;
        var bytes = 0;
        for (var i = 0; i < record.Length; i++)
        {
            var pair = char.IsHighSurrogate(record[i]) && i + 1 < record.Length && char.IsLowSurrogate(record[i + 1]);
            var size = pair ? 4 : record[i] < 0x80 ? 1 : record[i] < 0x800 ? 2 : 3;
            if (bytes > 0 && bytes + size > settings.ChunkSize)
            {
                chunks.Add(new ChunkSpec(settings.Namespace, settings.ClassName, chunks.Count, record.Substring(start, i - start)));
                start = i;
                bytes = 0;
            }

            bytes += size;
            if (pair)
            {
                i++;
            }
        }

        if (start < record.Length)
        {
            chunks.Add(new ChunkSpec(settings.Namespace, settings.ClassName, chunks.Count, record.Substring(start)));
        }

        return chunks.ToArray();
    }

    private static void WriteRefs(CorpusRecordWriter writer, EquatableArray<EntityRefSpec> refs)
    {
        writer.WriteNumber(refs.Count);
        foreach (var reference in refs)
        {
            writer.WriteNumber(reference.Article);
            writer.WriteNumber(reference.Item);
        }
    }

    private static void WriteKeyed(CorpusRecordWriter writer, EquatableArray<EntityKeyedArticlesSpec> groups)
    {
        writer.WriteNumber(groups.Count);
        foreach (var group in groups)
        {
            writer.WriteString(group.Name);
            writer.WriteNumber(group.Articles.Count);
            foreach (var article in group.Articles)
            {
                writer.WriteNumber(article);
            }
        }
    }
}
