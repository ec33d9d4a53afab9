using System.Net;

namespace Activepieces.Transport;

/// <summary>
/// Reads the <c>Retry-After</c> of a 429 or 503 answer as a delay: delta-seconds as is, an HTTP date relative to the
/// clock; a date in the past is zero. Other statuses carry no retry hint.
/// </summary>
internal static class RetryAfterHeader
{
    public static TimeSpan? Read(HttpResponseMessage response, TimeProvider timeProvider)
    {
        if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable))
        {
            return null;
        }

        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var delay = date - timeProvider.GetUtcNow();
            return delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
        }

        return null;
    }
}
