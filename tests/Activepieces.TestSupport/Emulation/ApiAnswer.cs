using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Activepieces.TestSupport;

/// <summary>An emulator answer: status, body text and parsed body.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Text">The body text (may hold secrets in principle: never print it).</param>
/// <param name="Body">The parsed body, or <see langword="null"/> when empty or not JSON.</param>
/// <param name="RetryAfter">The <c>Retry-After</c> header, if any.</param>
public sealed record ApiAnswer(HttpStatusCode Status, string Text, JsonNode? Body, RetryConditionHeaderValue? RetryAfter)
{
    /// <summary>The status as a number.</summary>
    public int StatusCode => (int)Status;

    /// <summary>Whether the status is 2xx.</summary>
    public bool IsSuccess => StatusCode is >= 200 and < 300;

    /// <summary>The <c>code</c> of an error body (<c>FST_ERR_VALIDATION</c>, <c>ENTITY_NOT_FOUND</c>, …), or <see langword="null"/>.</summary>
    public string? ErrorCode => StatusCode >= 400 && Body is JsonObject error && error["code"] is JsonValue code && code.GetValueKind() == JsonValueKind.String
        ? code.GetValue<string>()
        : null;

    /// <summary>True for Fastify's request-schema 400 (<c>FST_ERR_VALIDATION</c>): the emulator rejected the request's shape.</summary>
    public bool IsSchemaRejection => StatusCode == 400 && ErrorCode == "FST_ERR_VALIDATION";

    /// <summary>The Fastify validation message (paths only, no values), or <see langword="null"/>.</summary>
    public string? ValidationMessage => IsSchemaRejection && Body?["message"] is JsonValue message ? message.GetValue<string>() : null;

    /// <summary>The items of a <c>SeekPage</c> body.</summary>
    public JsonArray Data => Body!["data"]!.AsArray();

    /// <summary>A string property of the body.</summary>
    /// <param name="name">The property name.</param>
    /// <returns>The value.</returns>
    public string String(string name) => Body![name]!.GetValue<string>();

    /// <inheritdoc />
    public override string ToString() => StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal static JsonNode? TryParse(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
