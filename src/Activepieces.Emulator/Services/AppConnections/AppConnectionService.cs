using System.Text.Json;
using System.Text.Json.Nodes;
using Activepieces.Emulator.Http;
using Activepieces.Emulator.Identifiers;
using Activepieces.Emulator.Inspection;
using Activepieces.Emulator.Services.Pieces;
using Activepieces.Emulator.Services.Platform;
using Activepieces.Emulator.Services.Projects;
using Activepieces.Emulator.Storage;
using Microsoft.AspNetCore.Http;

namespace Activepieces.Emulator.Services.AppConnections;

/// <summary>
/// The app-connections module: <c>app-connection/app-connection-service/app-connection-service.ts</c> (the upsert of
/// both scopes, update, list, the worker lookup) and the rules of <c>app-connection/app-connection.controller.ts</c>
/// (placeholders, the project-scoped delete). Each operation is one transaction, except that an upsert runs the
/// piece's validation between two.
/// </summary>
internal sealed class AppConnectionService
{
    /// <summary>The <c>entityType</c> of the project-id extractor's 404 for an unknown connection id.</summary>
    private const string EntityType = "app_connection";

    /// <summary>The <c>entityType</c> of <c>assertProjectIds</c>' 404 (the server spells it so there).</summary>
    private const string ProjectEntityType = "Project";

    private readonly EmulatorDatabase _database;
    private readonly PieceMetadataService _pieces;
    private readonly PieceValidator _validator;
    private readonly EmulatedPlatform _platform;
    private readonly CustomAuthTokenCache _tokenCache;
    private readonly AccountIdentifierResolver _accountIdentifiers;
    private readonly TimeProvider _timeProvider;

    public AppConnectionService(
        EmulatorDatabase database,
        PieceMetadataService pieces,
        PieceValidator validator,
        EmulatedPlatform platform,
        ConnectionPieceBinding pieceBinding,
        CustomAuthTokenCache tokenCache,
        AccountIdentifierResolver accountIdentifiers,
        TimeProvider timeProvider)
    {
        _accountIdentifiers = accountIdentifiers;
        PieceBinding = pieceBinding;
        _tokenCache = tokenCache;
        _database = database;
        _pieces = pieces;
        _validator = validator;
        _platform = platform;
        _timeProvider = timeProvider;
    }

    /// <summary>The worker read's piece binding (a server flag).</summary>
    public ConnectionPieceBinding PieceBinding { get; }

    /// <summary>Every connection of both scopes, in creation order.</summary>
    public IReadOnlyList<EmulatedConnection> Snapshots()
    {
        using (_database.BeginTransaction())
        {
            return _database.Connections.All().Select(connection => connection.ToSnapshot()).ToArray();
        }
    }

    /// <summary>
    /// The upsert of <c>app-connection-service.ts</c> (<c>upsert</c>), with its steps in the server's order: piece (when
    /// no <c>pieceVersion</c>) → 404, semver <c>pieceVersion</c> → 409, project ids → 404, the value (piece must exist;
    /// OAuth2 codes claimed once; the piece's validation, with its latency, on SECRET_TEXT / BASIC_AUTH / CUSTOM_AUTH /
    /// OIDC), then the match on <c>externalId + scope + stored projectIds ⊇ requested</c>. The validation runs outside
    /// the lock, so its latency does not stall other requests; the checks before it and the write after it are each
    /// atomic.
    /// </summary>
    public async Task<EmulatedConnection> UpsertAsync(ConnectionUpsert upsert, CancellationToken cancellationToken)
    {
        var pieceVersion = upsert.PieceVersion ?? _pieces.LatestVersion(upsert.PieceName);
        if (!SemanticVersion.IsValid(pieceVersion))
        {
            throw ApiErrors.Validation("Invalid piece version");
        }

        string valueJson;
        using (_database.BeginTransaction())
        {
            AssertProjectIds(upsert.ProjectIds);
            valueJson = StoredValue(upsert);
        }

        if (PieceValidator.Validates(upsert.Type))
        {
            await _validator.ValidateAsync(upsert.PieceName, SecretManagerReferences.Resolve(valueJson), cancellationToken).ConfigureAwait(false);
        }

        var metadataJson = await _accountIdentifiers.RewriteAsync(upsert.PieceName, upsert.MetadataJson, cancellationToken).ConfigureAwait(false);
        using (_database.BeginTransaction())
        {
            return Write(upsert with { MetadataJson = metadataJson }, pieceVersion, valueJson);
        }
    }

