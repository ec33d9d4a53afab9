using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;

namespace Activepieces.Transport;

/// <summary>
/// Turns the failures of a call that got no answer — transport errors, timeouts, Polly's open circuit and rate-limiter
/// rejections — into the one documented <see cref="ActivepiecesUnavailableException"/>.
/// </summary>
internal static class UnansweredRequest
{
    /// <summary>The documented exception for <paramref name="exception"/>, or null when it is not a "no answer" failure.</summary>
    /// <param name="exception">What the HTTP pipeline threw.</param>
    /// <param name="request">The request.</param>
    /// <param name="path">The request path without the query.</param>
    /// <param name="cancellationToken">The caller's token: its own cancellation is not a failure and stays as it is.</param>
    public static ActivepiecesUnavailableException? Translate(Exception exception, ApiRequest request, string path, CancellationToken cancellationToken)
    {
        (ActivepiecesUnavailableReason Reason, TimeSpan? RetryAfter)? failure = exception switch
        {
            BrokenCircuitException broken => (ActivepiecesUnavailableReason.CircuitBroken, broken.RetryAfter),
            RateLimiterRejectedException rejected => (ActivepiecesUnavailableReason.RateLimited, rejected.RetryAfter),
            TimeoutRejectedException or TimeoutException => (ActivepiecesUnavailableReason.TimedOut, null),

            // HttpClient.Timeout and other cancellations that are not the caller's own.
            OperationCanceledException when !cancellationToken.IsCancellationRequested => (ActivepiecesUnavailableReason.TimedOut, null),
            HttpRequestException or IOException => (ActivepiecesUnavailableReason.TransportFailure, null),
            _ => null,
        };
        return failure is { } f
            ? ActivepiecesUnavailableException.Create(f.Reason, request.Method.Method, path, request.ConsumesOAuthCode, f.RetryAfter, exception)
            : null;
    }
}
