namespace NewsCorpus.Generator.Model;

/// <summary>An alias file (AdditionalFiles with NewsCorpusAliases="true") as read: path and text.</summary>
internal sealed record EntityAliasFileSpec(string Path, string? Content);

/// <summary>
/// The rules of one alias file. A rule either merges names into one entity under a canonical name, or keeps
/// names apart that automatic merging would join.
/// </summary>
/// <param name="Rules">The usable rules, in file order.</param>
/// <param name="Diagnostics">Lines that could not be used, located in the alias file.</param>
internal sealed record EntityAliasRules(
    EquatableArray<EntityAliasRule> Rules,
    EquatableArray<DiagnosticSpec> Diagnostics)
{
    public static readonly EntityAliasRules None = new(EquatableArray<EntityAliasRule>.Empty, EquatableArray<DiagnosticSpec>.Empty);
}

/// <summary>One rule line of an alias file.</summary>
/// <param name="KeepApart">False: the names are one entity called <c>Names[0]</c>. True: the names are different entities.</param>
/// <param name="Names">The names on the line, canonical name first for a merge rule.</param>
/// <param name="FilePath">The alias file, for diagnostics about the rule.</param>
/// <param name="Line">Where the rule is, for diagnostics.</param>
internal sealed record EntityAliasRule(
    bool KeepApart,
    EquatableArray<string> Names,
    string FilePath,
    TextSpanSpec Line);
