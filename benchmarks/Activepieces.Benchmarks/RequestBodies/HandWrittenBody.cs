using System.Text.Json;

namespace Activepieces.Benchmarks.RequestBodies;

/// <summary>
/// The <c>POST /v1/global-connections</c> body of <see cref="UpsertBodies"/> written token by token with every name and
/// constant pre-encoded: the least any <see cref="Utf8JsonWriter"/>-based writer can do for this body.
/// </summary>
public static class HandWrittenBody
{
    private static readonly JsonEncodedText ExternalId = JsonEncodedText.Encode("externalId");
    private static readonly JsonEncodedText DisplayName = JsonEncodedText.Encode("displayName");
    private static readonly JsonEncodedText PieceName = JsonEncodedText.Encode("pieceName");
    private static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText Props = JsonEncodedText.Encode("props");
    private static readonly JsonEncodedText Scope = JsonEncodedText.Encode("scope");
    private static readonly JsonEncodedText ProjectIds = JsonEncodedText.Encode("projectIds");
    private static readonly JsonEncodedText ApiKey = JsonEncodedText.Encode("apiKey");
    private static readonly JsonEncodedText StoreId = JsonEncodedText.Encode("storeId");
    private static readonly JsonEncodedText Region = JsonEncodedText.Encode("region");
    private static readonly JsonEncodedText TimeoutSeconds = JsonEncodedText.Encode("timeoutSeconds");
    private static readonly JsonEncodedText Sandbox = JsonEncodedText.Encode("sandbox");
    private static readonly JsonEncodedText WebhookUrl = JsonEncodedText.Encode("webhookUrl");
    private static readonly JsonEncodedText CustomAuth = JsonEncodedText.Encode("CUSTOM_AUTH");
    private static readonly JsonEncodedText Platform = JsonEncodedText.Encode("PLATFORM");
    private static readonly JsonEncodedText ConnectionExternalId = JsonEncodedText.Encode("gelato_" + UpsertBodies.ExternalProjectId);
    private static readonly JsonEncodedText GelatoDisplayName = JsonEncodedText.Encode("Gelato Connection");
    private static readonly JsonEncodedText GelatoPiece = JsonEncodedText.Encode("@activepieces/piece-gelato");
    private static readonly JsonEncodedText ProjectId = JsonEncodedText.Encode(UpsertBodies.ProjectId);

    /// <summary>Writes the body.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="c">The credentials.</param>
    public static void Write(Utf8JsonWriter writer, GelatoStoreConnection c)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(c);
        writer.WriteStartObject();
        writer.WriteString(ExternalId, ConnectionExternalId);
        writer.WriteString(DisplayName, GelatoDisplayName);
        writer.WriteString(PieceName, GelatoPiece);
        writer.WriteString(Type, CustomAuth);
        writer.WriteStartObject(Value);
        writer.WriteString(Type, CustomAuth);
        writer.WriteStartObject(Props);
        writer.WriteString(ApiKey, c.ApiKey);
        writer.WriteString(StoreId, c.StoreId);
        writer.WriteString(Region, c.Region);
        writer.WriteNumber(TimeoutSeconds, c.TimeoutSeconds);
        writer.WriteBoolean(Sandbox, c.Sandbox);
        writer.WriteString(WebhookUrl, c.WebhookUrl);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteString(Scope, Platform);
        writer.WriteStartArray(ProjectIds);
        writer.WriteStringValue(ProjectId);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