    /// <summary>
    /// A <c>PLACEHOLDER</c> upsert (<c>app-connection.controller.ts</c>): the existing row is answered unchanged only when
    /// a non-<c>MISSING</c> <c>PROJECT</c>-scope row with <paramref name="externalId"/> lists the project; otherwise the
    /// normal upsert runs (same piece, semver and project checks) with type <c>NO_AUTH</c>, value
    /// <c>{"type":"NO_AUTH"}</c> and status <c>MISSING</c>. A global connection with the same externalId does not
    /// stop it, so both then match the piece's lookup (see <see cref="FindForWorker"/>).
    /// </summary>
    public Task<EmulatedConnection> UpsertPlaceholderAsync(
        string projectId, string externalId, string displayName, string pieceName, string? pieceVersion, string? metadataJson, CancellationToken cancellationToken)
    {
        using (_database.BeginTransaction())
        {
            var existing = _database.Connections.WithExternalId(externalId).FirstOrDefault(row =>
                row.Scope == AppConnectionScopes.Project
                && row.Status != AppConnectionStatuses.Missing
                && row.ProjectIds.Contains(projectId));
            if (existing is not null)
            {
                return Task.FromResult(existing.ToSnapshot());
            }
        }

        return UpsertAsync(
            new ConnectionUpsert(
                AppConnectionScopes.Project,
                externalId,
                displayName,
                pieceName,
                AppConnectionTypes.NoAuth,
                NoAuthValue(),
                [projectId],
                metadataJson,
                pieceVersion,
                PreSelectForNewProjects: null,
                Status: AppConnectionStatuses.Missing),
            cancellationToken);
    }

    /// <summary>
    /// Update by id (<c>POST …/:id</c>). An id that matches no row of <paramref name="scope"/> fails like the server's
    /// <c>findOneByOrFail</c>: an unhandled 500.
    /// </summary>
    public EmulatedConnection Update(
        string id, string scope, string displayName, IReadOnlyList<string>? projectIds, string? metadataJson, bool? preSelectForNewProjects)
    {
        using (_database.BeginTransaction())
        {
            if (projectIds is not null)
            {
                AssertProjectIds(projectIds);
            }

            var connection = _database.Connections.Find(id) is { } row && row.Scope == scope
                ? row
                : throw DatabaseErrors.EntityNotFound("AppConnectionEntity", $"{{ \"id\": \"{id}\", \"scope\": \"{scope}\" }}");
            connection.DisplayName = displayName;
            connection.ProjectIds = projectIds is null ? connection.ProjectIds : [.. projectIds];
            connection.MetadataJson = metadataJson ?? connection.MetadataJson;
            connection.PreSelectForNewProjects = preSelectForNewProjects ?? connection.PreSelectForNewProjects;
            connection.Updated = _timeProvider.GetUtcNow();
            return connection.ToSnapshot();
        }
    }

    /// <summary>
    /// <c>DELETE /v1/app-connections/:id</c> (<c>app-connection.controller.ts</c>): an unknown id is answered by the
    /// route's project-id extractor (see <see cref="AssertExists"/>); a <c>PLATFORM</c> row answers 403 and stays (only
    /// the global route deletes it); a <c>PROJECT</c> row is removed.
    /// </summary>
    public void DeleteProjectConnection(string id)
    {
        using (_database.BeginTransaction())
        {
            var connection = _database.Connections.Find(id) ?? throw NotFound(id);
            if (connection.Scope == AppConnectionScopes.Platform)
            {
                throw ApiErrors.Activepieces(ErrorCodes.Authorization, new JsonObject
                {
                    ["message"] = "Platform connections must be deleted from the platform admin connections page",
                });
            }

            _database.Connections.Delete(connection);
        }
    }

    /// <summary>
    /// The project-id extractor of the <c>/v1/app-connections/:id</c> routes
    /// (<c>core/security/v2/authz/projectIdExtractor.ts</c>), which runs before the handler: an id that matches no
    /// connection answers 404 <c>ENTITY_NOT_FOUND</c> with <c>entityType: 'app_connection'</c>.
    /// </summary>
    public void AssertExists(string id)
    {
        using (_database.BeginTransaction())
        {
            if (_database.Connections.Find(id) is null)
            {
                throw NotFound(id);
            }
        }
    }

