using System.Net;
using Activepieces.Provisioning;
using Activepieces.Resources.Connections;
using Activepieces.Telemetry;
using Activepieces.Transport;

namespace Activepieces.Fleet.Offboard;

/// <summary>
/// Offboards a customer project so that no credential outlives it. On the server, deleting a project removes its
/// PROJECT-scope connections only later, in a <c>HARD_DELETE_PROJECT</c> job, and global connections keep the dead
/// project id, with their credentials, until someone deletes them.
/// Every step is idempotent and the project is deleted last, so a run that is interrupted leaves the project in place
/// and the next run finishes the work.
/// </summary>
internal sealed class ProjectOffboarding
{
    private const int PageSize = 100;

    private readonly ProjectDirectory _projects;
    private readonly GlobalConnectionsResource _global;
    private readonly AppConnectionsResource _app;
    private readonly ActivepiecesClientState _state;

    public ProjectOffboarding(ProjectDirectory projects, GlobalConnectionsResource global, AppConnectionsResource app, ActivepiecesClientState state)
    {
        _projects = projects;
        _global = global;
        _app = app;
        _state = state;
    }

    /// <summary>Offboards one org, traced as an <c>Offboard</c> operation.</summary>
    public async Task<ProjectOffboardingResult> RunAsync(string externalProjectId, CancellationToken cancellationToken)
    {
        ExternalProjectIdRule.ThrowIfInvalid(externalProjectId, nameof(externalProjectId));
        using var activity = ActivepiecesInstrumentation.StartProjectOperation("Offboard", externalProjectId);
        try
        {
            return await OffboardAsync(externalProjectId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            ActivepiecesInstrumentation.RecordFailure(activity, e);
            throw;
        }
    }

    private async Task<ProjectOffboardingResult> OffboardAsync(string externalProjectId, CancellationToken cancellationToken)
    {
        // An Ensure answered from the cache must not claim a connection this run is deleting.
        _state.Ensure.InvalidateProject(externalProjectId);
        if (_state.Shared is { } shared)
        {
            await shared.RemoveOrgAsync(externalProjectId).ConfigureAwait(false);
        }

        // The server is asked, never the id cache: a cached id may belong to a project deleted meanwhile.
        var project = await _projects.GetByExternalIdAsync(externalProjectId, cancellationToken).ConfigureAwait(false);
        if (project is null)
        {
            return new ProjectOffboardingResult { ExternalProjectId = externalProjectId };
        }

        // Collected first: deleting while following seek cursors could skip rows.
        var connections = new List<AppConnection>();
        await foreach (var connection in _app.ListAsync(project.Id, new ConnectionListFilter { PageSize = PageSize }, cancellationToken).ConfigureAwait(false))
        {
            connections.Add(connection);
        }

        var deletedProjectConnections = new List<string>();
        var deletedGlobalConnections = new List<string>();
        var detachedGlobalConnections = new List<string>();
        foreach (var connection in connections)
        {
            if (connection.Scope == ConnectionScope.Project)
            {
                if (await DeleteIfPresentAsync(_app.DeleteAsync(connection.Id, cancellationToken)).ConfigureAwait(false))
                {
                    deletedProjectConnections.Add(connection.Id);
                }

                continue;
            }

            var others = connection.ProjectIds.Where(id => !string.Equals(id, project.Id, StringComparison.Ordinal)).ToArray();
            if (others.Length == connection.ProjectIds.Count)
            {
                continue; // listed through another route; it does not name this project
            }

            if (others.Length == 0)
            {
                if (await DeleteIfPresentAsync(_global.DeleteAsync(connection.Id, cancellationToken)).ConfigureAwait(false))
                {
                    deletedGlobalConnections.Add(connection.Id);
                }
            }
            else
            {
                await _global.UpdateAsync(
                    connection.Id,
                    new GlobalConnectionUpdateRequest { DisplayName = connection.DisplayName, ProjectIds = others },
                    cancellationToken).ConfigureAwait(false);
                detachedGlobalConnections.Add(connection.Id);
            }
        }

        var projectDeleted = await DeleteIfPresentAsync(_projects.DeleteAsync(project.Id, cancellationToken)).ConfigureAwait(false);
        _state.Ensure.InvalidateProject(externalProjectId);
        if (_state.Shared is { } sharedCache)
        {
            await sharedCache.RemoveOrgAsync(externalProjectId).ConfigureAwait(false);
        }
        return new ProjectOffboardingResult
        {
            ExternalProjectId = externalProjectId,
            ProjectId = project.Id,
            ProjectDeleted = projectDeleted,
            DeletedProjectConnectionIds = deletedProjectConnections,
            DeletedGlobalConnectionIds = deletedGlobalConnections,
            DetachedGlobalConnectionIds = detachedGlobalConnections,
        };
    }

    /// <summary>Runs a delete; a 404 means an earlier (interrupted or concurrent) run already deleted it.</summary>
    private static async Task<bool> DeleteIfPresentAsync(Task delete)
    {
        try
        {
            await delete.ConfigureAwait(false);
            return true;
        }
        catch (ActivepiecesApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }
}
