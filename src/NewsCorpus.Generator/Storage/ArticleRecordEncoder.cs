using System;
using System.Collections.Generic;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Storage;

/// <summary>
/// Writes an <see cref="ArticleSpec"/> as one stored record. The field order is the contract with the runtime
/// <c>ArticleDecoder</c>; change both together and bump <c>CorpusRecordFormat.Version</c>.
/// </summary>
internal static class ArticleRecordEncoder
{
    [System.ThreadStatic]
    private static System.Text.StringBuilder? t_buffer;

    // Per thread: the record's characters on their way to UTF-8, so no string of the record is made.
    [System.ThreadStatic]
    private static char[]? t_chars;

    // Per thread, for one article at a time: the first quotation naming each speaker, so a repeated speaker is found
    // by one lookup however many quotations the article has.
    [System.ThreadStatic]
    private static Dictionary<SpeakerSpec, int>? t_firstQuoteOf;

    public static EncodedArticle Encode(ArticleSpec article)
    {
        // One builder per thread for every article (the generator encodes files in parallel): a record is built
        // into it and copied out once by ToString, instead of growing a new builder chunk by chunk each time.
        var buffer = t_buffer ??= new System.Text.StringBuilder(1 << 16);
        if (buffer.Capacity > 1 << 22)
        {
            buffer = t_buffer = new System.Text.StringBuilder(1 << 16);
        }

        var writer = new CorpusRecordWriter(buffer);
        writer.WriteString(article.Id);
        writer.WriteString(article.SourcePath);
        writer.WriteString(article.Title);
        writer.WriteNullableString(article.Section);
        writer.WriteNullableString(article.PublishedAt);
        writer.WriteNullableString(article.Dateline);
        writer.WriteNullableString(article.Agency);
        writer.WriteStringList(article.Authors);
        writer.WriteStringList(article.Credits);
        writer.WriteStringList(article.Subheadings);

        // The body is stored once, paragraphs joined by a blank line, followed by each paragraph's UTF-8 length:
        // the body and every paragraph are then contiguous slices of the record, readable as UTF-8 without a copy.
        // Each paragraph is checked and its length counted once, for the body's length and its own.
        var texts = new string[article.Paragraphs.Count];
        var lengths = new int[texts.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = CorpusRecordWriter.Clean(article.Paragraphs[i].Text, out lengths[i]);
        }

        writer.WriteJoined(texts, lengths, CorpusRecordFormat.ParagraphSeparator);
        writer.WriteNumber(article.Paragraphs.Count);
        for (var i = 0; i < texts.Length; i++)
        {
            writer.WriteNumber(lengths[i]);
            writer.WriteNumber(article.Paragraphs[i].Subheading + 1);
        }

        // A quotation's words are nearly always the stored paragraph's own characters from Start to End, so the
        // record then says so instead of storing them twice (about a fifth of a news corpus is quoted speech);
        // and a speaker quoted again in the same article refers to the quotation that first named them.
        var quotes = article.Quotes.AsSpan();
        var firstQuoteOf = t_firstQuoteOf ??= new Dictionary<SpeakerSpec, int>();
        writer.WriteNumber(quotes.Length);
        for (var i = 0; i < quotes.Length; i++)
        {
            var quote = quotes[i];
            writer.WriteNumber(quote.Paragraph);
            writer.WriteNumber(quote.Start);
            writer.WriteNumber(quote.End);
            writer.WriteNullableString(IsSliceOf(quote, texts) ? null : quote.Text);
            writer.WriteNumber((int)quote.Kind);
            WriteSpeaker(writer, quote.Speaker, i, firstQuoteOf);
            writer.WriteNullableString(quote.Cue);
            writer.WriteNumber(quote.ContinuesPrevious ? 1 : 0);
        }

        // Emptied for the next article; one that named thousands of speakers does not keep its table.
        firstQuoteOf.Clear();
        if (quotes.Length > 1 << 12)
        {
            t_firstQuoteOf = null;
        }

        writer.WriteNumber(article.Removed.Count);
        foreach (var removed in article.Removed.AsSpan())
        {
            writer.WriteString(removed.Text);
            writer.WriteNumber((int)removed.Reason);
            writer.WriteNumber(removed.Line);
        }

        EntityRecordWriter.Write(writer, article.Entities);

        var record = writer.ToUtf8(ref t_chars);
        if (t_chars!.Length > 1 << 22)
        {
            t_chars = null;
        }

        return new EncodedArticle(article.Id, article.SourcePath, new EquatableArray<byte>(record), global::NewsCorpus.CorpusChecksum.Compute(record));
    }

    /// <summary>Whether the quotation's text is the stored (cleaned) paragraph's text from Start to End.</summary>
    private static bool IsSliceOf(QuoteSpec quote, string[] paragraphs)
    {
        if ((uint)quote.Paragraph >= (uint)paragraphs.Length)
        {
            return false;
        }

        var paragraph = paragraphs[quote.Paragraph];
        return quote.Start >= 0 && quote.End >= quote.Start && quote.End <= paragraph.Length
            && paragraph.AsSpan(quote.Start, quote.End - quote.Start).SequenceEqual(quote.Text.AsSpan());
    }

    /// <summary>0: no speaker; 1: the speaker follows; 2 + k: the same speaker as quotation k of this article.</summary>
    private static void WriteSpeaker(CorpusRecordWriter writer, SpeakerSpec? speaker, int index, Dictionary<SpeakerSpec, int> firstQuoteOf)
    {
        if (speaker is null)
        {
            writer.WriteNumber(0);
            return;
        }

        if (firstQuoteOf.TryGetValue(speaker, out var first))
        {
            writer.WriteNumber(CorpusRecordFormat.SameSpeakerBase + first);
            return;
        }

        firstQuoteOf.Add(speaker, index);

        writer.WriteNumber(1);
        writer.WriteString(speaker.Name);
        writer.WriteNumber((int)speaker.Kind);
        writer.WriteNullableString(speaker.Role);
        writer.WriteStringList(speaker.Aliases);
    }
}
