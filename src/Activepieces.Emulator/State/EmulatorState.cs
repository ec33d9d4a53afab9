using System.Text.Json.Nodes;
using Activepieces.Emulator.Http;
using Activepieces.Emulator.Identifiers;
using Activepieces.Emulator.Inspection;
using Activepieces.Emulator.Pieces;

namespace Activepieces.Emulator.State;

/// <summary>
/// The emulated platform: projects and app connections in memory. Every operation runs under one lock, so each
/// request's checks and writes are atomic (the real server's per-row races are not reproduced).
/// </summary>
internal sealed class EmulatorState
{
    private static readonly string[] IconColors =
        ["RED", "BLUE", "YELLOW", "PURPLE", "GREEN", "PINK", "VIOLET", "ORANGE", "DARK_GREEN", "CYAN", "LAVENDER", "DEEP_ORANGE"];

    private readonly Lock _gate = new();
    private readonly List<ProjectRow> _projects = [];
    private readonly List<ConnectionRow> _connections = [];
    private readonly PieceCatalog _pieces;
    private readonly TimeProvider _timeProvider;
    private long _sequence;

    public EmulatorState(PieceCatalog pieces, TimeProvider timeProvider)
    {
        _pieces = pieces;
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
    /// Creates a project. A live project with the same <c>externalId</c> makes this fail like the real database
    /// unique index does: an unhandled 500.
    /// </summary>
    public ProjectRow CreateProject(ProjectCreate create)
    {
        lock (_gate)
        {
            if (create.ExternalId is not null && FindProjectByExternalId(create.ExternalId) is not null)
            {
                throw ApiErrors.Internal(
                    "duplicate key value violates unique constraint \"idx_project_platform_id_external_id\"", "23505");
            }

            var project = NewProject(create);
            if (create.GlobalConnectionExternalIds is { } externalIds)
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

    /// <summary>Gets the live project with <paramref name="externalId"/>, creating it when absent (embed token exchange).</summary>
    public ProjectRow GetOrCreateProjectByExternalId(string externalId, string? displayName)
    {
        lock (_gate)
        {
            if (FindProjectByExternalId(externalId) is { } existing)
            {
                if (displayName is not null && displayName != existing.DisplayName)
                {
                    existing.DisplayName = displayName;
                    existing.Updated = _timeProvider.GetUtcNow();
                }

                return existing.Copy();
            }

            return NewProject(new ProjectCreate(displayName ?? externalId, externalId, null, null, null)).Copy();
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
            var matching = LiveProjects()
                .Where(project => externalId is null || project.ExternalId == externalId)
                .Where(project => displayName is null || project.DisplayName.Contains(displayName, StringComparison.OrdinalIgnoreCase))
                .Where(_ => types is null || types.Count == 0 || types.Contains("TEAM"))
                .Select(project => project.Copy())
                .ToArray();
            return SeekPaginator.Paginate(matching, project => (project.Created, project.Sequence), cursor, limit);
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
            project.Pieces = update.PlanPieces ?? project.Pieces;
            project.PiecesFilterType = update.PiecesFilterType ?? project.PiecesFilterType;
            project.MaxConcurrentJobs = update.MaxConcurrentJobs ?? project.MaxConcurrentJobs;
            if (update.GlobalConnectionExternalIds is { } externalIds)
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

    /// <summary>Soft-deletes a project: it disappears from lists and lookups; connections keep their project ids.</summary>
    public void DeleteProject(string id)
    {
        lock (_gate)
        {
            var project = FindProject(id) ?? throw ApiErrors.EntityNotFound("project", id);
            project.Deleted = true;
            project.Updated = _timeProvider.GetUtcNow();
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
    /// The upsert of <c>appConnectionService.upsert</c>, with its checks in the server's order: piece (when no
    /// <c>pieceVersion</c>), semver <c>pieceVersion</c>, project ids, value (piece must exist; OAuth2 claim), then the
    /// match on <c>externalId + scope + stored projectIds ⊇ requested</c>.
    /// </summary>
    public EmulatedConnection Upsert(ConnectionUpsert upsert)
    {
        var pieceVersion = upsert.PieceVersion ?? _pieces.LatestVersion(upsert.PieceName);
        if (!SemanticVersion.IsValid(pieceVersion))
        {
            throw ApiErrors.Validation("Invalid piece version");
        }

        lock (_gate)
        {
            AssertProjectIds(upsert.ProjectIds);
            var valueJson = StoredValue(upsert);
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
                    Status = "ACTIVE",
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
                existing.Status = "ACTIVE";
                existing.ProjectIds = [.. upsert.ProjectIds];
                existing.MetadataJson = upsert.MetadataJson ?? existing.MetadataJson;
                existing.PreSelectForNewProjects = upsert.PreSelectForNewProjects ?? existing.PreSelectForNewProjects;
                existing.OwnerId = PlatformOwnerId;
                existing.ValueJson = valueJson;
            }

            return existing.ToSnapshot();
        }
    }

    /// <summary>
    /// A <c>PLACEHOLDER</c> upsert (<c>appConnectionService.createPlaceholder</c>): when a connection of either scope
    /// with <paramref name="externalId"/> already includes the project it is answered unchanged; otherwise a
    /// <c>PROJECT</c> connection of type <c>CUSTOM_AUTH</c>, status <c>ERROR</c> and an empty value is created. The server
    /// checks neither the piece nor the version here.
    /// </summary>
    public EmulatedConnection UpsertPlaceholder(string projectId, string externalId, string displayName, string pieceName, string? pieceVersion)
    {
        lock (_gate)
        {
            var existing = _connections.Find(row => row.ExternalId == externalId && row.ProjectIds.Contains(projectId));
            if (existing is not null)
            {
                return existing.ToSnapshot();
            }

            var now = _timeProvider.GetUtcNow();
            var placeholder = new ConnectionRow
            {
                Id = ApId.New(),
                Sequence = ++_sequence,
                Created = now,
                Updated = now,
                ExternalId = externalId,
                DisplayName = displayName,
                Type = "CUSTOM_AUTH",
                PieceName = pieceName,
                PieceVersion = pieceVersion ?? (_pieces.Contains(pieceName) ? _pieces.LatestVersion(pieceName) : "0.0.0"),
                Scope = ConnectionScopes.Project,
                Status = "ERROR",
                ProjectIds = [projectId],
                MetadataJson = null,
                PreSelectForNewProjects = false,
                OwnerId = PlatformOwnerId,
                ValueJson = "{}",
            };
            _connections.Add(placeholder);
            return placeholder.ToSnapshot();
        }
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
    /// Deletes by id: 404 when no connection has the id; when one does, only a row of <paramref name="scope"/> (any
    /// scope when null) is removed, as the server's scoped delete does.
    /// </summary>
    public void DeleteConnection(string id, string? scope)
    {
        lock (_gate)
        {
            var connection = _connections.Find(row => row.Id == id)
                ?? throw ApiErrors.EntityNotFound("AppConnection", id);
            if (scope is null || connection.Scope == scope)
            {
                _connections.Remove(connection);
            }
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
            return SeekPaginator.Paginate(matching, connection => (connection.Created, connection.Sequence), cursor, limit);
        }
    }

    /// <summary>
    /// The worker lookup: the first-created connection, of either scope, whose <c>externalId</c> equals
    /// <paramref name="externalId"/> exactly and whose project ids contain <paramref name="projectId"/>.
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
        return ConnectionValues.Claim(upsert.Value, upsert.PieceName, tokenUrl, _timeProvider.GetUtcNow());
    }
}
