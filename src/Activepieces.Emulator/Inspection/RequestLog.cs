using Activepieces.Emulator.Faults;

namespace Activepieces.Emulator.Inspection;

/// <summary>The thread-safe log of received requests.</summary>
internal sealed class RequestLog
{
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _entries = [];
    private long _sequence;

    public long NextSequence() => Interlocked.Increment(ref _sequence);

    public void Add(RecordedRequest entry)
    {
        lock (_gate)
        {
            _entries.Add(entry);
        }
    }

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (_gate)
        {
            return _entries.OrderBy(entry => entry.Sequence).ToArray();
        }
    }

    public int Count(string method, string pathPattern)
    {
        var pattern = new PathPattern(pathPattern);
        lock (_gate)
        {
            return _entries.Count(entry =>
                (method == "*" || string.Equals(entry.Method, method, StringComparison.OrdinalIgnoreCase)) && pattern.IsMatch(entry.Path));
        }
    }

    public int Count()
    {
        lock (_gate)
        {
            return _entries.Count;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }
}
