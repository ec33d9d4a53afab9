using Microsoft.Extensions.Time.Testing;

namespace Activepieces.TestSupport;

/// <summary>
/// A fake clock that moves by itself, and only when nothing can happen before it moves: once every running worker
/// (started with <see cref="Run"/>) waits for a delay on this clock (<c>Task.Delay(…, clock)</c>: Polly's retry backoff
/// and <c>Retry-After</c>, an app's own backoff, a caller's pacing), it jumps to the earliest of those delays. A worker
/// that sends a request, runs code or waits for anything else holds the clock still, so a timeout (a
/// <see cref="CancellationTokenSource"/> or <c>Task.WaitAsync</c> timer) never fires while the thing it guards is under
/// way, however slow the machine is; and a run of many seconds of retries takes no real time.
/// </summary>
/// <remarks>
/// Time is one <see cref="FakeTimeProvider"/> shared by every replica, as wall-clock time is. A worker must not block on
/// another worker that waits (a lock, a single flight shared between workers): the clock would never move. The harnesses
/// give each worker of a replica its own orgs.
/// </remarks>
public sealed class VirtualClock : TimeProvider
{
    private readonly FakeTimeProvider _time = new();
    private readonly Lock _gate = new();
    private readonly AsyncLocal<Worker?> _current = new();
    private readonly HashSet<Worker> _running = [];
    private readonly SemaphoreSlim _changed = new(0);
    private long _advances;

    /// <summary>How many times the clock moved.</summary>
    public long Advances => Interlocked.Read(ref _advances);

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow() => _time.GetUtcNow();

    /// <inheritdoc/>
    public override long GetTimestamp() => _time.GetTimestamp();

    /// <inheritdoc/>
    public override long TimestampFrequency => _time.TimestampFrequency;

    /// <inheritdoc/>
    public override TimeZoneInfo LocalTimeZone => _time.LocalTimeZone;

    /// <inheritdoc/>
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var worker = _current.Value;
        if (worker is null || IsTimeout(state))
        {
            return _time.CreateTimer(callback, state, dueTime, period);
        }

        var wait = new Wait(this, worker);
        wait.Timer = _time.CreateTimer(
            s =>
            {
                wait.Fired();
                callback(s);
            },
            state,
            Timeout.InfiniteTimeSpan,
            Timeout.InfiniteTimeSpan);
        wait.Change(dueTime, period);
        return wait;
    }

    /// <summary>
    /// Runs <paramref name="work"/> as a worker: the clock moves only while every worker waits for one of its delays.
    /// </summary>
    /// <param name="work">The worker's code.</param>
    /// <returns>The worker's task.</returns>
    public Task Run(Func<Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var worker = new Worker();
        lock (_gate)
        {
            _running.Add(worker);
        }

        return Task.Run(async () =>
        {
            _current.Value = worker;
            try
            {
                await work().ConfigureAwait(false);
            }
            finally
            {
                lock (_gate)
                {
                    _running.Remove(worker);
                }

                _changed.Release();
            }
        });
    }

    /// <summary>
    /// Runs the workers until <paramref name="workers"/> are done, moving the clock whenever all of them wait.
    /// </summary>
    /// <param name="workers">Tasks of workers started with <see cref="Run"/>.</param>
    /// <param name="cancellationToken">Stops driving (the test's token).</param>
    /// <returns>A task that completes with the workers (their exceptions included).</returns>
    public async Task DriveAsync(IReadOnlyCollection<Task> workers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workers);
        var all = Task.WhenAll(workers);
        while (!all.IsCompleted)
        {
            DateTimeOffset? next;
            lock (_gate)
            {
                next = _running.Count > 0 && _running.All(w => w.Waits.Count > 0)
                    ? _running.SelectMany(w => w.Waits).Min(w => w.Due)
                    : null;
            }

            if (next is { } due)
            {
                var step = due - _time.GetUtcNow();
                Interlocked.Increment(ref _advances);
                _time.Advance(step > TimeSpan.Zero ? step : TimeSpan.Zero);
                continue;
            }

            await Task.WhenAny(all, _changed.WaitAsync(cancellationToken)).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }

        await all.ConfigureAwait(false);
    }

    /// <summary>Runs one piece of work as the only worker and drives the clock until it is done.</summary>
    /// <typeparam name="T">The result.</typeparam>
    /// <param name="work">The work.</param>
    /// <param name="cancellationToken">The test's token.</param>
    /// <returns>The work's result.</returns>
    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        T result = default!;
        await DriveAsync([Run(async () => result = await work().ConfigureAwait(false))], cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{_time.GetUtcNow():O} after {Advances} advances";

    /// <summary>
    /// Timeouts are not waits: a <see cref="CancellationTokenSource"/> that cancels after a delay (Polly's attempt and total
    /// timeouts) and the timer of <c>Task.WaitAsync(timeout, clock)</c> (the shared cache's operation timeout).
    /// </summary>
    private static bool IsTimeout(object? state) =>
        state is CancellationTokenSource || (state?.GetType().Name.StartsWith("CancellationPromise", StringComparison.Ordinal) ?? false);

    private void Changed() => _changed.Release();

    private sealed class Worker
    {
        public HashSet<Wait> Waits { get; } = [];
    }

    /// <summary>
    /// One delay of a worker. It counts as waiting from the moment the fake timer holds it until it fires or is disposed;
    /// while its timer is being set the worker counts as running, so the clock cannot move past a due time it does not
    /// know yet.
    /// </summary>
    private sealed class Wait(VirtualClock clock, Worker worker) : ITimer
    {
        private bool _armed;

        public ITimer Timer { get; set; } = null!;

        public DateTimeOffset Due { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._gate)
            {
                worker.Waits.Remove(this);
                _armed = dueTime != Timeout.InfiniteTimeSpan;
                Due = clock._time.GetUtcNow() + (_armed ? dueTime : TimeSpan.Zero);
            }

            var changed = Timer.Change(dueTime, period);
            lock (clock._gate)
            {
                // A zero delay fired inside Change and disarmed it.
                if (_armed)
                {
                    worker.Waits.Add(this);
                }
            }

            clock.Changed();
            return changed;
        }

        public void Fired()
        {
            lock (clock._gate)
            {
                _armed = false;
                worker.Waits.Remove(this);
            }

            clock.Changed();
        }

        public void Dispose()
        {
            Fired();
            Timer.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
