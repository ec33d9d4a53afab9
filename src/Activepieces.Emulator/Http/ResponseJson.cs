using System.Text.Json.Nodes;
using Activepieces.Emulator.Inspection;
using Activepieces.Emulator.Services.AppConnections;
using Activepieces.Emulator.Services.Platform;
using Activepieces.Emulator.Services.Projects;
using Activepieces.Emulator.Services.Users;
using Activepieces.Emulator.Storage;

namespace Activepieces.Emulator.Http;

/// <summary>
/// The response bodies, with exactly the keys (in the order) of the real schemas <c>AppConnectionWithoutSensitiveData</c>
/// and <c>ProjectWithLimits</c> of <c>@activepieces/shared</c>. A connection's <c>value</c> is never written.
/// </summary>
internal sealed class ResponseJson
{
    private const string OwnerEmail = "owner@emulator.activepieces.local";
    private const string OwnerFirstName = "Platform";
    private const string OwnerLastName = "Owner";

    private readonly EmulatedPlatform _platform;

    public ResponseJson(EmulatedPlatform platform) => _platform = platform;

    /// <summary>
    /// A connection in the keys of <paramref name="shape"/> (<c>flowIds</c>, when present, is always empty: the
    /// emulator has no flows).
    /// </summary>
    public JsonObject Connection(EmulatedConnection connection, ConnectionShape shape)
    {
        var json = new JsonObject
        {
            ["id"] = connection.Id,
            ["created"] = IsoTime.Format(connection.Created),
            ["updated"] = IsoTime.Format(connection.Updated),
            ["externalId"] = connection.ExternalId,
            ["displayName"] = connection.DisplayName,
            ["type"] = connection.Type,
            ["pieceName"] = connection.PieceName,
            ["projectIds"] = new JsonArray(connection.ProjectIds.Select(id => (JsonNode?)JsonValue.Create(id)).ToArray()),
            ["platformId"] = _platform.Id,
            ["scope"] = connection.Scope,
            ["status"] = connection.Status,
            ["ownerId"] = connection.OwnerId,
        };
        if (shape == ConnectionShape.ListItem)
        {
            json["owner"] = Owner();
        }

        json["metadata"] = connection.MetadataJson is null ? null : JsonNode.Parse(connection.MetadataJson);
        if (shape != ConnectionShape.Written)
        {
            json["flowIds"] = new JsonArray();
        }

        json["pieceVersion"] = connection.PieceVersion;
        json["preSelectForNewProjects"] = connection.PreSelectForNewProjects;
        json["usingSecretManager"] = connection.UsingSecretManager;
        return json;
    }

    /// <summary>
    /// An item of <c>GET /v1/platform-app-connections</c>: a list item plus <c>projects: [{id, displayName, type}]</c>
    /// (<c>PlatformAppConnectionsListItem</c>).
    /// </summary>
    public JsonObject PlatformConnection(PlatformConnectionItem item)
    {
        var json = Connection(item.Connection, ConnectionShape.ListItem);
        json["projects"] = new JsonArray(item.Projects
            .Select(project => (JsonNode?)new JsonObject
            {
                ["id"] = project.Id,
                ["displayName"] = project.DisplayName,
                ["type"] = project.Type,
            })
            .ToArray());
        return json;
    }

    /// <summary>An owner of <c>GET /v1/platform-app-connections/owners</c>: <c>{id, firstName, lastName, email}</c>.</summary>
    public JsonObject ConnectionOwner(string ownerId) => new()
    {
        ["id"] = ownerId,
        ["firstName"] = OwnerFirstName,
        ["lastName"] = OwnerLastName,
        ["email"] = OwnerEmail,
    };

