using System.Text.Json.Nodes;
using Activepieces.Emulator.Http;
using Activepieces.Emulator.Identifiers;
using Activepieces.Emulator.Inspection;
using Activepieces.Emulator.Services.AppConnections;
using Activepieces.Emulator.Services.PieceSets;
using Activepieces.Emulator.Services.Platform;
using Activepieces.Emulator.Storage;

namespace Activepieces.Emulator.Services.Projects;

/// <summary>
/// The projects module: <c>ee/projects/platform-project-controller.ts</c> (the plan's limit),
/// <c>ee/projects/platform-project-service.ts</c> (list, update, global-connection membership) and
/// <c>project/project-service.ts</c> (create, soft delete and its <c>HARD_DELETE_PROJECT</c> job). Each operation is
/// one transaction.
/// </summary>
internal sealed class ProjectService
{
    /// <summary>
    /// Joins the list's sort columns; it sorts below every other character, so the key orders by type, then
    /// display name, then id.
    /// </summary>
    private const char ListKeySeparator = '\0';

    /// <summary>The <c>entityType</c> of the 404 for an unknown project id.</summary>
    private const string EntityType = "project";

    private readonly EmulatorDatabase _database;
    private readonly PlatformPlan _plan;
    private readonly PieceSetService _pieceSets;
    private readonly TimeProvider _timeProvider;

    public ProjectService(EmulatorDatabase database, PlatformPlan plan, PieceSetService pieceSets, TimeProvider timeProvider)
    {
        _database = database;
        _plan = plan;
        _pieceSets = pieceSets;
        _timeProvider = timeProvider;
    }

    /// <summary>The live projects, oldest first.</summary>
    public IReadOnlyList<EmulatedProject> Snapshots()
    {
        using (_database.BeginTransaction())
        {
            return _database.Projects.All().Select(project => project.ToSnapshot()).ToArray();
        }
    }