    /// <summary>
    /// <c>GET /v1/app-connections/:id</c> (<c>app-connection.controller.ts</c>) after the route's project check
    /// (<see cref="AssertProjectRouteAllows"/>).
    /// </summary>
    public EmulatedConnection Get(string id)
    {
        using (_database.BeginTransaction())
        {
            return AssertProjectRouteAllows(id).ToSnapshot();
        }
    }

    /// <summary>
    /// <c>POST /v1/app-connections/:id/revalidate</c> (<c>app-connection/app-connection.handler.ts</c>,
    /// <c>revalidateConnection</c>): the route's project check first; <c>NO_AUTH</c> is answered as is; <c>OAUTH2</c>
    /// and <c>CLOUD_OAUTH2</c> are force-refreshed (so <c>updated</c> moves), <c>PLATFORM_OAUTH2</c> never; then the
    /// piece's validation runs on the value (references resolved) and the status becomes <c>ACTIVE</c>, or
    /// <c>ERROR</c> when the piece rejects it. A validation that throws is an engine failure: re-thrown (500), status
    /// untouched. The server's lock on <c>platformId_externalId</c> is the emulator's one lock; the validation's
    /// latency runs outside it, as on upserts.
    /// </summary>
    public async Task<EmulatedConnection> RevalidateAsync(string id, CancellationToken cancellationToken)
    {
        string pieceName;
        string valueJson;
        using (_database.BeginTransaction())
        {
            var connection = AssertProjectRouteAllows(id);
            if (connection.Type == AppConnectionTypes.NoAuth)
            {
                return connection.ToSnapshot();
            }

            if (connection.Type is AppConnectionTypes.OAuth2 or AppConnectionTypes.CloudOAuth2)
            {
                connection.ValueJson = ConnectionValues.Refresh(connection.ValueJson, _timeProvider.GetUtcNow());
                connection.Updated = _timeProvider.GetUtcNow();
            }

            pieceName = connection.PieceName;
            valueJson = connection.ValueJson;
        }

        var outcome = await _validator.CheckAsync(pieceName, SecretManagerReferences.Resolve(valueJson), cancellationToken).ConfigureAwait(false);
        if (outcome.EngineFailed)
        {
            // Re-thrown by the handler as an infrastructure failure: the error handler answers 500.
            throw new ApiErrorException(StatusCodes.Status500InternalServerError, new JsonObject
            {
                ["code"] = ErrorCodes.EngineOperationFailure,
                ["params"] = PieceValidator.EngineFailureParameters(outcome),
            });
        }

        using (_database.BeginTransaction())
        {
            var connection = _database.Connections.Find(id) ?? throw NotFound(id);
            connection.Status = outcome.Error is null ? AppConnectionStatuses.Active : AppConnectionStatuses.Error;
            connection.Updated = _timeProvider.GetUtcNow();
            return connection.ToSnapshot();
        }
    }

    /// <summary>Sets a connection's status (inspection API), e.g. to <c>ERROR</c> as an expired OAuth refresh would.</summary>
    /// <returns><see langword="false"/> when no connection has <paramref name="id"/>.</returns>
    public bool SetStatus(string id, string status)
    {
        using (_database.BeginTransaction())
        {
            if (_database.Connections.Find(id) is not { } connection)
            {
                return false;
            }

            connection.Status = status;
            connection.Updated = _timeProvider.GetUtcNow();
            return true;
        }
    }

    /// <summary>A seek page of the connections that match <paramref name="filter"/>, ascending by creation.</summary>
    public SeekPage<EmulatedConnection> List(ConnectionFilter filter, string? cursor, int limit)
    {
        using (_database.BeginTransaction())
        {
            var matching = Matching(filter).Select(row => row.ToSnapshot()).ToArray();
            return SeekPaginator.Paginate(matching, connection => SeekPaginator.CreationKey(connection.Created, connection.Sequence), cursor, limit);
        }
    }

