using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Activepieces.Emulator.Embed;
using Activepieces.Emulator.Http;
using Activepieces.Emulator.Identifiers;
using Activepieces.Emulator.Services.Platform;
using Activepieces.Emulator.Services.Projects;
using Activepieces.Emulator.Services.Users;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Activepieces.Emulator.Services.ManagedAuthn;

/// <summary>
/// The managed-authn module, <c>POST /v1/managed-authn/external-token</c>: verifies the SaaS backend's RS256 embed
/// token against the registered signing keys (<c>ee/managed-authn/lib/external-token-extractor.ts</c>, no clock
/// tolerance; the payload read as v4, then v3, then v2), gets-or-creates the project named by
/// <c>externalProjectId</c> and assigns it the token's piece set (<c>ee/managed-authn/managed-authn-service.ts</c>).
/// </summary>
internal sealed class ManagedAuthnService
{
    /// <summary>The project role of a token without <c>role</c>.</summary>
    private const string DefaultProjectRole = "EDITOR";

    private readonly ConcurrentDictionary<string, EmbedSigningKey> _keys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _userIds = new(StringComparer.Ordinal);
    private readonly JsonWebTokenHandler _handler = new();
    private readonly ProjectService _projects;
    private readonly EmulatedPlatform _platform;
    private readonly TimeProvider _timeProvider;

    /// <param name="projects">The projects the exchange gets or creates.</param>
    /// <param name="platform">The platform the users join.</param>
    /// <param name="timeProvider">The clock tokens are checked against.</param>
    public ManagedAuthnService(ProjectService projects, EmulatedPlatform platform, TimeProvider timeProvider)
    {
        _projects = projects;
        _platform = platform;
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

        var result = await _handler.ValidateTokenAsync(externalToken, new TokenValidationParameters
        {
            IssuerSigningKey = key.SecurityKey,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ValidateIssuer = false,
            ValidateAudience = false,
            RequireExpirationTime = false,
            ValidateLifetime = false,
        }).ConfigureAwait(false);
        if (!result.IsValid)
        {
            throw ApiErrors.InvalidBearerToken("invalid signature");
        }

        using var document = JsonDocument.Parse(Base64UrlEncoder.Decode(token.EncodedPayload));
        var payload = document.RootElement;
        AssertActive(payload, _timeProvider.GetUtcNow().ToUnixTimeSeconds());
        var externalUserId = PayloadString(payload, "externalUserId");
        var externalProjectId = PayloadString(payload, "externalProjectId");
        var role = JsonBody.OptionalString(payload, "role") ?? DefaultProjectRole;
        var project = _projects.GetOrCreateForEmbed(externalProjectId, PieceSetKey(payload));
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
            ["platformRole"] = PlatformRoles.Member,
            ["status"] = UserStatuses.Active,
            ["verified"] = true,
            ["trackEvents"] = false,
            ["newsLetter"] = false,
            ["platformId"] = _platform.Id,
            ["projectId"] = project.Id,
            ["projectRole"] = role,
            ["token"] = "emulated-session-" + ApId.New() + ApId.New(),
        };
    }

    /// <summary>
    /// The lifetime checks of <c>jsonwebtoken.verify</c> as the extractor calls it, with no clock tolerance:
    /// <c>exp</c> reached → "jwt expired"; <c>nbf</c> (or <c>iat</c>) after the emulator's clock → "jwt not active".
    /// </summary>
    private static void AssertActive(JsonElement payload, long now)
    {
        if (NumericClaim(payload, "exp") is { } expires && now >= expires)
        {
            throw ApiErrors.InvalidBearerToken("jwt expired");
        }

        if (NumericClaim(payload, "nbf") is { } notBefore && notBefore > now)
        {
            throw ApiErrors.InvalidBearerToken("jwt not active");
        }

        if (NumericClaim(payload, "iat") is { } issuedAt && issuedAt > now)
        {
            throw ApiErrors.InvalidBearerToken("jwt not active");
        }
    }

    private static double? NumericClaim(JsonElement payload, string name) =>
        payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    /// <summary>
    /// The piece-set key a token names (<c>external-token-extractor.ts</c> tries v4, then v3, then v2): v4 (<c>version:
    /// 'v4'</c> with a string <c>pieceSet</c>) → <c>pieceSet</c>; v3 with <c>piecesFilterType: ALLOWED</c> → its
    /// <b>first</b> <c>piecesTags</c> entry (the server honours no other); v3 <c>NONE</c> and v2 → none (the default set).
    /// </summary>
    private static string? PieceSetKey(JsonElement payload)
    {
        var version = JsonBody.OptionalString(payload, "version");
        if (version == "v4" && JsonBody.OptionalString(payload, "pieceSet") is { } pieceSet)
        {
            return pieceSet;
        }

        if (version != "v3" || JsonBody.OptionalString(payload, "piecesFilterType") != PiecesFilterTypes.Allowed)
        {
            return null;
        }

        var tags = JsonBody.Property(payload, "piecesTags");
        return tags.ValueKind == JsonValueKind.Array && tags.GetArrayLength() > 0 && tags[0].ValueKind == JsonValueKind.String
            ? tags[0].GetString()
            : null;
    }

    private static string PayloadString(JsonElement payload, string name) =>
        payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw ApiErrors.InvalidBearerToken($"invalid external token payload: {name} is required");
}
