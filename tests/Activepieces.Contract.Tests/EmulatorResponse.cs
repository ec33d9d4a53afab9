using System.Text.Json;

namespace Activepieces.Contract.Tests;

/// <summary>An emulator answer: status, body text, and the error <c>code</c> when the body is an error.</summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="Body">The body text (may hold secrets in principle: never print it).</param>
/// <param name="ErrorCode">The <c>code</c> of an error body (<c>FST_ERR_VALIDATION</c>, <c>ENTITY_NOT_FOUND</c>, …), or <see langword="null"/>.</param>
internal sealed record EmulatorResponse(int StatusCode, string Body, string? ErrorCode)
{
    /// <summary>True for Fastify's request-schema 400 (<c>FST_ERR_VALIDATION</c>): the emulator rejected the request's shape.</summary>
    public bool IsSchemaRejection => StatusCode == 400 && ErrorCode == "FST_ERR_VALIDATION";

    /// <summary>The Fastify validation message (paths only, no values), or <see langword="null"/>.</summary>
    public string? ValidationMessage => IsSchemaRejection && TryParse(Body) is { } root && root.TryGetProperty("message", out var m) ? m.GetString() : null;

    public static async Task<EmulatorResponse> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var code = (int)response.StatusCode >= 400 && TryParse(body) is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("code", out var c)
            ? c.GetString()
            : null;
        return new EmulatorResponse((int)response.StatusCode, body, code);
    }

    private static JsonElement? TryParse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