    /// <summary>A <c>ProjectWithLimits</c>.</summary>
    public JsonObject Project(ProjectRow project)
    {
        var created = IsoTime.Format(project.Created);
        return new JsonObject
        {
            ["id"] = project.Id,
            ["created"] = created,
            ["updated"] = IsoTime.Format(project.Updated),
            ["ownerId"] = _platform.OwnerId,
            ["displayName"] = project.DisplayName,
            ["platformId"] = _platform.Id,
            ["maxConcurrentJobs"] = project.MaxConcurrentJobs,
            ["type"] = ProjectTypes.Team,
            ["icon"] = new JsonObject { ["color"] = project.IconColor },
            ["externalId"] = project.ExternalId,
            ["releasesEnabled"] = project.ReleasesEnabled,
            ["metadata"] = project.MetadataJson is null ? null : JsonNode.Parse(project.MetadataJson),
            ["poolId"] = null,
            ["pieceSetId"] = project.PieceSetId,
            ["workerGroupId"] = project.WorkerGroupId,
            ["executionDataRetentionDays"] = project.ExecutionDataRetentionDays,
            ["notifyFlowOwnerOnFailure"] = project.NotifyFlowOwnerOnFailure,
            ["plan"] = new JsonObject
            {
                ["id"] = project.PlanId,
                ["created"] = created,
                ["updated"] = created,
                ["projectId"] = project.Id,
                ["locked"] = false,
                ["name"] = "platform",
                // Still in the plan row, no longer written or read: piece sets replaced the filter.
                ["piecesFilterType"] = PiecesFilterTypes.None,
                ["pieces"] = new JsonArray(),
                ["activeFlowsLimit"] = project.ActiveFlowsLimit,
            },
            ["analytics"] = new JsonObject
            {
                ["totalUsers"] = 0,
                ["activeUsers"] = 0,
                ["totalFlows"] = 0,
                ["activeFlows"] = 0,
            },
        };
    }

    /// <summary>
    /// A piece set (<c>ee/pieces/piece-set/</c>): <c>{id, created, updated, platformId, name, key, isDefault,
    /// pieces: {mode, exceptions}, actions, triggers}</c>; <c>actions</c>/<c>triggers</c> <see langword="null"/> until set.
    /// </summary>
    public JsonObject PieceSet(PieceSetRow pieceSet) => new()
    {
        ["id"] = pieceSet.Id,
        ["created"] = IsoTime.Format(pieceSet.Created),
        ["updated"] = IsoTime.Format(pieceSet.Updated),
        ["platformId"] = _platform.Id,
        ["name"] = pieceSet.Name,
        ["key"] = pieceSet.Key,
        ["isDefault"] = pieceSet.IsDefault,
        ["pieces"] = new JsonObject
        {
            ["mode"] = pieceSet.PiecesMode,
            ["exceptions"] = new JsonArray(pieceSet.PiecesExceptions.Select(piece => (JsonNode?)JsonValue.Create(piece)).ToArray()),
        },
        ["actions"] = pieceSet.ActionsJson is null ? null : JsonNode.Parse(pieceSet.ActionsJson),
        ["triggers"] = pieceSet.TriggersJson is null ? null : JsonNode.Parse(pieceSet.TriggersJson),
    };

    /// <summary>A <c>SeekPage</c>: <c>{data, next, previous}</c>.</summary>
    public static JsonObject Page<T>(SeekPage<T> page, Func<T, JsonObject> item) => new()
    {
        ["data"] = new JsonArray(page.Data.Select(entry => (JsonNode?)item(entry)).ToArray()),
        ["next"] = page.Next,
        ["previous"] = page.Previous,
    };

    /// <summary>The platform owner as <c>UserWithMetaInformation</c>.</summary>
    private JsonObject Owner()
    {
        var created = IsoTime.Format(_platform.OwnerCreated);
        return new JsonObject
        {
            ["id"] = _platform.OwnerId,
            ["email"] = OwnerEmail,
            ["firstName"] = OwnerFirstName,
            ["status"] = UserStatuses.Active,
            ["externalId"] = null,
            ["platformId"] = _platform.Id,
            ["platformRole"] = PlatformRoles.Admin,
            ["lastName"] = OwnerLastName,
            ["created"] = created,
            ["updated"] = created,
            ["lastActiveDate"] = created,
        };
    }
}