    /// <summary>
    /// Creates a project. With <paramref name="throughProjectsApi"/> the plan's team-project limit is checked first, as
    /// <c>ee/projects/platform-project-controller.ts</c> does (test setup and the embed exchange skip it). A live
    /// project with the same <c>externalId</c> then fails like the real database unique index does: an unhandled 500.
    /// <c>globalConnectionExternalIds</c> is silently ignored when the plan has no global connections.
    /// </summary>
    public ProjectRow Create(ProjectCreate create, bool throughProjectsApi = false)
    {
        using (_database.BeginTransaction())
        {
            if (throughProjectsApi)
            {
                _plan.AssertCanCreateTeamProject(_database.Projects.Count);
            }

            _database.Projects.EnsureExternalIdFree(create.ExternalId);
            var project = Insert(create);
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
    /// <c>projectDisplayName</c> is never read, so nothing is renamed), then assigns it the piece set keyed
    /// <paramref name="pieceSetKey"/>, or the default set (<c>applyProjectPieceAccess</c>), as every exchange does.
    /// </summary>
    public ProjectRow GetOrCreateForEmbed(string externalId, string? pieceSetKey)
    {
        using (_database.BeginTransaction())
        {
            var project = _database.Projects.FindByExternalId(externalId)
                ?? Insert(new ProjectCreate(externalId, externalId, null, null, null));
            project.PieceSetId = _pieceSets.ResolveForLogin(pieceSetKey).Id;
            return project.Copy();
        }
    }

    /// <summary>The live project <paramref name="id"/>; 404 <c>ENTITY_NOT_FOUND</c> otherwise.</summary>
    public ProjectRow Get(string id)
    {
        using (_database.BeginTransaction())
        {
            return Find(id).Copy();
        }
    }

    /// <summary>
    /// The list of <c>platform-project-service.ts</c>: ordered by type, displayName, id (the emulator compares
    /// ordinally, Postgres by its collation); every emulated project is a team project.
    /// </summary>
    public SeekPage<ProjectRow> List(string? externalId, string? displayName, IReadOnlyList<string>? types, string? cursor, int limit)
    {
        using (_database.BeginTransaction())
        {
            var matching = _database.Projects.All()
                .Where(project => externalId is null || project.ExternalId == externalId)
                .Where(project => displayName is null || project.DisplayName.Contains(displayName, StringComparison.OrdinalIgnoreCase))
                .Where(_ => types is null || types.Count == 0 || types.Contains(ProjectTypes.Team))
                .Select(project => project.Copy())
                .OrderBy(ListKey, StringComparer.Ordinal)
                .ToArray();
            return SeekPaginator.Paginate(matching, ListKey, cursor, limit);
        }
    }

    /// <summary>
    /// The update of <c>platform-project-service.ts</c>: another live project with the new <c>externalId</c> → 409
    /// <c>PROJECT_EXTERNAL_ID_ALREADY_EXISTS</c>; <c>plan.pieces</c> and <c>plan.piecesFilterType</c> are accepted and do
    /// nothing (piece sets replaced them; only <c>plan.activeFlowsLimit</c> is applied); <c>globalConnectionExternalIds</c>
    /// makes the project a member of exactly those global connections (ignored without the feature).
    /// </summary>
    public ProjectRow Update(string id, ProjectUpdate update)
    {
        using (_database.BeginTransaction())
        {
            var project = Find(id);
            var externalId = string.IsNullOrWhiteSpace(update.ExternalId) ? null : update.ExternalId;
            if (externalId is not null)
            {
                if (_database.Projects.FindByExternalId(externalId) is { } other && other.Id != id)
                {
                    throw ApiErrors.Activepieces(ErrorCodes.ProjectExternalIdAlreadyExists, new JsonObject { ["externalId"] = externalId });
                }

                _database.Projects.SetExternalId(project, externalId);
            }

            project.DisplayName = update.DisplayName ?? project.DisplayName;
            project.MetadataJson = update.MetadataJson ?? project.MetadataJson;
            project.ReleasesEnabled = update.ReleasesEnabled ?? project.ReleasesEnabled;
            project.IconColor = update.IconColor ?? project.IconColor;
            project.MaxConcurrentJobs = update.MaxConcurrentJobs ?? project.MaxConcurrentJobs;

            // 0.86.x (platform-project-service.ts): a flows limit below the active flows answers 409, which never
            // happens here (the emulator has no flows); the retention's bounds are the server's and not emulated.
            project.NotifyFlowOwnerOnFailure = update.NotifyFlowOwnerOnFailure ?? project.NotifyFlowOwnerOnFailure;
            project.ActiveFlowsLimit = update.ActiveFlowsLimit.Or(project.ActiveFlowsLimit);
            project.ExecutionDataRetentionDays = update.ExecutionDataRetentionDays.Or(project.ExecutionDataRetentionDays);
            project.WorkerGroupId = update.WorkerGroupId.Or(project.WorkerGroupId);
            if (update.GlobalConnectionExternalIds is { } externalIds && _plan.GlobalConnectionsEnabled)
            {
                var wanted = GlobalConnectionsWithExternalIds(externalIds).ToHashSet();
                foreach (var connection in _database.Connections.All().Where(connection => connection.Scope == AppConnectionScopes.Platform))
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
    public void Delete(string id)
    {
        using (_database.BeginTransaction())
        {
            var project = Find(id);
            _database.Projects.Delete(project);
            _database.Connections.DeleteWhere(row => row.Scope == AppConnectionScopes.Project && row.ProjectIds.Contains(id));
        }
    }

    private static string ListKey(ProjectRow project) =>
        string.Join(ListKeySeparator, ProjectTypes.Team, project.DisplayName, project.Id);

    private ProjectRow Find(string id) =>
        _database.Projects.Find(id) ?? throw ApiErrors.EntityNotFound(EntityType, id);

    private IEnumerable<ConnectionRow> GlobalConnectionsWithExternalIds(IReadOnlyList<string> externalIds) =>
        _database.Connections.All().Where(connection => connection.Scope == AppConnectionScopes.Platform && externalIds.Contains(connection.ExternalId));

    /// <summary>Inserts a project; its icon colour follows the sequence (the server picks one at random).</summary>
    private ProjectRow Insert(ProjectCreate create)
    {
        var now = _timeProvider.GetUtcNow();
        var sequence = _database.NextSequence();
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
            IconColor = ProjectIconColors.All[(int)(sequence % ProjectIconColors.All.Count)],
            PlanId = ApId.New(),
            PlanUpdated = now,
        };
        _database.Projects.Insert(project);
        return project;
    }
}
