using System.Collections;
using System.Text.Json;

namespace Activepieces;

/// <summary>
/// An immutable, ordered set of piece props (<c>value.props</c>) compared by value. Create it from tuples:
/// <c>new ConnectionProps(("host", "db"), ("port", 3306), ("ssl", true))</c>.
/// </summary>
public sealed class ConnectionProps : IReadOnlyList<KeyValuePair<string, ConnectionPropValue>>, IEquatable<ConnectionProps>
{
    private readonly KeyValuePair<string, ConnectionPropValue>[] _items;

    /// <summary>Creates a prop set.</summary>
    /// <param name="props">The props, keyed by the piece's prop names; keys must be unique and non-empty.</param>
    /// <exception cref="ArgumentException">A key is empty or repeated.</exception>
    public ConnectionProps(params (string Key, ConnectionPropValue Value)[] props)
        : this((props ?? throw new ArgumentNullException(nameof(props))).Select(p => new KeyValuePair<string, ConnectionPropValue>(p.Key, p.Value)))
    {
    }

    /// <summary>Creates a prop set.</summary>
    /// <param name="props">The props, keyed by the piece's prop names; keys must be unique and non-empty.</param>
    /// <exception cref="ArgumentException">A key is empty or repeated.</exception>
    public ConnectionProps(IEnumerable<KeyValuePair<string, ConnectionPropValue>> props)
    {
        ArgumentNullException.ThrowIfNull(props);
        _items = [.. props];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in _items)
        {
            if (string.IsNullOrEmpty(item.Key))
            {
                throw new ArgumentException("A prop key must not be empty.", nameof(props));
            }

            if (!seen.Add(item.Key))
            {
                throw new ArgumentException($"The prop key '{item.Key}' is repeated.", nameof(props));
            }
        }
    }

    /// <summary>An empty prop set.</summary>
    public static ConnectionProps Empty { get; } = new(Array.Empty<KeyValuePair<string, ConnectionPropValue>>());

    /// <inheritdoc/>
    public int Count => _items.Length;

    /// <inheritdoc/>
    public KeyValuePair<string, ConnectionPropValue> this[int index] => _items[index];

    /// <summary>The prop keys, in order.</summary>
    public IEnumerable<string> Keys => _items.Select(i => i.Key);

    /// <summary>Writes the props as a JSON object.</summary>
    /// <param name="writer">The writer.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        foreach (var item in _items)
        {
            writer.WritePropertyName(item.Key);
            item.Value.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, ConnectionPropValue>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, ConnectionPropValue>>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Equal when both hold the same keys with equal values, in any order.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>Whether the sets are equal.</returns>
    public bool Equals(ConnectionProps? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other._items.Length != _items.Length)
        {
            return false;
        }

        foreach (var item in _items)
        {
            var found = false;
            foreach (var candidate in other._items)
            {
                if (string.Equals(candidate.Key, item.Key, StringComparison.Ordinal))
                {
                    found = candidate.Value.Equals(item.Value);
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ConnectionProps);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = 0;
        foreach (var item in _items)
        {
            hash ^= HashCode.Combine(StringComparer.Ordinal.GetHashCode(item.Key), item.Value);
        }

        return hash;
    }

    /// <summary>Prints the keys only, never the values.</summary>
    /// <returns>E.g. <c>{ host, port }</c>.</returns>
    public override string ToString() => _items.Length == 0 ? "{ }" : "{ " + string.Join(", ", Keys) + " }";
}
