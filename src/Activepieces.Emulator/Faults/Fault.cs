namespace Activepieces.Emulator.Faults;

/// <summary>One injected failure. Create with the static members, e.g. <see cref="ServiceUnavailable"/>.</summary>
public sealed record Fault
{
    private Fault(FaultKind kind, int statusCode = 0, TimeSpan retryAfter = default, TimeSpan latency = default, FaultGate? gate = null)
    {
        Kind = kind;
        StatusCode = statusCode;
        RetryAfter = retryAfter;
        Latency = latency;
        Gate = gate;
    }

    /// <summary>What the fault does.</summary>
    public FaultKind Kind { get; }

    /// <summary>The answered status for <see cref="FaultKind.Status"/> and <see cref="FaultKind.TooManyRequests"/>.</summary>
    public int StatusCode { get; }

    /// <summary>The <c>Retry-After</c> of a 429 (sent in whole seconds, rounded up).</summary>
    public TimeSpan RetryAfter { get; }

    /// <summary>The added latency of <see cref="FaultKind.Delay"/>.</summary>
    public TimeSpan Latency { get; }

    /// <summary>The gate of <see cref="FaultKind.Hold"/>.</summary>
    public FaultGate? Gate { get; }

    /// <summary>Serve the request normally (a step of a scripted sequence that does not fail).</summary>
    public static Fault Pass { get; } = new(FaultKind.None);

    /// <summary>500 Internal Server Error.</summary>
    public static Fault InternalServerError { get; } = new(FaultKind.Status, 500);

    /// <summary>502 Bad Gateway.</summary>
    public static Fault BadGateway { get; } = new(FaultKind.Status, 502);

    /// <summary>503 Service Unavailable.</summary>
    public static Fault ServiceUnavailable { get; } = new(FaultKind.Status, 503);

    /// <summary>Abort the connection before the request is served.</summary>
    public static Fault DropConnection { get; } = new(FaultKind.DropConnection);

    /// <summary>Serve the request (state changes apply), then abort the connection instead of answering.</summary>
    public static Fault DropConnectionAfterCommit { get; } = new(FaultKind.DropConnectionAfterCommit);

    /// <summary>An error status, 500–599.</summary>
    /// <param name="statusCode">The status to answer.</param>
    /// <returns>The fault.</returns>
    public static Fault Status(int statusCode)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 500);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        return new Fault(FaultKind.Status, statusCode);
    }

    /// <summary>429 Too Many Requests with <c>Retry-After</c>.</summary>
    /// <param name="retryAfter">The delay the client is asked to wait.</param>
    /// <returns>The fault.</returns>
    public static Fault TooManyRequests(TimeSpan retryAfter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retryAfter, TimeSpan.Zero);
        return new Fault(FaultKind.TooManyRequests, 429, retryAfter: retryAfter);
    }

    /// <summary>Adds latency, then serves the request normally.</summary>
    /// <param name="latency">How long to wait (measured with the emulator's <see cref="TimeProvider"/>).</param>
    /// <returns>The fault.</returns>
    public static Fault Delay(TimeSpan latency)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(latency, TimeSpan.Zero);
        return new Fault(FaultKind.Delay, latency: latency);
    }

    /// <summary>Holds the request, before it touches any state, until <paramref name="gate"/> is released; then serves it normally.</summary>
    /// <param name="gate">The gate the test releases (one gate may hold several requests).</param>
    /// <returns>The fault.</returns>
    public static Fault Hold(FaultGate gate)
    {
        ArgumentNullException.ThrowIfNull(gate);
        return new Fault(FaultKind.Hold, gate: gate);
    }
}
