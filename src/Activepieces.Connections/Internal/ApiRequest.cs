namespace Activepieces.Internal;

/// <summary>One REST call: method, escaped path under <c>/api/</c>, query, JSON body and whether it may be retried.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The escaped path relative to <c>/api/</c>, e.g. <c>v1/projects/abc</c>.</param>
/// <param name="Query">The escaped query including '?', or empty.</param>
/// <param name="Body">The UTF-8 JSON body, or null; owned by the caller, who disposes it after the last attempt.</param>
/// <param name="RetrySafe">Whether repeating the request cannot change the outcome (GET, DELETE, upserts).</param>
internal sealed record ApiRequest(HttpMethod Method, string Path, string Query = "", PooledJsonBody? Body = null, bool RetrySafe = false)
{
    public static ApiRequest Get(string path, string query = "") => new(HttpMethod.Get, path, query, RetrySafe: true);

    public static ApiRequest Delete(string path) => new(HttpMethod.Delete, path, RetrySafe: true);

    public static ApiRequest Post(string path, PooledJsonBody body, bool retrySafe) => new(HttpMethod.Post, path, Body: body, RetrySafe: retrySafe);
}
