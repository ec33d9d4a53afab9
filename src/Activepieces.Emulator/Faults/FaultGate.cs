namespace Activepieces.Emulator.Faults;

/// <summary>
/// A gate a test opens by hand: every request that meets a <see cref="Fault.Hold"/> of this gate waits, before it
/// touches any state, until <see cref="Release"/>; after that, requests pass at once. It orders concurrent requests
/// explicitly instead of by latency: wait until the requests are held, act, then release them.
/// </summary>
/// <example>
/// <code>
/// // Two processes race to create one project: neither create commits before both have arrived, so both lookups
/// // answered "not found" and the loser meets the unique index.
/// var creates = new FaultGate();
/// emulator.Faults.Add(FaultRule.Sequenced("POST", "/api/v1/projects", Fault.Hold(creates), Fault.Hold(creates)));
/// var both = Task.WhenAll(first.Projects.GetOrCreateAsync("org"), second.Projects.GetOrCreateAsync("org"));
/// await creates.WaitUntilHeldAsync(2, cancellationToken);
/// creates.Release();
/// await both;
/// </code>
/// </example>
public sealed class FaultGate
{
    private readonly Lock _lock = new();
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<(int Count, TaskCompletionSource Reached)> _waiters = [];
    private int _arrived;

    /// <summary>How many requests have reached the gate so far (held ones, and those that passed after the release).</summary>
    public int ArrivedCount
    {
        get
        {
            lock (_lock)
            {
                return _arrived;
            }
        }
    }

    /// <summary>Whether <see cref="Release"/> was called.</summary>
    public bool IsReleased => _released.Task.IsCompleted;

    /// <summary>Completes once <paramref name="count"/> requests have reached the gate.</summary>
    /// <param name="count">The number of requests to wait for (1 or more).</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task that completes when the requests are held (or have passed, once released).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public Task WaitUntilHeldAsync(int count = 1, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        lock (_lock)
        {
            if (_arrived >= count)
            {
                return Task.CompletedTask;
            }

            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, reached));
            return reached.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Lets every held request continue; requests that reach the gate later pass without waiting.</summary>
    public void Release() => _released.TrySetResult();

    /// <summary>Holds one request until the release (or until its client gives up).</summary>
    internal Task EnterAsync(CancellationToken requestAborted)
    {
        List<TaskCompletionSource> reached;
        lock (_lock)
        {
            _arrived++;
            reached = _waiters.Where(waiter => waiter.Count <= _arrived).Select(waiter => waiter.Reached).ToList();
            _waiters.RemoveAll(waiter => waiter.Count <= _arrived);
        }

        foreach (var waiter in reached)
        {
            waiter.TrySetResult();
        }

        return _released.Task.WaitAsync(requestAborted);
    }

    /// <inheritdoc />
    public override string ToString() => $"FaultGate: {ArrivedCount} arrived, {(IsReleased ? "released" : "closed")}";
}
