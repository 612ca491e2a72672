using System.Collections.Generic;
using System.Globalization;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Storage;

/// <summary>
/// The key of the resource index (obj/newscorpus.index): a hash of every input the index's data depends on. The
/// build task computes it from the text it parsed, the generator from the text the compiler gives it, each file
/// hashed on its own (the generator hashes in a per-file step, so an edit re-hashes one file and parses none).
/// Equal keys mean the task parsed exactly the text this compilation sees: same paths, ids, texts (decoded as the
/// compiler decodes them), alias files, chunk size and article size limit, in the same order.
/// </summary>
internal static class ResourceIndexKey
{
    /// <summary>Bumped whenever what the index holds, or how the key is computed, changes.</summary>
    public const int Version = 1;

    private const ulong FnvOffset = 14695981039346656037;

    private const ulong FnvPrime = 1099511628211;

    /// <summary>A 64-bit FNV-1a hash of the text's UTF-16 code units and its length; 0 for no text.</summary>
    public static ulong HashText(string? text)
    {
        if (text is null)
        {
            return 0;
        }

        var hash = FnvOffset;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ (byte)c) * FnvPrime);
            hash = unchecked((hash ^ (byte)(c >> 8)) * FnvPrime);
        }

        hash = Mix(hash, (ulong)text.Length);
        return hash == 0 ? 1 : hash;
    }

    /// <summary>The key over every corpus file (in item order), every alias file and the settings the data depends on.</summary>
    public static string Compute(IEnumerable<IndexedFileSpec> files, IEnumerable<IndexedFileSpec> aliasFiles, int chunkSize, long maxArticleBytes)
    {
        var hash = Mix(FnvOffset, (ulong)Version);
        hash = Mix(hash, (ulong)chunkSize);
        hash = Mix(hash, (ulong)maxArticleBytes);
        var count = 0;
        foreach (var file in files)
        {
            hash = MixString(hash, file.Path);
            hash = MixString(hash, file.Id);
            hash = Mix(hash, file.TextHash);
            count++;
        }

        hash = Mix(hash, (ulong)count);
        var aliases = 0;
        foreach (var file in aliasFiles)
        {
            hash = MixString(hash, file.Path);
            hash = Mix(hash, file.TextHash);
            aliases++;
        }

        hash = Mix(hash, (ulong)aliases);
        return string.Format(CultureInfo.InvariantCulture, "{0}-{1}-{2}-{3:x16}", Version, count, aliases, hash);
    }

    private static ulong MixString(ulong hash, string? text)
    {
        hash = Mix(hash, (ulong)(text?.Length ?? -1));
        foreach (var c in text ?? string.Empty)
        {
            hash = unchecked((hash ^ c) * FnvPrime);
        }

        return hash;
    }

    private static ulong Mix(ulong hash, ulong value)
    {
        for (var i = 0; i < 8; i++)
        {
            hash = unchecked((hash ^ ((value >> (8 * i)) & 0xFF)) * FnvPrime);
        }

        return hash;
    }
}
