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
/// tolerance), gets-or-creates the project named by <c>externalProjectId</c> and overwrites its piece filter from the
/// token (<c>ee/managed-authn/managed-authn-service.ts</c>).
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
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _pieceTags;
    private readonly TimeProvider _timeProvider;

    /// <param name="projects">The projects the exchange gets or creates.</param>
    /// <param name="platform">The platform the users join.</param>
    /// <param name="pieceTags">The platform's piece tags: tag → piece names (<c>tags/pieces/piece-tag.service.ts</c>).</param>
    /// <param name="timeProvider">The clock tokens are checked against.</param>
    public ManagedAuthnService(ProjectService projects, EmulatedPlatform platform, IReadOnlyDictionary<string, IReadOnlyList<string>> pieceTags, TimeProvider timeProvider)
    {
        _projects = projects;
        _platform = platform;
        _pieceTags = pieceTags;
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
        var (filterType, tags) = PieceFilter(payload);
        var project = _projects.GetOrCreateForEmbed(externalProjectId, filterType, PiecesWithTags(filterType, tags));
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
    /// The token's piece filter: v3 <c>piecesFilterType</c> (default <c>NONE</c>) and <c>piecesTags</c> (default
    /// <c>[]</c>); v2 (no <c>version</c>) <c>pieces: {filterType, tags}</c>.
    /// </summary>
    private static (string FilterType, IReadOnlyList<string> Tags) PieceFilter(JsonElement payload)
    {
        var isV3 = JsonBody.OptionalString(payload, "version") == "v3";
        var source = isV3 ? payload : JsonBody.Property(payload, "pieces");
        var filterType = JsonBody.OptionalString(source, isV3 ? "piecesFilterType" : "filterType") ?? PiecesFilterTypes.None;
        var tagsElement = JsonBody.Property(source, isV3 ? "piecesTags" : "tags");
        var tags = tagsElement.ValueKind == JsonValueKind.Array
            ? tagsElement.EnumerateArray().Where(tag => tag.ValueKind == JsonValueKind.String).Select(tag => tag.GetString()!).ToArray()
            : [];
        return (filterType == PiecesFilterTypes.Allowed ? PiecesFilterTypes.Allowed : PiecesFilterTypes.None, tags);
    }

    /// <summary><c>getPiecesList</c>: <c>ALLOWED</c> → the names of the platform's pieces with one of the tags; <c>NONE</c> → none.</summary>
    private IReadOnlyList<string> PiecesWithTags(string filterType, IReadOnlyList<string> tags) =>
        filterType != PiecesFilterTypes.Allowed
            ? []
            : tags.SelectMany(tag => _pieceTags.TryGetValue(tag, out var names) ? names : [])
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToArray();

    private static string PayloadString(JsonElement payload, string name) =>
        payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw ApiErrors.InvalidBearerToken($"invalid external token payload: {name} is required");
}
