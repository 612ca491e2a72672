using System;
using System.Collections;
using System.Collections.Generic;

namespace NewsCorpus.Generator.Model;

/// <summary>
/// An immutable array that compares by content. Incremental pipeline models must be value-equatable
/// so that an unchanged input yields an equal model and Roslyn can reuse the cached downstream work;
/// a plain array compares by reference and would defeat that.
/// </summary>
internal readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
    where T : IEquatable<T>
{
    public static readonly EquatableArray<T> Empty = new(Array.Empty<T>());

    private readonly T[]? _items;

    public EquatableArray(T[] items) => _items = items;

    public EquatableArray(IEnumerable<T> items) => _items = ToArray(items);

    public int Count => _items?.Length ?? 0;

    // The same items in the same order as new List<T>(items).ToArray(), with one array instead of two for a collection.
    private static T[] ToArray(IEnumerable<T> items)
    {
        if (items is ICollection<T> collection)
        {
            if (collection.Count == 0)
            {
                return Array.Empty<T>();
            }

            var array = new T[collection.Count];
            collection.CopyTo(array, 0);
            return array;
        }

        return new List<T>(items).ToArray();
    }

    public bool IsEmpty => Count == 0;

    public T this[int index] => (_items ?? Array.Empty<T>())[index];

    public ReadOnlySpan<T> AsSpan() => _items;

    /// <summary>The items as read-only memory: for APIs that take an array segment (MemoryMarshal.TryGetArray) but do not change it.</summary>
    public ReadOnlyMemory<T> AsMemory() => _items;

    // The same array is equal without a look at its items: cached pipeline values are passed on by reference,
    // so this is the common case when a collected model is compared with its previous run.
    public bool Equals(EquatableArray<T> other) => ReferenceEquals(_items, other._items) || AsSpan().SequenceEqual(other.AsSpan());

    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = HashCodes.Seed;
        foreach (var item in AsSpan())
        {
            hash = HashCodes.Combine(hash, item is null ? 0 : item.GetHashCode());
        }

        return hash;
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(_items ?? Array.Empty<T>())).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);
}

internal static class EquatableArray
{
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
        where T : IEquatable<T> => new(items);
}

/// <summary>netstandard2.0 has no System.HashCode; this is the same FNV-style mix, deterministic across runs.</summary>
internal static class HashCodes
{
    public const int Seed = unchecked((int)2166136261);

    public static int Combine(int hash, int value) => unchecked((hash ^ value) * 16777619);

    /// <summary>FNV-1a over the UTF-16 code units: the same on every machine and run (string.GetHashCode is not).</summary>
    public static uint OfText(string text)
    {
        var hash = unchecked((uint)Seed);
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }
}