    /// <summary>
    /// <c>GET /v1/platform-app-connections</c> (<c>app-connection/platform-app-connection.controller.ts</c>, since
    /// 2026-05-13): every connection of the platform, both scopes, across projects, with the filters of
    /// <paramref name="filter"/> (no <c>externalId</c> filter: the server has none), ascending by creation like the
    /// other lists. Each item names the live projects among its <c>projectIds</c>; a dead project id stays in
    /// <c>projectIds</c> but has no entry in <c>projects</c>.
    /// </summary>
    public SeekPage<PlatformConnectionItem> ListForPlatform(ConnectionFilter filter, string? cursor, int limit)
    {
        using (_database.BeginTransaction())
        {
            var matching = Matching(filter)
                .Select(row => new PlatformConnectionItem(
                    row.ToSnapshot(),
                    row.ProjectIds
                        .Select(id => _database.Projects.Find(id))
                        .OfType<ProjectRow>()
                        .Select(project => new ProjectInfo(project.Id, project.DisplayName, ProjectTypes.Team))
                        .ToArray()))
                .ToArray();
            return SeekPaginator.Paginate(matching, item => SeekPaginator.CreationKey(item.Connection.Created, item.Connection.Sequence), cursor, limit);
        }
    }

    /// <summary>
    /// <c>GET /v1/platform-app-connections/owners</c>: the distinct owners of the platform's connections, at most
    /// <paramref name="max"/>, and whether there were more. Every emulated connection is owned by the platform owner.
    /// </summary>
    public (IReadOnlyList<string> OwnerIds, bool Truncated) Owners(int max)
    {
        using (_database.BeginTransaction())
        {
            var owners = _database.Connections.All().Select(row => row.OwnerId).Distinct(StringComparer.Ordinal).ToArray();
            return (owners.Take(max).ToArray(), owners.Length > max);
        }
    }

    private IEnumerable<ConnectionRow> Matching(ConnectionFilter filter) =>
        _database.Connections.All()
            .Where(row => filter.Matches(row.ProjectIds, row.Scope, row.PieceName, row.DisplayName, row.Status, row.OwnerId))
            .OrderBy(row => row.Created)
            .ThenBy(row => row.Sequence);

    /// <summary>
    /// The worker lookup (<c>appConnectionService.getOne</c>, <c>findOne({projectIds: ArrayContains([projectId]),
    /// externalId, platformId})</c>): a connection of either scope whose <c>externalId</c> equals
    /// <paramref name="externalId"/> exactly and whose project ids contain <paramref name="projectId"/>. When several
    /// match (a placeholder beside a global connection, a second global row after a project was re-created) the
    /// server's <c>findOne</c> has no ORDER BY and either may win; the emulator is deterministic and answers the
    /// oldest (first created) row. A read generates or refreshes a CUSTOM_AUTH piece's cached token
    /// (<see cref="CustomAuthTokenCache"/>), which is written to the row.
    /// </summary>
    public EmulatedConnection? FindForWorker(string externalId, string projectId)
    {
        using (_database.BeginTransaction())
        {
            var connection = _database.Connections.WithExternalId(externalId).FirstOrDefault(row => row.ProjectIds.Contains(projectId));
            if (connection is not null && _tokenCache.Refreshed(connection.PieceName, connection.Type, connection.ValueJson, _timeProvider.GetUtcNow()) is { } refreshed)
            {
                connection.ValueJson = refreshed;
            }

            return connection?.ToSnapshot();
        }
    }

    /// <summary>
    /// The project check of the <c>/v1/app-connections/:id</c> read and revalidate routes: the project is the row's
    /// <c>projectIds[0]</c> (<c>core/security/v2/authz/projectIdExtractor.ts</c>), so a global row is checked against
    /// its first project, and a row with <c>projectIds: []</c> answers 403 <c>AUTHORIZATION</c> "Project ID is
    /// required". The API key belongs to the platform, so any first project passes. Unknown id → 404.
    /// </summary>
    private ConnectionRow AssertProjectRouteAllows(string id)
    {
        var connection = _database.Connections.Find(id) ?? throw NotFound(id);
        return connection.ProjectIds.Count == 0
            ? throw ApiErrors.Activepieces(ErrorCodes.Authorization, new JsonObject { ["message"] = "Project ID is required" })
            : connection;
    }

    private static ApiErrorException NotFound(string id) => ApiErrors.EntityNotFound(EntityType, id);

