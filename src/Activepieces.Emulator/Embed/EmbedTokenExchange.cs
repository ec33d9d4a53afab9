using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Activepieces.Emulator.Http;
using Activepieces.Emulator.Identifiers;
using Activepieces.Emulator.State;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Activepieces.Emulator.Embed;

/// <summary>
/// <c>POST /v1/managed-authn/external-token</c>: verifies the SaaS backend's RS256 embed token against the registered
/// signing keys and gets-or-creates the project named by <c>externalProjectId</c> (<c>managed-authn-service.ts</c>).
/// </summary>
internal sealed class EmbedTokenExchange
{
    private readonly ConcurrentDictionary<string, EmbedSigningKey> _keys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _userIds = new(StringComparer.Ordinal);
    private readonly JsonWebTokenHandler _handler = new();
    private readonly EmulatorState _state;
    private readonly TimeProvider _timeProvider;

    public EmbedTokenExchange(EmulatorState state, TimeProvider timeProvider)
    {
        _state = state;
        _timeProvider = timeProvider;
    }

    public void AddKey(EmbedSigningKey key) => _keys[key.KeyId] = key;

    /// <summary>Exchanges <paramref name="externalToken"/>; throws 401 <c>INVALID_BEARER_TOKEN</c> on any verification failure.</summary>
    public async Task<JsonObject> ExchangeAsync(string externalToken)
    {
        JsonWebToken token;
        try
        {
            token = _handler.ReadJsonWebToken(externalToken);
        }
        catch (ArgumentException)
        {
            throw ApiErrors.InvalidBearerToken("invalid external token");
        }

        if (!token.TryGetHeaderValue<string>("kid", out var keyId) || string.IsNullOrEmpty(keyId))
        {
            throw ApiErrors.InvalidBearerToken("signing key id is not found in the header");
        }

        if (!_keys.TryGetValue(keyId, out var key))
        {
            throw ApiErrors.InvalidBearerToken($"signing key not found signingKeyId={keyId}");
        }

        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var result = await _handler.ValidateTokenAsync(externalToken, new TokenValidationParameters
        {
            IssuerSigningKey = key.SecurityKey,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ValidateIssuer = false,
            ValidateAudience = false,
            RequireExpirationTime = false,
            ValidateLifetime = true,
            LifetimeValidator = (notBefore, expires, _, _) => (notBefore is null || notBefore.Value <= now) && (expires is null || expires.Value > now),
        }).ConfigureAwait(false);
        if (!result.IsValid)
        {
            // jsonwebtoken's verify (external-token-extractor.ts) has no clock tolerance: an nbf ahead of the clock is
            // its NotBeforeError "jwt not active", a passed exp its TokenExpiredError "jwt expired".
            throw ApiErrors.InvalidBearerToken(result.Exception is SecurityTokenExpiredException or SecurityTokenInvalidLifetimeException
                ? (token.ValidFrom > now ? "jwt not active" : "jwt expired")
                : "invalid signature");
        }

        using var document = JsonDocument.Parse(Base64UrlEncoder.Decode(token.EncodedPayload));
        var payload = document.RootElement;
        var externalUserId = PayloadString(payload, "externalUserId");
        var externalProjectId = PayloadString(payload, "externalProjectId");
        var role = JsonBody.OptionalString(payload, "role") ?? "EDITOR";
        var project = _state.GetOrCreateProjectByExternalId(externalProjectId, JsonBody.OptionalString(payload, "projectDisplayName"));
        var userId = _userIds.GetOrAdd(externalUserId, _ => ApId.New());
        var timestamp = IsoTime.Format(_timeProvider.GetUtcNow());
        return new JsonObject
        {
            ["id"] = userId,
            ["created"] = timestamp,
            ["updated"] = timestamp,
            ["email"] = $"{externalUserId}@embed.emulator.activepieces.local",
            ["firstName"] = JsonBody.OptionalString(payload, "firstName") ?? string.Empty,
            ["lastName"] = JsonBody.OptionalString(payload, "lastName") ?? string.Empty,
            ["externalId"] = externalUserId,
            ["platformRole"] = "MEMBER",
            ["status"] = "ACTIVE",
            ["verified"] = true,
            ["trackEvents"] = false,
            ["newsLetter"] = false,
            ["platformId"] = _state.PlatformId,
            ["projectId"] = project.Id,
            ["projectRole"] = role,
            ["token"] = "emulated-session-" + ApId.New() + ApId.New(),
        };
    }

    private static string PayloadString(JsonElement payload, string name) =>
        payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw ApiErrors.InvalidBearerToken($"invalid external token payload: {name} is required");
}
