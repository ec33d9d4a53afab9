using System.Text.Json.Nodes;
using Activepieces.Emulator.Http;
using Activepieces.Emulator.Identifiers;
using Activepieces.Emulator.Inspection;
using Activepieces.Emulator.Pieces;
using Activepieces.Emulator.Plans;

namespace Activepieces.Emulator.State;

/// <summary>
/// The emulated platform: projects and app connections in memory. Every operation runs under one lock, so each
/// request's checks and writes are atomic (the real server's per-row races are not reproduced); only a piece
/// validation's latency runs outside it, between an upsert's checks and its write.
/// </summary>
internal sealed class EmulatorState
{
    private static readonly string[] IconColors =
        ["RED", "BLUE", "YELLOW", "PURPLE", "GREEN", "PINK", "VIOLET", "ORANGE", "DARK_GREEN", "CYAN", "LAVENDER", "DEEP_ORANGE"];

    private readonly Lock _gate = new();
    private readonly List<ProjectRow> _projects = [];
    private readonly List<ConnectionRow> _connections = [];
    private readonly HashSet<(string PieceName, string ClientId, string Code)> _claimedCodes = [];
    private readonly PieceCatalog _pieces;
    private readonly PieceValidator _validator;
    private readonly PlatformPlan _plan;
    private readonly TimeProvider _timeProvider;
    private long _sequence;

    public EmulatorState(PieceCatalog pieces, PieceValidator validator, PlatformPlan plan, TimeProvider timeProvider)
    {
        _pieces = pieces;
        _validator = validator;
        _plan = plan;
        _timeProvider = timeProvider;
        PlatformCreated = timeProvider.GetUtcNow();
    }

    /// <summary>The single platform's id.</summary>
    public string PlatformId { get; } = ApId.New();

    /// <summary>The platform owner's user id (the owner of everything created with the API key).</summary>
    public string PlatformOwnerId { get; } = ApId.New();

    /// <summary>When the platform owner was created.</summary>
    public DateTimeOffset PlatformCreated { get; }

    // ---------------------------------------------------------------- projects

    public IReadOnlyList<EmulatedProject> ProjectSnapshots()
    {
        lock (_gate)
        {
            return LiveProjects().Select(project => project.ToSnapshot()).ToArray();
        }
    }

    /// <summary>
    /// Creates a project. With <paramref name="throughProjectsApi"/> the plan's team-project limit is checked first, as
    /// <c>ee/projects/platform-project-controller.ts</c> does (test setup and the embed exchange skip it). A live
    /// project with the same <c>externalId</c> then fails like the real database unique index does: an unhandled 500.
    /// <c>globalConnectionExternalIds</c> is silently ignored when the plan has no global connections.
    /// </summary>
    public ProjectRow CreateProject(ProjectCreate create, bool throughProjectsApi = false)
    {
        lock (_gate)
        {
            if (throughProjectsApi)
            {
                _plan.AssertCanCreateTeamProject(LiveProjects().Count());
            }

            if (create.ExternalId is not null && FindProjectByExternalId(create.ExternalId) is not null)
            {
                throw ApiErrors.Internal(
                    "duplicate key value violates unique constraint \"idx_project_platform_id_external_id\"", "23505");
            }

            var project = NewProject(create);
            if (create.GlobalConnectionExternalIds is { } externalIds && _plan.GlobalConnectionsEnabled)
            {
                foreach (var connection in GlobalConnectionsWithExternalIds(externalIds))
                {
                    if (!connection.ProjectIds.Contains(project.Id))
                    {
                        connection.ProjectIds.Add(project.Id);
                    }
                }
            }

            return project.Copy();
        }
    }

    /// <summary>
    /// The embed exchange's project step (<c>ee/managed-authn/managed-authn-service.ts</c>): gets the live project with
    /// <paramref name="externalId"/> or creates it with <c>displayName = externalId</c> (the token's
    /// <c>projectDisplayName</c> is never read, so nothing is renamed), then overwrites its plan's piece filter with
    /// <paramref name="piecesFilterType"/> and <paramref name="pieces"/>, as every exchange does.
    /// </summary>
    public ProjectRow GetOrCreateProjectForEmbed(string externalId, string piecesFilterType, IReadOnlyList<string> pieces)
    {
        lock (_gate)
        {
            var project = FindProjectByExternalId(externalId)
                ?? NewProject(new ProjectCreate(externalId, externalId, null, null, null));
            project.PiecesFilterType = piecesFilterType;
            project.Pieces = [.. pieces];
            project.PlanUpdated = _timeProvider.GetUtcNow();
            return project.Copy();
        }
    }

