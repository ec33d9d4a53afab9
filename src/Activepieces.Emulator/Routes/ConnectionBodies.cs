using System.Text.Json;
using Activepieces.Emulator.Http;
using Activepieces.Emulator.Services.AppConnections;

namespace Activepieces.Emulator.Routes;

/// <summary>Parses the (already validated) upsert bodies of both connection routes into one <see cref="ConnectionUpsert"/>.</summary>
internal static class ConnectionBodies
{
    /// <summary><c>UpsertGlobalConnectionRequestBody</c>: <c>metadata</c> is dropped, as the global controller never passes it on.</summary>
    public static ConnectionUpsert GlobalUpsert(JsonElement body) => new(
        AppConnectionScopes.Platform,
        JsonBody.OptionalString(body, "externalId"),
        JsonBody.RequiredString(body, "displayName"),
        JsonBody.RequiredString(body, "pieceName"),
        JsonBody.RequiredString(body, "type"),
        JsonBody.RequiredObject(body, "value"),
        JsonBody.RequiredStringArray(body, "projectIds"),
        MetadataJson: null,
        JsonBody.OptionalString(body, "pieceVersion"),
        JsonBody.OptionalBool(body, "preSelectForNewProjects"));

    /// <summary><c>UpsertAppConnectionRequestBody</c>: scope <c>PROJECT</c>, <c>projectIds = [projectId]</c>, <c>metadata</c> stored.</summary>
    public static ConnectionUpsert ProjectUpsert(JsonElement body) => new(
        AppConnectionScopes.Project,
        JsonBody.RequiredString(body, "externalId"),
        JsonBody.RequiredString(body, "displayName"),
        JsonBody.RequiredString(body, "pieceName"),
        JsonBody.RequiredString(body, "type"),
        JsonBody.RequiredObject(body, "value"),
        [JsonBody.RequiredString(body, "projectId")],
        JsonBody.OptionalObjectJson(body, "metadata"),
        JsonBody.OptionalString(body, "pieceVersion"),
        PreSelectForNewProjects: null);
}
