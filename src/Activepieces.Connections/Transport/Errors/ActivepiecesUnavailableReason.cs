namespace Activepieces;

/// <summary>Why an Activepieces call got no answer (<see cref="ActivepiecesUnavailableException.Reason"/>).</summary>
public enum ActivepiecesUnavailableReason
{
    /// <summary>The connection failed or broke (refused, reset, DNS, TLS, a response cut off): the request may or may not have been processed.</summary>
    TransportFailure,

    /// <summary>No answer in time (the HTTP client's or the resilience pipeline's timeout): the request may or may not have been processed.</summary>
    TimedOut,

    /// <summary>The circuit breaker is open after repeated failures: the request was not sent.</summary>
    CircuitBroken,

    /// <summary>A client-side rate limiter rejected the request: it was not sent.</summary>
    RateLimited,
}