    public ProjectRow GetProject(string id)
    {
        lock (_gate)
        {
            return FindProject(id)?.Copy() ?? throw ApiErrors.EntityNotFound("project", id);
        }
    }

    public SeekPage<ProjectRow> ListProjects(string? externalId, string? displayName, IReadOnlyList<string>? types, string? cursor, int limit)
    {
        lock (_gate)
        {
            // platform-project-service.ts orders by type, displayName, id (the emulator compares ordinally, Postgres by
            // its collation); every emulated project is a TEAM project.
            var matching = LiveProjects()
                .Where(project => externalId is null || project.ExternalId == externalId)
                .Where(project => displayName is null || project.DisplayName.Contains(displayName, StringComparison.OrdinalIgnoreCase))
                .Where(_ => types is null || types.Count == 0 || types.Contains("TEAM"))
                .Select(project => project.Copy())
                .OrderBy(ProjectListKey, StringComparer.Ordinal)
                .ToArray();
            return SeekPaginator.Paginate(matching, ProjectListKey, cursor, limit);
        }
    }

    public ProjectRow UpdateProject(string id, ProjectUpdate update)
    {
        lock (_gate)
        {
            var project = FindProject(id) ?? throw ApiErrors.EntityNotFound("project", id);
            var externalId = string.IsNullOrWhiteSpace(update.ExternalId) ? null : update.ExternalId;
            if (externalId is not null && LiveProjects().Any(other => other.Id != id && other.ExternalId == externalId))
            {
                throw ApiErrors.Activepieces("PROJECT_EXTERNAL_ID_ALREADY_EXISTS", new JsonObject { ["externalId"] = externalId });
            }

            project.ExternalId = externalId ?? project.ExternalId;
            project.DisplayName = update.DisplayName ?? project.DisplayName;
            project.MetadataJson = update.MetadataJson ?? project.MetadataJson;
            project.ReleasesEnabled = update.ReleasesEnabled ?? project.ReleasesEnabled;
            project.IconColor = update.IconColor ?? project.IconColor;
            if (update.PlanPieces is not null || update.PiecesFilterType is not null)
            {
                project.Pieces = update.PlanPieces ?? project.Pieces;
                project.PiecesFilterType = update.PiecesFilterType ?? project.PiecesFilterType;
                project.PlanUpdated = _timeProvider.GetUtcNow();
            }

            project.MaxConcurrentJobs = update.MaxConcurrentJobs ?? project.MaxConcurrentJobs;
            if (update.GlobalConnectionExternalIds is { } externalIds && _plan.GlobalConnectionsEnabled)
            {
                var wanted = GlobalConnectionsWithExternalIds(externalIds).ToHashSet();
                foreach (var connection in _connections.Where(connection => connection.Scope == ConnectionScopes.Platform))
                {
                    var member = connection.ProjectIds.Contains(project.Id);
                    if (wanted.Contains(connection) && !member)
                    {
                        connection.ProjectIds.Add(project.Id);
                    }
                    else if (!wanted.Contains(connection) && member)
                    {
                        connection.ProjectIds.Remove(project.Id);
                    }
                }
            }

            project.Updated = _timeProvider.GetUtcNow();
            return project.Copy();
        }
    }

    /// <summary>
    /// Deletes a project as <c>project-service.ts</c> does: a soft delete (it disappears from lists, lookups and the
    /// <c>externalId</c> uniqueness check), then the <c>HARD_DELETE_PROJECT</c> job removes its <c>PROJECT</c>-scope
    /// connections; the emulator runs that job at once. Global connections keep the dead id in <c>projectIds</c>.
    /// </summary>
    public void DeleteProject(string id)
    {
        lock (_gate)
        {
            var project = FindProject(id) ?? throw ApiErrors.EntityNotFound("project", id);
            project.Deleted = true;
            project.Updated = _timeProvider.GetUtcNow();
            _connections.RemoveAll(row => row.Scope == ConnectionScopes.Project && row.ProjectIds.Contains(id));
        }
    }

