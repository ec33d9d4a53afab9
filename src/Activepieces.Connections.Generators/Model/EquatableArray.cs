using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Activepieces.Connections.Generators.Model;

/// <summary>
/// An immutable array with value equality (element by element), so that incremental-generator models that hold
/// collections compare equal when their contents do. <see cref="ImmutableArray{T}"/> and <c>T[]</c> compare by reference.
/// </summary>
/// <typeparam name="T">The element type; must have value equality itself.</typeparam>
internal readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
    where T : IEquatable<T>
{
    private readonly T[]? _items;

    /// <summary>Wraps <paramref name="items"/>; the caller must not mutate the array afterwards.</summary>
    /// <param name="items">The elements.</param>
    public EquatableArray(T[] items) => _items = items;

    /// <summary>An empty array.</summary>
    public static EquatableArray<T> Empty => new(Array.Empty<T>());

    /// <summary>The number of elements.</summary>
    public int Count => _items?.Length ?? 0;

    /// <summary>Whether the array has no element.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>The element at <paramref name="index"/>.</summary>
    /// <param name="index">A zero-based index.</param>
    public T this[int index] => (_items ?? Array.Empty<T>())[index];

    /// <summary>Copies a list into a new equatable array.</summary>
    /// <param name="items">The elements.</param>
    /// <returns>The array.</returns>
    public static EquatableArray<T> From(List<T> items) => items.Count == 0 ? Empty : new(items.ToArray());

    /// <summary>Equality operator.</summary>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(EquatableArray<T> other)
    {
        var mine = _items ?? Array.Empty<T>();
        var theirs = other._items ?? Array.Empty<T>();
        if (mine.Length != theirs.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < mine.Length; i++)
        {
            if (!comparer.Equals(mine[i], theirs[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var items = _items ?? Array.Empty<T>();
        var hash = 17;
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < items.Length; i++)
        {
            hash = unchecked((hash * 31) + (items[i] is null ? 0 : comparer.GetHashCode(items[i])));
        }

        return hash;
    }

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(_items ?? Array.Empty<T>())).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => (_items ?? Array.Empty<T>()).GetEnumerator();
}
