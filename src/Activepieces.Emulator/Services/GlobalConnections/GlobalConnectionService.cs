using Activepieces.Emulator.Http;
using Activepieces.Emulator.Inspection;
using Activepieces.Emulator.Services.AppConnections;
using Activepieces.Emulator.Services.Platform;
using Activepieces.Emulator.Storage;

namespace Activepieces.Emulator.Services.GlobalConnections;

/// <summary>
/// The global-connections module, <c>ee/global-connections/global-connection-module.ts</c> (module and controller in one
/// file): every operation first passes the module's feature gate (402 <c>FEATURE_DISABLED</c> without
/// <c>plan.globalConnectionsEnabled</c>), then runs the app-connection service with scope <c>PLATFORM</c>.
/// </summary>
internal sealed class GlobalConnectionService
{
    /// <summary>The <c>entityType</c> of the delete's 404 for an unknown id.</summary>
    private const string EntityType = "AppConnection";

    private readonly EmulatorDatabase _database;
    private readonly AppConnectionService _connections;
    private readonly PlatformPlan _plan;

    public GlobalConnectionService(EmulatorDatabase database, AppConnectionService connections, PlatformPlan plan)
    {
        _database = database;
        _connections = connections;
        _plan = plan;
    }

    /// <summary><c>POST /v1/global-connections</c>: the upsert of <see cref="AppConnectionService.UpsertAsync"/>.</summary>
    public Task<EmulatedConnection> UpsertAsync(ConnectionUpsert upsert, CancellationToken cancellationToken)
    {
        _plan.AssertGlobalConnectionsEnabled();
        return _connections.UpsertAsync(upsert, cancellationToken);
    }

    /// <summary><c>GET /v1/global-connections</c>: the <c>PLATFORM</c> rows that match the filters.</summary>
    public SeekPage<EmulatedConnection> List(string? pieceName, string? displayName, IReadOnlyList<string>? statuses, string? cursor, int limit)
    {
        _plan.AssertGlobalConnectionsEnabled();
        return _connections.List(new ConnectionFilter(ProjectId: null, AppConnectionScopes.Platform, pieceName, displayName, statuses), cursor, limit);
    }

    /// <summary><c>POST /v1/global-connections/:id</c>: an unknown id (or a <c>PROJECT</c> row's) is an unhandled 500.</summary>
    public EmulatedConnection Update(string id, string displayName, IReadOnlyList<string>? projectIds, bool? preSelectForNewProjects)
    {
        _plan.AssertGlobalConnectionsEnabled();
        return _connections.Update(id, AppConnectionScopes.Platform, displayName, projectIds, metadataJson: null, preSelectForNewProjects);
    }

    /// <summary>
    /// <c>DELETE /v1/global-connections/:id</c>: 404 when no connection has the id; only a <c>PLATFORM</c> row is
    /// removed (a <c>PROJECT</c> row is found but the scoped delete matches nothing).
    /// </summary>
    public void Delete(string id)
    {
        _plan.AssertGlobalConnectionsEnabled();
        using (_database.BeginTransaction())
        {
            var connection = _database.Connections.Find(id) ?? throw ApiErrors.EntityNotFound(EntityType, id);
            if (connection.Scope == AppConnectionScopes.Platform)
            {
                _database.Connections.Delete(connection);
            }
        }
    }
}
