namespace Activepieces.Internal;

/// <summary>Marks which requests the resilience handler may retry.</summary>
internal static class RetryPolicy
{
    /// <summary>Set to true on a request that is safe to repeat (idempotent upserts and updates).</summary>
    public static readonly HttpRequestOptionsKey<bool> RetrySafeKey = new("Activepieces.RetrySafe");

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
