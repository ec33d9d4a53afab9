using Activepieces.Transport.Json;

using Activepieces.Values;

namespace Activepieces.Transport;

/// <summary>One REST call: method, escaped path under <c>/api/</c>, query, JSON body and whether it may be retried.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The escaped path relative to <c>/api/</c>, e.g. <c>v1/projects/abc</c>.</param>
/// <param name="Query">The escaped query including '?', or empty.</param>
/// <param name="Body">The UTF-8 JSON body, or null; owned by the caller, who disposes it after the last attempt.</param>
/// <param name="RetrySafe">Whether repeating the request cannot change the outcome (GET, DELETE, non-OAuth upserts).</param>
/// <param name="ConsumesOAuthCode">
/// Whether the body carries a single-use OAuth authorization code (an OAuth upsert): never retry-safe, and a lost answer
/// means the code may be consumed.
/// </param>
/// <param name="IsConnectionUpsert">Whether it is a connection upsert, whose attempt timeout covers the server's validation.</param>
internal sealed record ApiRequest(
    HttpMethod Method,
    string Path,
    string Query = "",
    PooledJsonBody? Body = null,
    bool RetrySafe = false,
    bool ConsumesOAuthCode = false,
    bool IsConnectionUpsert = false)
{
    public static ApiRequest Get(string path, string query = "") => new(HttpMethod.Get, path, query, RetrySafe: true);

    public static ApiRequest Delete(string path) => new(HttpMethod.Delete, path, RetrySafe: true);

    public static ApiRequest Post(string path, PooledJsonBody body, bool retrySafe) => new(HttpMethod.Post, path, Body: body, RetrySafe: retrySafe);

    /// <summary>
    /// A revalidation (<c>POST …/:id/revalidate</c>, no body), timed like an upsert because the server runs the piece's
    /// validation before it answers. Not retried: its 500 is the piece's validation failing in the engine, which an
    /// immediate repeat rarely changes and which costs a call to the piece's API each time; the caller may check again.
    /// </summary>
    public static ApiRequest Revalidate(string path) => new(HttpMethod.Post, path, RetrySafe: false, IsConnectionUpsert: true);

    /// <summary>
    /// A connection upsert: retry-safe (keyed by external id) unless its value is an OAuth type, whose authorization code
    /// the server exchanges exactly once.
    /// </summary>
    public static ApiRequest Upsert(string path, PooledJsonBody body, AuthType authType)
    {
        var oauth = authType.CarriesOAuthCode();
        return new(HttpMethod.Post, path, Body: body, RetrySafe: !oauth, ConsumesOAuthCode: oauth, IsConnectionUpsert: true);
    }
}
