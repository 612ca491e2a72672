using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace NewsCorpus.Tests.Performance;

/// <summary>
/// Speaker and entity lookups by name: the same results as keying every name with <see cref="EntityNameKey.Key"/>
/// (the string key they used before they went allocation-free), and no allocation once the index is built.
/// </summary>
public sealed class NameLookupTests
{
    [Fact]
    public void Every_speaker_name_alias_and_variant_spelling_finds_what_the_string_key_finds()
    {
        var reference = new Reference<Speaker>(Corpus.Speakers, s => s.Name, s => s.Aliases);
        var checkedNames = 0;
        foreach (var speaker in Corpus.Speakers)
        {
            foreach (var name in speaker.Aliases.Prepend(speaker.Name).SelectMany(Variants))
            {
                Assert.Same(reference.Find(name), Corpus.FindSpeaker(name));
                checkedNames++;
            }

            Assert.Same(speaker, Corpus.FindSpeaker(speaker.Name.ToUpperInvariant()));
        }

        Assert.True(checkedNames > 100, checkedNames + " names");
    }

    [Fact]
    public void Every_entity_name_alias_and_variant_spelling_finds_what_the_string_key_finds()
    {
        var reference = new Reference<Entity>(Corpus.Entities, e => e.Name, e => e.Aliases);
        foreach (var entity in Corpus.Entities)
        {
            foreach (var name in entity.Aliases.Prepend(entity.Name).SelectMany(Variants))
            {
                Assert.Same(reference.Find(name), Corpus.FindEntity(name));
            }
        }
    }

    [Fact]
    public void Finding_a_speaker_or_an_entity_by_name_allocates_nothing()
    {
        var speakers = Corpus.Speakers.Select(s => s.Name.ToUpperInvariant()).ToArray();
        // Accented, precomposed and combining, so the non-ASCII path is measured too: the key drops the accents.
        var entities = Corpus.Entities.Select(e => e.Name.Replace('e', '\u00E9').Replace("a", "a\u0301")).ToArray();
        var warm = Lookups(speakers, entities);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var found = Lookups(speakers, entities);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(warm, found);
        Assert.True(found > speakers.Length, found + " found");
        Assert.Equal(0, allocated);
    }

    private static int Lookups(string[] speakers, string[] entities)
    {
        var found = 0;
        foreach (var name in speakers)
        {
            found += Corpus.FindSpeaker(name) is null ? 0 : 1;
        }

        foreach (var name in entities)
        {
            found += Corpus.FindEntity(name) is null ? 0 : 1;
        }

        return found;
    }

    private static IEnumerable<string> Variants(string name)
    {
        yield return name;
        yield return name.ToUpperInvariant();
        yield return name.ToLowerInvariant();
        yield return name.Normalize(NormalizationForm.FormD);
        yield return RemoveAccents(name);
        yield return name.Replace('y', 'i');
        yield return name.Replace('i', 'y');
        yield return name.Replace("s", "ss");
        yield return name.Replace(' ', '-');
        yield return " " + name + ". ";
        yield return name.Replace("Sergey", "Sergei").Replace("Volodymyr", "Vladimir").Replace("Alexei", "Oleksiy");
    }

    private static string RemoveAccents(string name) =>
        new(name.Normalize(NormalizationForm.FormD).Where(c => char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray());

    /// <summary>The lookup as it was: string keys, a canonical name before an alias, one match or none.</summary>
    private sealed class Reference<T>
        where T : class
    {
        private readonly IReadOnlyList<T> _items;
        private readonly Dictionary<string, List<int>> _canonical = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<int>> _aliases = new(StringComparer.Ordinal);

        public Reference(IReadOnlyList<T> items, Func<T, string> name, Func<T, IReadOnlyList<string>> aliases)
        {
            _items = items;
            for (var i = 0; i < items.Count; i++)
            {
                Add(_canonical, name(items[i]), i);
                foreach (var alias in aliases(items[i]))
                {
                    Add(_aliases, alias, i);
                }
            }
        }

        public T? Find(string name)
        {
            var all = FindAll(name);
            return all.Count == 1 ? all[0] : null;
        }

        public IReadOnlyList<T> FindAll(string name)
        {
            var key = EntityNameKey.Key(name);
            var positions = key.Length == 0 ? null
                : _canonical.TryGetValue(key, out var canonical) ? canonical
                : _aliases.TryGetValue(key, out var aliased) ? aliased
                : null;
            return positions is null ? Array.Empty<T>() : positions.Select(p => _items[p]).ToList();
        }

        private static void Add(Dictionary<string, List<int>> table, string name, int position)
        {
            var key = EntityNameKey.Key(name);
            if (key.Length == 0)
            {
                return;
            }

            if (!table.TryGetValue(key, out var list))
            {
                table[key] = list = new List<int>();
            }

            if (list.Count == 0 || list[^1] != position)
            {
                list.Add(position);
            }
        }
    }
}
