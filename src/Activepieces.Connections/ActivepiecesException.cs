namespace Activepieces;

/// <summary>
/// The base of every failure of an Activepieces call that is not an argument error: either the server answered with an
/// error (<see cref="ActivepiecesApiException"/>) or it did not answer (<see cref="ActivepiecesUnavailableException"/>).
/// Catch this type to handle both; cancellation by the caller's own token stays an <see cref="OperationCanceledException"/>.
/// </summary>
public abstract class ActivepiecesException : Exception
{
    /// <summary>Creates an exception.</summary>
    /// <param name="message">The message; never holds keys, credentials or bodies.</param>
    /// <param name="retryAfter">How long the server asked to wait, if it said.</param>
    /// <param name="innerException">The cause, if any.</param>
    protected ActivepiecesException(string message, TimeSpan? retryAfter, Exception? innerException)
        : base(message, innerException)
    {
        RetryAfter = retryAfter;
    }

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
    public TimeSpan? RetryAfter { get; }
}
