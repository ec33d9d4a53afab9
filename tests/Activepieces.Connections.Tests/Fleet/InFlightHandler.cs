namespace Activepieces.Tests.Fleet;

/// <summary>
/// Counts the requests in flight and remembers the most seen at once. The first <c>gateAt</c> POSTs are held until
/// <c>gateAt</c> requests are in flight together, so a run that can reach that concurrency provably does, and a run
/// that would exceed it shows the extra request while the others are held.
/// </summary>
internal sealed class InFlightHandler : DelegatingHandler
{
    private readonly int _gateAt;
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inFlight;
    private int _max;
    private int _held;

    public InFlightHandler(int gateAt)
        : base(new SocketsHttpHandler()) => _gateAt = gateAt;

    public int MaxInFlight => Volatile.Read(ref _max);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var now = Interlocked.Increment(ref _inFlight);
        int seen;
        while ((seen = Volatile.Read(ref _max)) < now && Interlocked.CompareExchange(ref _max, now, seen) != seen)
        {
        }

        try
        {
            if (now >= _gateAt)
            {
                _gate.TrySetResult();
            }

            if (request.Method == HttpMethod.Post && Interlocked.Increment(ref _held) <= _gateAt)
            {
                await _gate.Task.WaitAsync(cancellationToken);
            }

            return await base.SendAsync(request, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}
