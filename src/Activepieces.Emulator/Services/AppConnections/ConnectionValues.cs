using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Activepieces.Emulator.Http;

namespace Activepieces.Emulator.Services.AppConnections;

/// <summary>
/// Connection values as the server stores them and as the engine hands them to a piece. Non-OAuth values are kept
/// verbatim. OAuth values (<c>OAUTH2</c>, <c>CLOUD_OAUTH2</c>, <c>PLATFORM_OAUTH2</c>) are "claimed" without any network
/// call: the emulator derives a token from the code, then stores <c>{...claimed, ...requestValue}</c> like the server.
/// </summary>
internal static class ConnectionValues
{
    private const string Redacted = "(REDACTED)";
    private const int ExpiresInSeconds = 3600;

    /// <summary>
    /// The value to store for an OAuth2 request value: the claimed token fields (<c>access_token</c> derived from the
    /// code, <c>token_type</c> <c>Bearer</c>, <c>refresh_token</c>, <c>expires_in</c>, <c>claimed_at</c>,
    /// <c>token_url</c>, <c>data</c>, …) overlaid with the request's own fields.
    /// </summary>
    /// <param name="requestValue">The request's <c>value</c> object.</param>
    /// <param name="pieceName">The piece, mixed into the derived tokens.</param>
    /// <param name="tokenUrl">The piece's OAuth2 <c>tokenUrl</c>.</param>
    /// <param name="now">The claim time.</param>
    public static string Claim(JsonElement requestValue, string pieceName, string tokenUrl, DateTimeOffset now)
    {
        var request = JavaScriptStrings.ToNode(requestValue)!.AsObject();
        var code = request["code"]?.GetValue<string>() ?? string.Empty;
        var clientId = request["client_id"]?.GetValue<string>() ?? string.Empty;
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{pieceName}\n{clientId}\n{code}")));

        var claimed = new JsonObject
        {
            ["access_token"] = "emulated-access-" + digest[..32],
            ["expires_in"] = ExpiresInSeconds,
            ["refresh_token"] = "emulated-refresh-" + digest[32..],
            ["scope"] = request["scope"]?.DeepClone(),
            ["token_type"] = "Bearer",
            ["data"] = new JsonObject(),
            ["claimed_at"] = now.ToUnixTimeSeconds(),
            ["client_id"] = clientId,
            ["token_url"] = tokenUrl,
        };
        foreach (var (name, value) in request)
        {
            claimed[name] = value?.DeepClone();
        }

        return claimed.ToJsonString();
    }

    /// <summary>
    /// A forced OAuth2 refresh (<c>app-connection-service/oauth2/</c>, <c>refresh</c>), without network: a new
    /// <c>access_token</c> derived from the refresh token and the time, <c>claimed_at</c> now, the rest kept.
    /// </summary>
    public static string Refresh(string storedValueJson, DateTimeOffset now)
    {
        var value = JsonNode.Parse(storedValueJson)!.AsObject();
        var refreshToken = value["refresh_token"] is JsonValue token && token.TryGetValue<string>(out var text) ? text : string.Empty;
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{refreshToken}\n{now.ToUnixTimeMilliseconds()}")));
        value["access_token"] = "emulated-access-" + digest[..32];
        value["expires_in"] = ExpiresInSeconds;
        value["claimed_at"] = now.ToUnixTimeSeconds();
        return value.ToJsonString();
    }

    /// <summary>
    /// The value as a piece receives it from <c>context.connections.get</c> (context v2, the full typed value):
    /// the stored value, with OAuth2 refresh tokens (and the client secret of a <c>client_credentials</c> OAUTH2
    /// connection) replaced by <c>(REDACTED)</c>, as <c>oauth2Util.removeRefreshTokenAndClientSecret</c> does.
    /// </summary>
    /// <remarks>Secret-manager references are resolved first (<see cref="SecretManagerReferences"/>), as on the worker read.</remarks>
    public static string ForPiece(string type, string storedValueJson)
    {
        if (SecretManagerReferences.AnyIn(storedValueJson))
        {
            storedValueJson = SecretManagerReferences.Resolve(storedValueJson);
        }

        if (!AppConnectionTypes.IsOAuth2(type))
        {
            return storedValueJson;
        }

        var value = JsonNode.Parse(storedValueJson)!.AsObject();
        if (type == AppConnectionTypes.OAuth2 && value["grant_type"] is JsonValue grant && grant.TryGetValue<string>(out var grantType)
            && grantType == "client_credentials")
        {
            value["client_secret"] = Redacted;
        }

        value["refresh_token"] = Redacted;
        return value.ToJsonString();
    }

    /// <summary>
    /// 400 <c>INVALID_CLAIM</c> <c>{clientId, tokenUrl, redirectUrl, message}</c>, the server's answer when the token URL
    /// refuses a code (<c>app-connection/app-connection-service/oauth2/</c>); the code itself is never echoed.
    /// </summary>
    public static ApiErrorException CodeAlreadyUsed(JsonElement requestValue, string tokenUrl)
    {
        var parameters = new JsonObject
        {
            ["clientId"] = JsonBody.OptionalString(requestValue, "client_id"),
            ["tokenUrl"] = tokenUrl,
        };
        if (JsonBody.OptionalString(requestValue, "redirect_url") is { } redirectUrl)
        {
            parameters["redirectUrl"] = redirectUrl;
        }

        parameters["message"] = "invalid_grant: the authorization code has already been used";
        return ApiErrors.Activepieces(ErrorCodes.InvalidClaim, parameters);
    }

    /// <summary>Throws 400 <c>INVALID_APP_CONNECTION</c> like the server when a piece has no OAuth2 auth.</summary>
    public static ApiErrorException InvalidAuthType() =>
        ApiErrors.Activepieces(ErrorCodes.InvalidAppConnection, new JsonObject { ["error"] = "invalid auth type" });
}
