using System;
using System.Collections.Generic;
using NewsCorpus.Generator.Model;

namespace NewsCorpus.Generator.Parsing.Entities;

/// <summary>
/// Reads an alias file: one rule per line, '#' starts a comment.
/// <code>
/// Sergey Lavrov, Lavrov, Sergei Lavrov        # canonical name, then aliases: one entity
/// keep apart: Boris Johnson, Lyndon Johnson   # different entities, whatever the rules would merge
/// </code>
/// A line that is neither becomes a warning (NC0030) located on that line; the other lines still apply.
/// </summary>
internal static class EntityAliasFileParser
{
    public const string KeepApartPrefix = "keep apart:";

    /// <summary>Longer than any real name: a sign the line is not a list of names.</summary>
    private const int MaxNameLength = 120;

    public static EntityAliasRules Parse(EntityAliasFileSpec file)
    {
        if (file.Content is null)
        {
            var unreadable = new DiagnosticSpec(
                DiagnosticIds.UnreadableFile,
                file.Path,
                TextSpanSpec.FileStart,
                new[] { file.Path, "the compiler could not read its text" }.ToEquatableArray());
            return new EntityAliasRules(EquatableArray<EntityAliasRule>.Empty, new[] { unreadable }.ToEquatableArray());
        }

        var lines = LineSplitter.Split(file.Content.TrimStart('\uFEFF'));
        var map = new SourceMap(file.Path, lines);
        var rules = new List<EntityAliasRule>();
        var diagnostics = new List<DiagnosticSpec>();
        foreach (var line in lines)
        {
            var text = StripComment(line.Text).Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var keepApart = text.StartsWith(KeepApartPrefix, StringComparison.OrdinalIgnoreCase);
            var list = keepApart ? text.Substring(KeepApartPrefix.Length) : text;
            var names = new List<string>();
            var keys = new HashSet<string>(StringComparer.Ordinal);
            string? problem = null;
            foreach (var part in list.Split(','))
            {
                var name = EntityCandidateFinder.Collapse(part);
                if (name.Length == 0)
                {
                    problem = "it has an empty name between commas";
                    break;
                }

                if (name.Length > MaxNameLength || EntityKeys.Key(name).Length == 0)
                {
                    problem = "'" + Shorten(name) + "' is not a name";
                    break;
                }

                // The same name twice on one line says nothing more; keep the first spelling. Spellings the variant
                // key folds together still count as two names: "keep apart: Vladimir Zelensky, Volodymyr Zelenskyy".
                if (keys.Add(keepApart ? EntityKeys.SpellingKey(name) : EntityKeys.Key(name)))
                {
                    names.Add(name);
                }
            }

            if (problem is null && names.Count < 2)
            {
                problem = keepApart ? "'keep apart:' needs at least two names" : "a rule needs a canonical name and at least one alias, separated by commas";
            }

            if (problem is not null)
            {
                diagnostics.Add(map.Diagnostic(DiagnosticIds.AliasLineInvalid, map.Line(line.Number), problem));
                continue;
            }

            rules.Add(new EntityAliasRule(keepApart, names.ToEquatableArray(), file.Path, map.Line(line.Number)));
        }

        return new EntityAliasRules(rules.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#');
        return hash < 0 ? line : line.Substring(0, hash);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 39) + "\u2026";
}
