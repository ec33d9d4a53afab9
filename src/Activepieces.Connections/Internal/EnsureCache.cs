using System.Collections.Concurrent;

namespace Activepieces.Internal;

/// <summary>
/// Remembers, per <see cref="EnsureKey"/>, the value last stored and the connection the server returned, so that a repeat
/// Ensure with an equal value answers without a request. The hit path allocates nothing.
/// </summary>
internal sealed class EnsureCache
{
    private readonly ConcurrentDictionary<EnsureKey, Entry> _entries = new();
    private long _generation;

    /// <summary>Changes whenever an entry is invalidated; a store started under an older generation is dropped.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool TryGet<TValue>(in EnsureKey key, TValue value, TimeProvider timeProvider, TimeSpan duration, out AppConnection? connection)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            if (timeProvider.GetElapsedTime(entry.StoredAt) >= duration)
            {
                _entries.TryRemove(new KeyValuePair<EnsureKey, Entry>(key, entry));
            }
            else if (entry.Value is TValue cached && EqualityComparer<TValue>.Default.Equals(cached, value))
            {
                connection = entry.Connection;
                return true;
            }
        }

        connection = null;
        return false;
    }

    public void Store(EnsureKey key, object value, AppConnection connection, long storedAt, long generation)
    {
        if (Generation != generation)
        {
            return;
        }

        var entry = new Entry(value, connection, storedAt);
        _entries[key] = entry;
        if (Generation != generation)
        {
            // Invalidated while storing: drop what may have survived the invalidation.
            _entries.TryRemove(new KeyValuePair<EnsureKey, Entry>(key, entry));
        }
    }

    public void Invalidate(EnsureKey key)
    {
        Interlocked.Increment(ref _generation);
        _entries.TryRemove(key, out _);
    }

    public void InvalidateProject(string externalProjectId)
    {
        Interlocked.Increment(ref _generation);
        foreach (var key in _entries.Keys)
        {
            if (string.Equals(key.ExternalProjectId, externalProjectId, StringComparison.Ordinal))
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    private sealed record Entry(object Value, AppConnection Connection, long StoredAt);
}