    // ---------------------------------------------------------------- connections

    public IReadOnlyList<EmulatedConnection> ConnectionSnapshots()
    {
        lock (_gate)
        {
            return _connections.Select(connection => connection.ToSnapshot()).ToArray();
        }
    }

    /// <summary>
    /// The upsert of <c>app-connection/app-connection-service/app-connection-service.ts</c> (<c>upsert</c>), with its
    /// steps in the server's order: piece (when no <c>pieceVersion</c>) → 404, semver <c>pieceVersion</c> → 409, project
    /// ids → 404, the value (piece must exist; OAuth2 codes claimed once; the piece's validation, with its latency, on
    /// SECRET_TEXT / BASIC_AUTH / CUSTOM_AUTH / OIDC), then the match on
    /// <c>externalId + scope + stored projectIds ⊇ requested</c>. The validation runs outside the lock, so its latency
    /// does not stall other requests; the checks before it and the write after it are each atomic.
    /// </summary>
    public async Task<EmulatedConnection> UpsertAsync(ConnectionUpsert upsert, CancellationToken cancellationToken)
    {
        var pieceVersion = upsert.PieceVersion ?? _pieces.LatestVersion(upsert.PieceName);
        if (!SemanticVersion.IsValid(pieceVersion))
        {
            throw ApiErrors.Validation("Invalid piece version");
        }

        string valueJson;
        lock (_gate)
        {
            AssertProjectIds(upsert.ProjectIds);
            valueJson = StoredValue(upsert);
        }

        if (PieceValidator.Validates(upsert.Type))
        {
            await _validator.ValidateAsync(upsert.PieceName, SecretManagerReferences.Resolve(valueJson), cancellationToken).ConfigureAwait(false);
        }

        lock (_gate)
        {
            return Write(upsert, pieceVersion, valueJson);
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
        lock (_gate)
        {
            var existing = _connections.Find(row =>
                row.ExternalId == externalId
                && row.Scope == ConnectionScopes.Project
                && row.Status != "MISSING"
                && row.ProjectIds.Contains(projectId));
            if (existing is not null)
            {
                return Task.FromResult(existing.ToSnapshot());
            }
        }

        using var noAuth = System.Text.Json.JsonDocument.Parse("""{"type":"NO_AUTH"}""");
        return UpsertAsync(
            new ConnectionUpsert(
                ConnectionScopes.Project,
                externalId,
                displayName,
                pieceName,
                "NO_AUTH",
                noAuth.RootElement.Clone(),
                [projectId],
                metadataJson,
                pieceVersion,
                PreSelectForNewProjects: null,
                Status: "MISSING"),
            cancellationToken);
    }

    /// <summary>
    /// Update by id (<c>POST …/:id</c>). An id that matches no row of <paramref name="scope"/> fails like the server's
    /// <c>findOneByOrFail</c>: an unhandled 500.
    /// </summary>
    public EmulatedConnection UpdateConnection(
        string id, string scope, string displayName, IReadOnlyList<string>? projectIds, string? metadataJson, bool? preSelectForNewProjects)
    {
        lock (_gate)
        {
            if (projectIds is not null)
            {
                AssertProjectIds(projectIds);
            }

            var connection = _connections.Find(row => row.Id == id && row.Scope == scope)
                ?? throw ApiErrors.Internal($"Could not find any entity of type \"AppConnectionEntity\" matching: {{ \"id\": \"{id}\", \"scope\": \"{scope}\" }}");
            connection.DisplayName = displayName;
            connection.ProjectIds = projectIds is null ? connection.ProjectIds : [.. projectIds];
            connection.MetadataJson = metadataJson ?? connection.MetadataJson;
            connection.PreSelectForNewProjects = preSelectForNewProjects ?? connection.PreSelectForNewProjects;
            connection.Updated = _timeProvider.GetUtcNow();
            return connection.ToSnapshot();
        }
    }

    /// <summary>
    /// <c>DELETE /v1/global-connections/:id</c> (<c>global-connection-module.ts</c>): 404 when no connection has the id;
    /// only a <c>PLATFORM</c> row is removed (a <c>PROJECT</c> row is found but the scoped delete matches nothing).
    /// </summary>
    public void DeleteGlobalConnection(string id)
    {
        lock (_gate)
        {
            var connection = _connections.Find(row => row.Id == id)
                ?? throw ApiErrors.EntityNotFound("AppConnection", id);
            if (connection.Scope == ConnectionScopes.Platform)
            {
                _connections.Remove(connection);
            }
        }
    }

    /// <summary>
    /// <c>DELETE /v1/app-connections/:id</c> (<c>app-connection.controller.ts</c>): an unknown id is answered by the
    /// route's project-id extractor (see <see cref="AssertAppConnectionExists"/>); a <c>PLATFORM</c> row answers 403 and
    /// stays (only the global route deletes it); a <c>PROJECT</c> row is removed.
    /// </summary>
    public void DeleteProjectConnection(string id)
    {
        lock (_gate)
        {
            var connection = _connections.Find(row => row.Id == id) ?? throw AppConnectionNotFound(id);
            if (connection.Scope == ConnectionScopes.Platform)
            {
                throw ApiErrors.Activepieces("AUTHORIZATION", new JsonObject
                {
                    ["message"] = "Platform connections must be deleted from the platform admin connections page",
                });
            }

            _connections.Remove(connection);
        }
    }

    /// <summary>
    /// The project-id extractor of the <c>/v1/app-connections/:id</c> routes, which runs before the handler: an id
    /// that matches no connection answers 404 <c>ENTITY_NOT_FOUND</c> with <c>entityType: 'app_connection'</c>.
    /// </summary>
    public void AssertAppConnectionExists(string id)
    {
        lock (_gate)
        {
            if (!_connections.Exists(row => row.Id == id))
            {
                throw AppConnectionNotFound(id);
            }
        }
    }

    /// <summary>Sets a connection's status (inspection API), e.g. to <c>ERROR</c> as an expired OAuth refresh would.</summary>
    /// <returns><see langword="false"/> when no connection has <paramref name="id"/>.</returns>
    public bool SetConnectionStatus(string id, string status)
    {
        lock (_gate)
        {
            var connection = _connections.Find(row => row.Id == id);
            if (connection is null)
            {
                return false;
            }

            connection.Status = status;
            connection.Updated = _timeProvider.GetUtcNow();
            return true;
        }
    }

    public SeekPage<EmulatedConnection> ListConnections(ConnectionFilter filter, string? cursor, int limit)
    {
        lock (_gate)
        {
            var matching = _connections
                .Where(row => filter.ProjectId is null || row.ProjectIds.Contains(filter.ProjectId))
                .Where(row => filter.Scope is null || row.Scope == filter.Scope)
                .Where(row => filter.PieceName is null || row.PieceName == filter.PieceName)
                .Where(row => filter.DisplayName is null || row.DisplayName.Contains(filter.DisplayName, StringComparison.OrdinalIgnoreCase))
                .Where(row => filter.Statuses is null || filter.Statuses.Contains(row.Status))
                .OrderBy(row => row.Created)
                .ThenBy(row => row.Sequence)
                .Select(row => row.ToSnapshot())
                .ToArray();
            return SeekPaginator.Paginate(matching, connection => SeekPaginator.CreationKey(connection.Created, connection.Sequence), cursor, limit);
        }
    }

    /// <summary>
    /// The worker lookup (<c>appConnectionService.getOne</c>, <c>findOne({projectIds: ArrayContains([projectId]),
    /// externalId, platformId})</c>): a connection of either scope whose <c>externalId</c> equals
    /// <paramref name="externalId"/> exactly and whose project ids contain <paramref name="projectId"/>. When several
    /// match (a placeholder beside a global connection, a second global row after a project was re-created) the
    /// server's <c>findOne</c> has no ORDER BY and either may win; the emulator is deterministic and answers the
    /// oldest (first created) row.
    /// </summary>
    public EmulatedConnection? FindForWorker(string externalId, string projectId)
    {
        lock (_gate)
        {
            return _connections
                .Where(row => row.ExternalId == externalId && row.ProjectIds.Contains(projectId))
                .OrderBy(row => row.Sequence)
                .FirstOrDefault()
                ?.ToSnapshot();
        }
    }

    // ---------------------------------------------------------------- helpers (call under the lock)

    private static string ProjectListKey(ProjectRow project) => "TEAM\0" + project.DisplayName + "\0" + project.Id;

    private static ApiErrorException AppConnectionNotFound(string id) => ApiErrors.EntityNotFound("app_connection", id);

    private EmulatedConnection Write(ConnectionUpsert upsert, string pieceVersion, string valueJson)
    {
        var now = _timeProvider.GetUtcNow();
        var externalId = upsert.ExternalId ?? ApId.New();
        var existing = _connections.FirstOrDefault(connection =>
            connection.ExternalId == externalId
            && connection.Scope == upsert.Scope
            && upsert.ProjectIds.All(connection.ProjectIds.Contains));

        if (existing is null)
        {
            existing = new ConnectionRow
            {
                Id = ApId.New(),
                Sequence = ++_sequence,
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
                OwnerId = PlatformOwnerId,
                ValueJson = valueJson,
            };
            _connections.Add(existing);
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
            existing.OwnerId = PlatformOwnerId;
            existing.ValueJson = valueJson;
        }

        return existing.ToSnapshot();
    }

    private IEnumerable<ProjectRow> LiveProjects() =>
        _projects.Where(project => !project.Deleted).OrderBy(project => project.Created).ThenBy(project => project.Sequence);

    private ProjectRow? FindProject(string id) => _projects.Find(project => !project.Deleted && project.Id == id);

    private ProjectRow? FindProjectByExternalId(string externalId) =>
        _projects.Find(project => !project.Deleted && project.ExternalId == externalId);

    private IEnumerable<ConnectionRow> GlobalConnectionsWithExternalIds(IReadOnlyList<string> externalIds) =>
        _connections.Where(connection => connection.Scope == ConnectionScopes.Platform && externalIds.Contains(connection.ExternalId));

    private ProjectRow NewProject(ProjectCreate create)
    {
        var now = _timeProvider.GetUtcNow();
        var sequence = ++_sequence;
        var project = new ProjectRow
        {
            Id = ApId.New(),
            Sequence = sequence,
            Created = now,
            Updated = now,
            DisplayName = create.DisplayName,
            ExternalId = create.ExternalId,
            MetadataJson = create.MetadataJson,
            MaxConcurrentJobs = create.MaxConcurrentJobs,
            IconColor = IconColors[sequence % IconColors.Length],
            PlanId = ApId.New(),
            PlanUpdated = now,
        };
        _projects.Add(project);
        return project;
    }

    /// <summary>
    /// <c>assertProjectIds</c>: the number of live projects among the ids must equal the number of ids (so a repeated
    /// id fails too), else 404 <c>ENTITY_NOT_FOUND {entityType:"Project"}</c>.
    /// </summary>
    private void AssertProjectIds(IReadOnlyList<string> projectIds)
    {
        var found = projectIds.Distinct(StringComparer.Ordinal).Count(id => FindProject(id) is not null);
        if (found != projectIds.Count)
        {
            throw ApiErrors.EntityNotFound("Project");
        }
    }

    private string StoredValue(ConnectionUpsert upsert)
    {
        if (upsert.Type == "NO_AUTH")
        {
            return upsert.Value.GetRawText();
        }

        if (!_pieces.Contains(upsert.PieceName))
        {
            throw ApiErrors.PieceNotFound(upsert.PieceName, null);
        }

        if (!ConnectionValues.IsOAuth2(upsert.Type))
        {
            return upsert.Value.GetRawText();
        }

        var tokenUrl = _pieces.OAuth2TokenUrl(upsert.PieceName) ?? throw ConnectionValues.InvalidAuthType();

        // An authorization code is single-use at the token URL: the second claim fails with 400 INVALID_CLAIM, also
        // when the first upsert succeeded (app-connection-service.ts, validateConnectionValue → oauth2 claim).
        var code = (upsert.PieceName, JsonBody.OptionalString(upsert.Value, "client_id") ?? string.Empty, JsonBody.OptionalString(upsert.Value, "code") ?? string.Empty);
        if (!_claimedCodes.Add(code))
        {
            throw ConnectionValues.CodeAlreadyUsed(upsert.Value, tokenUrl);
        }

        return ConnectionValues.Claim(upsert.Value, upsert.PieceName, tokenUrl, _timeProvider.GetUtcNow());
    }
}