    private static JsonElement NoAuthValue()
    {
        using var document = JsonDocument.Parse(new JsonObject { ["type"] = AppConnectionTypes.NoAuth }.ToJsonString());
        return document.RootElement.Clone();
    }

    private EmulatedConnection Write(ConnectionUpsert upsert, string pieceVersion, string valueJson)
    {
        var now = _timeProvider.GetUtcNow();
        var externalId = upsert.ExternalId ?? ApId.New();
        var usingSecretManager = SecretManagerReferences.AnyIn(valueJson);
        var existing = _database.Connections.WithExternalId(externalId).FirstOrDefault(connection =>
            connection.Scope == upsert.Scope
            && upsert.ProjectIds.All(connection.ProjectIds.Contains));

        if (existing is null)
        {
            existing = new ConnectionRow
            {
                Id = ApId.New(),
                Sequence = _database.NextSequence(),
                Created = now,
                Updated = now,
                ExternalId = externalId,
                DisplayName = upsert.DisplayName,
                Type = upsert.Type,
                PieceName = upsert.PieceName,
                PieceVersion = pieceVersion,
                Scope = upsert.Scope,
                Status = upsert.Status,
                ProjectIds = [.. upsert.ProjectIds],
                MetadataJson = upsert.MetadataJson,
                PreSelectForNewProjects = upsert.PreSelectForNewProjects ?? false,
                OwnerId = _platform.OwnerId,
                ValueJson = valueJson,
                UsingSecretManager = usingSecretManager,
            };
            _database.Connections.Insert(existing);
        }
        else
        {
            existing.Updated = now;
            existing.DisplayName = upsert.DisplayName;
            existing.Type = upsert.Type;
            existing.PieceName = upsert.PieceName;
            existing.PieceVersion = pieceVersion;
            existing.Status = upsert.Status;
            existing.ProjectIds = [.. upsert.ProjectIds];
            existing.MetadataJson = upsert.MetadataJson ?? existing.MetadataJson;
            existing.PreSelectForNewProjects = upsert.PreSelectForNewProjects ?? existing.PreSelectForNewProjects;
            existing.OwnerId = _platform.OwnerId;
            existing.ValueJson = valueJson;
            existing.UsingSecretManager = usingSecretManager;
        }

        return existing.ToSnapshot();
    }

    /// <summary>
    /// <c>assertProjectIds</c>: the number of live projects among the ids must equal the number of ids (so a repeated
    /// id fails too), else 404 <c>ENTITY_NOT_FOUND {entityType:"Project"}</c>.
    /// </summary>
    private void AssertProjectIds(IReadOnlyList<string> projectIds)
    {
        var found = projectIds.Distinct(StringComparer.Ordinal).Count(id => _database.Projects.Find(id) is not null);
        if (found != projectIds.Count)
        {
            throw ApiErrors.EntityNotFound(ProjectEntityType);
        }
    }

    private string StoredValue(ConnectionUpsert upsert)
    {
        if (upsert.Type == AppConnectionTypes.NoAuth)
        {
            return upsert.Value.GetRawText();
        }

        if (!_pieces.Contains(upsert.PieceName))
        {
            throw ApiErrors.PieceNotFound(upsert.PieceName, null);
        }

        if (!AppConnectionTypes.IsOAuth2(upsert.Type))
        {
            return upsert.Value.GetRawText();
        }

        var tokenUrl = _pieces.OAuth2TokenUrl(upsert.PieceName) ?? throw ConnectionValues.InvalidAuthType();

        // An authorization code is single-use at the token URL: the second claim fails with 400 INVALID_CLAIM, also
        // when the first upsert succeeded (app-connection-service.ts, validateConnectionValue → oauth2 claim).
        var clientId = JsonBody.OptionalString(upsert.Value, "client_id") ?? string.Empty;
        var code = JsonBody.OptionalString(upsert.Value, "code") ?? string.Empty;
        if (!_database.OAuthClaims.TryClaim(upsert.PieceName, clientId, code))
        {
            throw ConnectionValues.CodeAlreadyUsed(upsert.Value, tokenUrl);
        }

        return ConnectionValues.Claim(upsert.Value, upsert.PieceName, tokenUrl, _timeProvider.GetUtcNow());
    }
}
