using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Storage;

/// <summary>
/// Writes an article's entities at the end of its record (after everything <c>ArticleRecordEncoder</c> writes
/// before them); the runtime <c>EntityMentionDecoder</c> reads them back in the same order.
/// </summary>
internal static class EntityRecordWriter
{
    public static void Write(CorpusRecordWriter writer, EquatableArray<EntityMentionSpec> entities)
    {
        writer.WriteNumber(entities.Count);
        foreach (var entity in entities.AsSpan())
        {
            writer.WriteString(entity.Name);
            writer.WriteNumber((int)entity.Kind);
            writer.WriteNullableString(entity.Role);
            writer.WriteStringList(entity.Aliases);
            writer.WriteNumber(entity.Occurrences.Count);
            foreach (var occurrence in entity.Occurrences.AsSpan())
            {
                // The headline is paragraph -1: stored shifted by one, as numbers are unsigned.
                writer.WriteNumber(occurrence.Paragraph + 1);
                writer.WriteNumber(occurrence.Start);
                writer.WriteNumber(occurrence.End);
            }

            WriteNumbers(writer, entity.Quotes);
            WriteNumbers(writer, entity.Said);
        }
    }

    private static void WriteNumbers(CorpusRecordWriter writer, EquatableArray<int> numbers)
    {
        writer.WriteNumber(numbers.Count);
        foreach (var number in numbers.AsSpan())
        {
            writer.WriteNumber(number);
        }
    }
}
