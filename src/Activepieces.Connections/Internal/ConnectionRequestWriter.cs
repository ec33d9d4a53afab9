using System.Buffers;
using System.Text.Json;

namespace Activepieces.Internal;

/// <summary>
/// Writes connection upsert bodies with a <see cref="Utf8JsonWriter"/> (no reflection): the top-level <c>type</c> is the
/// value's auth type, and the value writes itself (including its own <c>type</c>).
/// </summary>
internal static class ConnectionRequestWriter
{
    /// <summary>A buffer that grew past this after a request is not kept for the next one.</summary>
    private const int MaxRetainedBufferSize = 64 * 1024;

    private static readonly JsonEncodedText ExternalIdName = JsonEncodedText.Encode("externalId");
    private static readonly JsonEncodedText DisplayNameName = JsonEncodedText.Encode("displayName");
    private static readonly JsonEncodedText PieceNameName = JsonEncodedText.Encode("pieceName");
    private static readonly JsonEncodedText ProjectIdName = JsonEncodedText.Encode("projectId");
    private static readonly JsonEncodedText ProjectIdsName = JsonEncodedText.Encode("projectIds");
    private static readonly JsonEncodedText ScopeName = JsonEncodedText.Encode("scope");
    private static readonly JsonEncodedText PlatformScope = JsonEncodedText.Encode(ConnectionScope.Platform.ToWireName());
    private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText PieceVersionName = JsonEncodedText.Encode("pieceVersion");
    private static readonly JsonEncodedText PreSelectName = JsonEncodedText.Encode("preSelectForNewProjects");
    private static readonly JsonEncodedText MetadataName = JsonEncodedText.Encode("metadata");

    // One writer and buffer per thread, reset for each body: a request allocates only its exact-size body array.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

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
            writer.WriteString(ExternalIdName, r.ExternalId);
            writer.WriteString(DisplayNameName, r.DisplayName);
            writer.WriteString(PieceNameName, r.PieceName);
            WriteTypeAndValue(writer, r.Value);
            writer.WriteString(ScopeName, PlatformScope);
            writer.WriteStartArray(ProjectIdsName);
            foreach (var projectId in r.ProjectIds)
            {
                writer.WriteStringValue(projectId);
            }

            writer.WriteEndArray();
            if (r.PieceVersion is not null)
            {
                writer.WriteString(PieceVersionName, r.PieceVersion);
            }

            if (r.PreSelectForNewProjects is { } preSelect)
            {
                writer.WriteBoolean(PreSelectName, preSelect);
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
            writer.WriteString(ExternalIdName, r.ExternalId);
            writer.WriteString(DisplayNameName, r.DisplayName);
            writer.WriteString(PieceNameName, r.PieceName);
            writer.WriteString(ProjectIdName, r.ProjectId);
            WriteTypeAndValue(writer, r.Value);
            if (r.PieceVersion is not null)
            {
                writer.WriteString(PieceVersionName, r.PieceVersion);
            }

            if (r.Metadata is not null)
            {
                writer.WriteStartObject(MetadataName);
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
        writer.WriteString(TypeName, value.AuthType.ToWireName());
        writer.WritePropertyName(ValueName);
        var depth = writer.CurrentDepth;
        value.WriteValue(writer);
        if (writer.CurrentDepth != depth)
        {
            throw new InvalidOperationException($"{value.GetType().Name}.WriteValue left a JSON object or array open.");
        }
    }

    private static byte[] Write<T>(T request, Action<Utf8JsonWriter, T> writeProperties)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(512);
        var writer = t_writer ??= new Utf8JsonWriter(buffer);
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        try
        {
            writer.WriteStartObject();
            writeProperties(writer, request);
            writer.WriteEndObject();
            writer.Flush();
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            // A value's WriteValue may have thrown half-way: the next body resets the writer anyway. Clear what was
            // written (it holds credentials) and drop a buffer that one large body made big.
            buffer.Clear();
            if (buffer.Capacity > MaxRetainedBufferSize)
            {
                t_buffer = null;
                t_writer = null;
            }
        }
    }
}
