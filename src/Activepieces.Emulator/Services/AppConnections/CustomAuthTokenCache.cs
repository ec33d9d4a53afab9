using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Activepieces.Emulator.Services.AppConnections;

/// <summary>
/// CUSTOM_AUTH token caching (<c>app-connection/app-connection-service/</c>, 2026-06-25, reference §11.12): a piece that
/// declares <c>refresh: {generate, defaultExpiresIn}</c> gets a token generated at the first read, stored in the value
/// as <c>access_token</c> and <c>token_refresh_at</c> (unix seconds, 15 minutes before expiry), and regenerated once
/// that time is reached. Every upsert replaces the stored value, so a re-upsert drops the cached token.
/// </summary>
internal sealed class CustomAuthTokenCache
{
    /// <summary>How long before expiry the server refreshes.</summary>
    private static readonly TimeSpan RefreshEarly = TimeSpan.FromMinutes(15);

    private readonly IReadOnlyDictionary<string, TimeSpan> _expiresIn;

    /// <param name="expiresIn">The pieces that declare a refresh, with their <c>defaultExpiresIn</c>.</param>
    public CustomAuthTokenCache(IReadOnlyDictionary<string, TimeSpan> expiresIn) => _expiresIn = expiresIn;

    /// <summary>
    /// The stored value with a fresh token when <paramref name="pieceName"/> declares a refresh and the value has none or
    /// its refresh time is reached; otherwise <see langword="null"/> (nothing to write).
    /// </summary>
    public string? Refreshed(string pieceName, string type, string storedValueJson, DateTimeOffset now)
    {
        if (type != AppConnectionTypes.CustomAuth || !_expiresIn.TryGetValue(pieceName, out var expiresIn))
        {
            return null;
        }

        var value = JsonNode.Parse(storedValueJson)!.AsObject();
        if (value["token_refresh_at"] is JsonValue refreshAt && refreshAt.TryGetValue<long>(out var seconds) && seconds > now.ToUnixTimeSeconds())
        {
            return null;
        }

        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{pieceName}\n{now.ToUnixTimeMilliseconds()}")));
        value["access_token"] = "emulated-custom-" + digest[..32];
        value["token_refresh_at"] = (now + expiresIn - RefreshEarly).ToUnixTimeSeconds();
        return value.ToJsonString();
    }
}
