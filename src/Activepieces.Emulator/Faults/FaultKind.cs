namespace Activepieces.Emulator.Faults;

/// <summary>What an injected <see cref="Fault"/> does to a request.</summary>
public enum FaultKind
{
    /// <summary>The request is served normally (a pass-through step of a scripted sequence).</summary>
    None,

    /// <summary>Answers an error status (500, 502, 503, …) without touching state.</summary>
    Status,

    /// <summary>Answers 429 with a <c>Retry-After</c> header without touching state.</summary>
    TooManyRequests,

    /// <summary>Aborts the connection without any response and without touching state.</summary>
    DropConnection,

    /// <summary>
    /// Serves the request (state changes are applied) and then aborts the connection instead of sending the response:
    /// the "did my create go through?" case.
    /// </summary>
    DropConnectionAfterCommit,

    /// <summary>Waits, then serves the request normally.</summary>
    Delay,

    /// <summary>Waits until the test releases the <see cref="FaultGate"/>, then serves the request normally.</summary>
    Hold,
}
