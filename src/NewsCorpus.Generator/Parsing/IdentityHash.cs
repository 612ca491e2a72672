using System;

namespace NewsCorpus.Generator.Parsing;

/// <summary>
/// Hash codes for objects that dictionaries key by identity (entity candidates, speaker entities). The runtime's
/// own identity hash is installed in the object header on first use, a slow path that showed up at several
/// percent of the parse; a number stored at construction is a field read. Equality stays reference equality, and
/// no output depends on hash values (dictionaries enumerate in insertion order).
/// </summary>
internal static class IdentityHash
{
    [ThreadStatic]
    private static int t_next;

    public static int Next() => unchecked(++t_next);
}
