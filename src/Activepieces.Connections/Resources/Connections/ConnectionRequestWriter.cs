using System.Text.Json;
using Activepieces.Transport.Json;

namespace Activepieces.Resources.Connections;

/// <summary>
/// Writes connection upsert bodies with a <see cref="Utf8JsonWriter"/> (no reflection): the top-level <c>type</c> is the
/// value's auth type, and the value writes itself (including its own <c>type</c>).
/// </summary>
internal static class ConnectionRequestWriter
{
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

    // The wire names of the auth types, pre-encoded, indexed by the enum's value (0 … Oidc).
    private static readonly JsonEncodedText[] AuthTypeNames =
    [
        JsonEncodedText.Encode(AuthType.SecretText.ToWireName()),
        JsonEncodedText.Encode(AuthType.BasicAuth.ToWireName()),
        JsonEncodedText.Encode(AuthType.CustomAuth.ToWireName()),
        JsonEncodedText.Encode(AuthType.OAuth2.ToWireName()),
        JsonEncodedText.Encode(AuthType.CloudOAuth2.ToWireName()),
        JsonEncodedText.Encode(AuthType.PlatformOAuth2.ToWireName()),
        JsonEncodedText.Encode(AuthType.NoAuth.ToWireName()),
        JsonEncodedText.Encode(AuthType.Oidc.ToWireName()),
    ];

    public static PooledJsonBody WriteGlobalUpsert(GlobalConnectionUpsertRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(request.ExternalId, "request.ExternalId");
        ArgumentException.ThrowIfNullOrEmpty(request.PieceName, "request.PieceName");
        ArgumentNullException.ThrowIfNull(request.DisplayName, "request.DisplayName");
        ArgumentNullException.ThrowIfNull(request.Value, "request.Value");
        ArgumentNullException.ThrowIfNull(request.ProjectIds, "request.ProjectIds");
        return PooledJsonBody.Write(request, static (writer, r) =>
        {
            writer.WriteStartObject();
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

            writer.WriteEndObject();
        });
    }

    public static PooledJsonBody WriteAppUpsert(AppConnectionUpsertRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(request.ProjectId, "request.ProjectId");
        ArgumentException.ThrowIfNullOrEmpty(request.ExternalId, "request.ExternalId");
        ArgumentException.ThrowIfNullOrEmpty(request.PieceName, "request.PieceName");
        ArgumentNullException.ThrowIfNull(request.DisplayName, "request.DisplayName");
        ArgumentNullException.ThrowIfNull(request.Value, "request.Value");
        return PooledJsonBody.Write(request, static (writer, r) =>
        {
            writer.WriteStartObject();
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

            writer.WriteEndObject();
        });
    }

    private static void WriteTypeAndValue(Utf8JsonWriter writer, IConnectionValue value)
    {
        var authType = value.AuthType;
        writer.WriteString(TypeName, (uint)authType < (uint)AuthTypeNames.Length
            ? AuthTypeNames[(int)authType]
            : JsonEncodedText.Encode(authType.ToWireName())); // ToWireName throws for an undefined auth type
        writer.WritePropertyName(ValueName);
        var depth = writer.CurrentDepth;
        value.WriteValue(writer);
        if (writer.CurrentDepth != depth)
        {
            throw new InvalidOperationException($"{value.GetType().Name}.WriteValue left a JSON object or array open.");
        }
    }
}
