using System.Buffers;
using System.Text.Json;

namespace Activepieces.Internal;

/// <summary>
/// Writes connection upsert bodies with a <see cref="Utf8JsonWriter"/> (no reflection): the top-level <c>type</c> is the
/// value's auth type, and the value writes itself (including its own <c>type</c>).
/// </summary>
internal static class ConnectionRequestWriter
{
    public static byte[] WriteGlobalUpsert(GlobalConnectionUpsertRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(request.ExternalId, "request.ExternalId");
        ArgumentException.ThrowIfNullOrEmpty(request.PieceName, "request.PieceName");
        ArgumentNullException.ThrowIfNull(request.DisplayName, "request.DisplayName");
        ArgumentNullException.ThrowIfNull(request.Value, "request.Value");
        ArgumentNullException.ThrowIfNull(request.ProjectIds, "request.ProjectIds");
        return Write(request, static (writer, r) =>
        {
            writer.WriteString("externalId", r.ExternalId);
            writer.WriteString("displayName", r.DisplayName);
            writer.WriteString("pieceName", r.PieceName);
            WriteTypeAndValue(writer, r.Value);
            writer.WriteString("scope", ConnectionScope.Platform.ToWireName());
            writer.WriteStartArray("projectIds");
            foreach (var projectId in r.ProjectIds)
            {
                writer.WriteStringValue(projectId);
            }

            writer.WriteEndArray();
            if (r.PieceVersion is not null)
            {
                writer.WriteString("pieceVersion", r.PieceVersion);
            }

            if (r.PreSelectForNewProjects is { } preSelect)
            {
                writer.WriteBoolean("preSelectForNewProjects", preSelect);
            }
        });
    }

    public static byte[] WriteAppUpsert(AppConnectionUpsertRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(request.ProjectId, "request.ProjectId");
        ArgumentException.ThrowIfNullOrEmpty(request.ExternalId, "request.ExternalId");
        ArgumentException.ThrowIfNullOrEmpty(request.PieceName, "request.PieceName");
        ArgumentNullException.ThrowIfNull(request.DisplayName, "request.DisplayName");
        ArgumentNullException.ThrowIfNull(request.Value, "request.Value");
        return Write(request, static (writer, r) =>
        {
            writer.WriteString("externalId", r.ExternalId);
            writer.WriteString("displayName", r.DisplayName);
            writer.WriteString("pieceName", r.PieceName);
            writer.WriteString("projectId", r.ProjectId);
            WriteTypeAndValue(writer, r.Value);
            if (r.PieceVersion is not null)
            {
                writer.WriteString("pieceVersion", r.PieceVersion);
            }

            if (r.Metadata is not null)
            {
                writer.WriteStartObject("metadata");
                foreach (var entry in r.Metadata)
                {
                    writer.WriteString(entry.Key, entry.Value);
                }

                writer.WriteEndObject();
            }
        });
    }

    private static void WriteTypeAndValue(Utf8JsonWriter writer, IConnectionValue value)
    {
        writer.WriteString("type", value.AuthType.ToWireName());
        writer.WritePropertyName("value");
        var depth = writer.CurrentDepth;
        value.WriteValue(writer);
        if (writer.CurrentDepth != depth)
        {
            throw new InvalidOperationException($"{value.GetType().Name}.WriteValue left a JSON object or array open.");
        }
    }

    private static byte[] Write<T>(T request, Action<Utf8JsonWriter, T> writeProperties)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeProperties(writer, request);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
