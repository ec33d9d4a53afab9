using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Activepieces.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace Activepieces.Emulator.Http;

/// <summary>
/// What the real server does before a handler runs, in its order: parse the body (Fastify content-type parsers),
/// validate body and query against the request schemas, then authenticate (preHandler hooks). Every failure throws an
/// <see cref="ApiErrorException"/> carrying the real status and body.
/// </summary>
internal sealed class RequestGate
{
    private const string ApiKeyPrefix = "Bearer sk-";
    private readonly byte[] _apiKey;

    public RequestGate(string apiKey) => _apiKey = Encoding.UTF8.GetBytes(apiKey);

    /// <summary>Parses the body and validates it with <paramref name="schema"/> (a <see cref="RequestSchemas"/> method).</summary>
    /// <returns>The body; <see cref="JsonValueKind.Undefined"/> when the request had none.</returns>
    public static async Task<JsonElement> ReadBodyAsync(HttpContext context, Func<JsonElement, string?> schema)
    {
        var body = await ParseBodyAsync(context).ConfigureAwait(false);
        if (schema(body) is { } message)
        {
            throw ApiErrors.SchemaValidation(message);
        }

        return body;
    }

    /// <summary>Validates the query string with <paramref name="schema"/>.</summary>
    public static void ValidateQuery(HttpContext context, QuerySchema schema)
    {
        var query = context.Request.Query.ToDictionary(
            pair => pair.Key,
            pair => pair.Value.Select(value => value ?? string.Empty).ToArray(),
            StringComparer.Ordinal);
        if (RequestSchemas.ValidateQuery(schema, query) is { } message)
        {
            throw ApiErrors.SchemaValidation(message);
        }
    }

    /// <summary>
    /// Requires the emulator's API key: none → 403 <c>AUTHORIZATION</c>; a wrong <c>sk-</c> key → 401
    /// <c>AUTHENTICATION</c>; any other bearer token → 401 <c>INVALID_BEARER_TOKEN</c>.
    /// </summary>
    public void Authenticate(HttpContext context)
    {
        string? header = context.Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            throw ApiErrors.NotAllowed();
        }

        if (!header.StartsWith(ApiKeyPrefix, StringComparison.Ordinal))
        {
            throw ApiErrors.InvalidBearerToken("invalid access token or session expired");
        }

        var presented = Encoding.UTF8.GetBytes(header["Bearer ".Length..]);
        if (!CryptographicOperations.FixedTimeEquals(presented, _apiKey))
        {
            throw ApiErrors.InvalidApiKey();
        }
    }

    private static async Task<JsonElement> ParseBodyAsync(HttpContext context)
    {
        var request = context.Request;
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        var hasBody = buffer.Length > 0;
        var mediaType = request.ContentType?.Split(';', 2)[0].Trim();

        if (mediaType is null)
        {
            if (hasBody)
            {
                throw ApiErrors.Fastify(415, FastifyErrorCodes.InvalidMediaType, "Unsupported Media Type");
            }

            return default;
        }

        if (string.Equals(mediaType, "application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase))
        {
            if (!hasBody)
            {
                throw ApiErrors.Fastify(400, FastifyErrorCodes.EmptyJsonBody, "Body cannot be empty when content-type is set to 'application/json'");
            }

            try
            {
                using var document = JsonDocument.Parse(buffer.ToArray());
                return document.RootElement.Clone();
            }
            catch (JsonException)
            {
                throw ApiErrors.Fastify(400, FastifyErrorCodes.InvalidJsonBody, "Body is not valid JSON but content-type is set to 'application/json'");
            }
        }

        if (string.Equals(mediaType, "text/plain", StringComparison.OrdinalIgnoreCase))
        {
            // Fastify parses text/plain into a string; the object schemas then reject it.
            return JsonSerializer.SerializeToElement(Encoding.UTF8.GetString(buffer.ToArray()));
        }

        throw ApiErrors.Fastify(415, FastifyErrorCodes.InvalidMediaType, "Unsupported Media Type");
    }
}
