using System.Globalization;

namespace Activepieces;

/// <summary>
/// An Activepieces call got no answer: a transport failure (refused, reset, cut off), a timeout, an open circuit breaker
/// or a client-side rate-limiter rejection. The client turns every such failure (<see cref="HttpRequestException"/>,
/// <see cref="TimeoutException"/>, the HTTP client's timeout, Polly's <c>TimeoutRejectedException</c>,
/// <c>BrokenCircuitException</c> and <c>RateLimiterRejectedException</c>) into this one type; the original is the
/// <see cref="Exception.InnerException"/>. An answered error is an <see cref="ActivepiecesApiException"/> instead.
/// </summary>
/// <remarks>
/// When <see cref="ActivepiecesException.OAuthCodeMayBeConsumed"/> is true the request was an OAuth upsert (<c>OAUTH2</c>,
/// <c>CLOUD_OAUTH2</c>, <c>PLATFORM_OAUTH2</c>) whose outcome is unknown: the server may have exchanged the
/// authorization code, and a code is single-use, so repeating the upsert with the same code fails with
/// 400 <c>INVALID_CLAIM</c>. Get a fresh code (send the user through the consent screen again); look the connection up
/// first, because the upsert may have succeeded.
/// </remarks>
public sealed class ActivepiecesUnavailableException : ActivepiecesException
{
    /// <summary>Creates an exception with a default message.</summary>
    public ActivepiecesUnavailableException()
        : this("The Activepieces API did not answer.")
    {
    }

    /// <summary>Creates an exception; set the details (<see cref="Reason"/>, <see cref="Method"/>, …) in an initializer.</summary>
    /// <param name="message">The message; never holds keys, credentials or bodies.</param>
    public ActivepiecesUnavailableException(string? message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with the original failure; set the details in an initializer.</summary>
    /// <param name="message">The message; never holds keys, credentials or bodies.</param>
    /// <param name="innerException">The original failure.</param>
    public ActivepiecesUnavailableException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The exception of a call without an answer, with the message this library writes (method, path, reason).</summary>
    /// <param name="reason">Why there was no answer.</param>
    /// <param name="method">The request method.</param>
    /// <param name="path">The request path without the query.</param>
    /// <param name="oAuthCodeInRequest">Whether the request carried a single-use OAuth authorization code.</param>
    /// <param name="retryAfter">How long to wait before trying again, if known.</param>
    /// <param name="innerException">The original failure.</param>
    /// <returns>The exception.</returns>
    internal static ActivepiecesUnavailableException Create(
        ActivepiecesUnavailableReason reason,
        string method,
        string path,
        bool oAuthCodeInRequest,
        TimeSpan? retryAfter,
        Exception? innerException) =>
        new(FormatMessage(reason, method, path, oAuthCodeInRequest), innerException)
        {
            Reason = reason,
            Method = method ?? string.Empty,
            Path = path ?? string.Empty,
            RetryAfter = retryAfter,
            OAuthCodeMayBeConsumed = oAuthCodeInRequest && IsOutcomeUnknown(reason),
        };

    /// <summary>Why there was no answer.</summary>
    public ActivepiecesUnavailableReason Reason { get; init; }

    /// <summary>The request method, e.g. <c>POST</c>.</summary>
    public string Method { get; init; } = string.Empty;

    /// <summary>The request path without the query, e.g. <c>/api/v1/global-connections</c>.</summary>
    public string Path { get; init; } = string.Empty;

    /// <summary>
    /// Whether the request may have been processed: true for <see cref="ActivepiecesUnavailableReason.TransportFailure"/>
    /// and <see cref="ActivepiecesUnavailableReason.TimedOut"/>; false when the request was never sent (open circuit,
    /// rate limiter).
    /// </summary>
    public bool OutcomeUnknown => IsOutcomeUnknown(Reason);

    /// <summary>True unless <see cref="ActivepiecesException.OAuthCodeMayBeConsumed"/>: trying again later with the same request may succeed.</summary>
    public override bool IsTransient => !OAuthCodeMayBeConsumed;

    private static bool IsRead(string? method) =>
        string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase) || string.Equals(method, "HEAD", StringComparison.OrdinalIgnoreCase);

    private static bool IsOutcomeUnknown(ActivepiecesUnavailableReason reason) =>
        reason is ActivepiecesUnavailableReason.TransportFailure or ActivepiecesUnavailableReason.TimedOut;

    private static string FormatMessage(ActivepiecesUnavailableReason reason, string method, string path, bool oAuthCodeInRequest)
    {
        // Only a write can leave the server in an unknown state; a read that got no answer changed nothing.
        var ambiguity = IsRead(method) ? string.Empty : "; it may or may not have been processed";
        var what = reason switch
        {
            ActivepiecesUnavailableReason.CircuitBroken => "was not sent: the circuit breaker is open after repeated failures",
            ActivepiecesUnavailableReason.RateLimited => "was not sent: the client-side rate limiter rejected it",
            ActivepiecesUnavailableReason.TimedOut => "got no answer in time" + ambiguity,
            _ => "got no answer (the connection failed)" + ambiguity,
        };
        var message = string.Create(CultureInfo.InvariantCulture, $"Activepieces API {method} {path} {what}.");
        return oAuthCodeInRequest && IsOutcomeUnknown(reason) ? message + OAuthCodeNotice : message;
    }
}
