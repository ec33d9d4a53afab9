namespace Activepieces.Transport;

/// <summary>
/// The route template of a request path, for telemetry: the version and the collection stay, every further segment (an
/// id or a piece name) becomes <c>{id}</c> — <c>v1/projects/Xy12…</c> → <c>v1/projects/{id}</c> — so that spans and
/// metric series are keyed by route, never by customer ids.
/// </summary>
internal static class RouteTemplate
{
    public static string Of(string path)
    {
        var first = path.IndexOf('/', StringComparison.Ordinal);
        var second = first < 0 ? -1 : path.IndexOf('/', first + 1);
        if (second < 0)
        {
            return path;
        }

        var segments = 0;
        for (var i = second; i < path.Length; i++)
        {
            if (path[i] == '/' && i + 1 < path.Length)
            {
                segments++;
            }
        }

        return segments switch
        {
            0 => path[..second],
            1 => string.Concat(path.AsSpan(0, second), "/{id}"),
            _ => string.Concat(path.AsSpan(0, second), string.Concat(Enumerable.Repeat("/{id}", segments))),
        };
    }
}
