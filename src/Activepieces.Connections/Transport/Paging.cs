using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;

namespace Activepieces.Transport;

/// <summary>Follows seek cursors (<c>next</c>) until the last page.</summary>
internal static class Paging
{
    public static async IAsyncEnumerable<T> EnumerateAsync<T>(
        ApiTransport transport,
        string path,
        QueryString baseQuery,
        JsonTypeInfo<SeekPage<T>> pageType,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var prefix = baseQuery.ToString();
        string? cursor = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        do
        {
            var query = cursor is null
                ? prefix
                : prefix + (prefix.Length == 0 ? "?" : "&") + "cursor=" + UrlSegment.Escape(cursor, "cursor");
            var page = await transport.SendAsync(ApiRequest.Get(path, query), pageType, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Data)
            {
                yield return item;
            }

            cursor = string.IsNullOrEmpty(page.Next) ? null : page.Next;
            if (cursor is not null && !seen.Add(cursor))
            {
                throw new ActivepiecesApiException($"Activepieces API GET {path} returned the same cursor twice; stopping to avoid an endless listing.");
            }
        }
        while (cursor is not null);
    }
}
