using System.Collections.Concurrent;

namespace Activepieces.Provisioning;

/// <summary>
/// Remembers, per <see cref="EnsureKey"/>, the value last stored and the connection the server returned, so that a repeat
/// Ensure with an equal value answers without a request. The hit path allocates nothing. Expired entries (which hold
/// credentials) are swept while storing: once the stores since the last sweep reach the number of entries that sweep
/// kept (at least <see cref="MinimumSweepInterval"/>), so a sweep costs O(1) per store and the cache holds at most about
/// twice the connections ensured within one cache duration. Entries of OAuth values are pinned: they do not expire,
/// because repeating the upsert would send the same single-use authorization code again; only an invalidation (Create,
/// Delete, project deletion) or a new value replaces them.
/// </summary>
internal sealed class EnsureCache
{
    /// <summary>The fewest stores between two sweeps.</summary>
    public const int MinimumSweepInterval = 1024;

    private readonly ConcurrentDictionary<EnsureKey, Entry> _entries = new();
    private readonly object _sweepGate = new();
    private long _generation;
    private int _storesSinceSweep;
    private int _sweepInterval = MinimumSweepInterval;

    /// <summary>The number of entries, expired or not (tests).</summary>
    public int Count => _entries.Count;

    /// <summary>Changes whenever an entry is invalidated; a store started under an older generation is dropped.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool TryGet<TValue>(in EnsureKey key, TValue value, TimeProvider timeProvider, TimeSpan duration, out AppConnection? connection)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            if (!entry.Pinned && timeProvider.GetElapsedTime(entry.StoredAt) >= duration)
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

    public void Store(EnsureKey key, object value, AppConnection connection, TimeProvider timeProvider, TimeSpan duration, long generation, bool pinned = false)
    {
        if (Generation != generation)
        {
            return;
        }

        if (Interlocked.Increment(ref _storesSinceSweep) >= Volatile.Read(ref _sweepInterval))
        {
            SweepExpired(timeProvider, duration);
        }

        var entry = new Entry(value, connection, timeProvider.GetTimestamp(), pinned);
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

    private void SweepExpired(TimeProvider timeProvider, TimeSpan duration)
    {
        lock (_sweepGate)
        {
            if (Volatile.Read(ref _storesSinceSweep) < _sweepInterval)
            {
                return; // another store swept meanwhile
            }

            var kept = 0;
            foreach (var pair in _entries)
            {
                if (!pair.Value.Pinned && timeProvider.GetElapsedTime(pair.Value.StoredAt) >= duration)
                {
                    _entries.TryRemove(pair);
                }
                else
                {
                    kept++;
                }
            }

            Volatile.Write(ref _sweepInterval, Math.Max(MinimumSweepInterval, kept));
            Volatile.Write(ref _storesSinceSweep, 0);
        }
    }

    private sealed record Entry(object Value, AppConnection Connection, long StoredAt, bool Pinned);
}
