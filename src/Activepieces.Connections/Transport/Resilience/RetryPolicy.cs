namespace Activepieces.Transport;

/// <summary>Marks which requests the resilience handler may retry.</summary>
internal static class RetryPolicy
{
    /// <summary>
    /// Set on every request the client sends: true when it is safe to repeat (reads, deletes, updates, non-OAuth upserts),
    /// false for project creation and OAuth upserts (the server exchanges the authorization code once).
    /// </summary>
    public static readonly HttpRequestOptionsKey<bool> RetrySafeKey = new("Activepieces.RetrySafe");

    /// <summary>Set on every request the client sends: true for a connection upsert (its attempt timeout is the long one).</summary>
    public static readonly HttpRequestOptionsKey<bool> ConnectionUpsertKey = new("Activepieces.ConnectionUpsert");

    /// <summary>
    /// The longest <c>Retry-After</c> a retry waits for. A longer one is not retried (it would outlast the standard
    /// pipeline's total timeout); the caller gets the answer and its <see cref="ActivepiecesException.RetryAfter"/>.
    /// </summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(10);

    /// <summary>Whether a request may be repeated: GET/HEAD/OPTIONS/DELETE, or marked with <see cref="RetrySafeKey"/>.</summary>
    /// <param name="request">The request, or null when unknown.</param>
    /// <returns>Whether the request may be retried.</returns>
    public static bool IsRetrySafe(HttpRequestMessage? request)
    {
        if (request is null)
        {
            return false;
        }

        if (request.Options.TryGetValue(RetrySafeKey, out var marked))
        {
            return marked;
        }

        var method = request.Method;
        return method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options || method == HttpMethod.Delete;
    }
}
