using System.Buffers;
using System.Text.Json;

namespace Activepieces.Benchmarks.RequestBodies;

/// <summary>
/// PROTOTYPES of two proposed optimisations, measured next to the real code (neither is the client's or the
/// generator's code; both write the same bytes, checked in setup and by the tests):
/// <list type="number">
/// <item><see cref="WriteWithReusedWriter"/>: the client's body writer reusing a per-thread <see cref="Utf8JsonWriter"/>
/// and buffer instead of allocating both per request (a change to <c>ConnectionRequestWriter.Write</c>); the
/// value is still written by the generated <see cref="IConnectionValue.WriteValue"/>.</item>
/// <item><see cref="WriteWithReusedWriterAndEncodedNames"/>: additionally every property name pre-encoded as a
/// <see cref="JsonEncodedText"/> (a change to the generator's value emitter: <c>static readonly JsonEncodedText</c>
/// fields instead of string literals), written out by hand here for <see cref="GelatoStoreConnection"/>.</item>
/// </list>
/// </summary>
public static class ProposedRequestWriter
{
    private static readonly JsonEncodedText ExternalId = JsonEncodedText.Encode("externalId");
    private static readonly JsonEncodedText DisplayName = JsonEncodedText.Encode("displayName");
    private static readonly JsonEncodedText PieceName = JsonEncodedText.Encode("pieceName");
    private static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText Scope = JsonEncodedText.Encode("scope");
    private static readonly JsonEncodedText ProjectIds = JsonEncodedText.Encode("projectIds");
    private static readonly JsonEncodedText Props = JsonEncodedText.Encode("props");
    private static readonly JsonEncodedText CustomAuth = JsonEncodedText.Encode("CUSTOM_AUTH");
    private static readonly JsonEncodedText Platform = JsonEncodedText.Encode("PLATFORM");
    private static readonly JsonEncodedText ApiKey = JsonEncodedText.Encode("apiKey");
    private static readonly JsonEncodedText StoreId = JsonEncodedText.Encode("storeId");
    private static readonly JsonEncodedText Region = JsonEncodedText.Encode("region");
    private static readonly JsonEncodedText TimeoutSeconds = JsonEncodedText.Encode("timeoutSeconds");
    private static readonly JsonEncodedText Sandbox = JsonEncodedText.Encode("sandbox");
    private static readonly JsonEncodedText WebhookUrl = JsonEncodedText.Encode("webhookUrl");

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>Proposal 1: the client's body with a reused per-thread writer (property names as string literals).</summary>
    /// <param name="request">The request.</param>
    /// <returns>The UTF-8 body.</returns>
    public static byte[] WriteWithReusedWriter(GlobalConnectionUpsertRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Utf8JsonWriter writer = Rent(out ArrayBufferWriter<byte> buffer);
        writer.WriteStartObject();
        writer.WriteString("externalId", request.ExternalId);
        writer.WriteString("displayName", request.DisplayName);
        writer.WriteString("pieceName", request.PieceName);
        writer.WriteString("type", "CUSTOM_AUTH");
        writer.WritePropertyName("value");
        request.Value.WriteValue(writer);
        writer.WriteString("scope", "PLATFORM");
        writer.WriteStartArray("projectIds");
        foreach (string projectId in request.ProjectIds)
        {
            writer.WriteStringValue(projectId);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Proposal 1 + 2: a reused per-thread writer and pre-encoded property names (what the emitter would write).</summary>
    /// <param name="request">The request.</param>
    /// <param name="connection">The request's value.</param>
    /// <returns>The UTF-8 body.</returns>
    public static byte[] WriteWithReusedWriterAndEncodedNames(GlobalConnectionUpsertRequest request, GelatoStoreConnection connection)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(connection);
        Utf8JsonWriter writer = Rent(out ArrayBufferWriter<byte> buffer);
        writer.WriteStartObject();
        writer.WriteString(ExternalId, request.ExternalId);
        writer.WriteString(DisplayName, request.DisplayName);
        writer.WriteString(PieceName, request.PieceName);
        writer.WriteString(Type, CustomAuth);
        writer.WriteStartObject(Value);
        writer.WriteString(Type, CustomAuth);
        writer.WriteStartObject(Props);
        writer.WriteString(ApiKey, connection.ApiKey);
        writer.WriteString(StoreId, connection.StoreId);
        writer.WriteString(Region, connection.Region);
        writer.WriteNumber(TimeoutSeconds, connection.TimeoutSeconds);
        writer.WriteBoolean(Sandbox, connection.Sandbox);
        writer.WriteString(WebhookUrl, connection.WebhookUrl);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteString(Scope, Platform);
        writer.WriteStartArray(ProjectIds);
        foreach (string projectId in request.ProjectIds)
        {
            writer.WriteStringValue(projectId);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    private static Utf8JsonWriter Rent(out ArrayBufferWriter<byte> buffer)
    {
        buffer = t_buffer ??= new ArrayBufferWriter<byte>(512);
        buffer.ResetWrittenCount();
        Utf8JsonWriter writer = t_writer ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        return writer;
    }
}
