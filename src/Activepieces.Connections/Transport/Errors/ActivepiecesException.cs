namespace Activepieces;

/// <summary>
/// The base of every failure of an Activepieces call that is not an argument error: either the server answered with an
/// error (<see cref="ActivepiecesApiException"/>) or it did not answer (<see cref="ActivepiecesUnavailableException"/>).
/// Catch this type to handle both; cancellation by the caller's own token stays an <see cref="OperationCanceledException"/>.
/// </summary>
public abstract class ActivepiecesException : Exception
{
    /// <summary>
    /// The sentence added to the message of a failure with <see cref="OAuthCodeMayBeConsumed"/>.
    /// </summary>
    internal const string OAuthCodeNotice =
        " The OAuth authorization code it carried may have been consumed, and codes are single-use: get a fresh code before"
        + " trying again (and look the connection up first: the upsert may have succeeded).";

    /// <summary>Creates an exception with a default message.</summary>
    protected ActivepiecesException()
    {
    }

    /// <summary>Creates an exception.</summary>
    /// <param name="message">The message; never holds keys, credentials or bodies.</param>
    protected ActivepiecesException(string? message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with its cause.</summary>
    /// <param name="message">The message; never holds keys, credentials or bodies.</param>
    /// <param name="innerException">The cause, if any.</param>
    protected ActivepiecesException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>
    /// Whether the failed request was an OAuth upsert (<c>OAUTH2</c>, <c>CLOUD_OAUTH2</c>, <c>PLATFORM_OAUTH2</c>) whose
    /// outcome is unknown — no answer, or a 408, 500, 502 or 504 — so the server may have exchanged its authorization
    /// code. Codes are single-use: repeating the upsert with the same code fails with 400 <c>INVALID_CLAIM</c>, so get a
    /// fresh code (send the user through the consent screen again), and look the connection up first, because the upsert
    /// may have succeeded. Such a failure is never <see cref="IsTransient"/>.
    /// </summary>
    public bool OAuthCodeMayBeConsumed { get; init; }

    /// <summary>
    /// Whether the same call may succeed when made again later (the server was unavailable, overloaded or did not
    /// answer). False for errors that repeat until something changes (bad request, unknown id, rejected credential) and
    /// for an OAuth upsert whose authorization code may already be consumed.
    /// </summary>
    public abstract bool IsTransient { get; }

    /// <summary>
    /// How long to wait before trying again, when known: the <c>Retry-After</c> of a 429 or 503 answer (delta-seconds or
    /// an HTTP date, converted to a delay) or the retry hint of a client-side rate limiter. <see langword="null"/> when
    /// nothing said.
    /// </summary>
    public TimeSpan? RetryAfter { get; init; }
}
