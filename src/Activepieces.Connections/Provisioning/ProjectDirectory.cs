using System.Globalization;
using Activepieces.Resources.Projects;
using Activepieces.Telemetry;
using Activepieces.Transport;

namespace Activepieces.Provisioning;

/// <summary>
/// The projects as provisioning sees them: every call goes through <see cref="ProjectsResource"/> and keeps the
/// external id → project id cache of <see cref="ActivepiecesClientState"/> in step, and get-or-create is race-safe
/// (one create per external id in a process; a lost or duplicate create is read back before any retry). With a shared
/// cache, an id missing from the process's map is looked for there before the server is asked, and every id learnt or
/// forgotten is written to it or removed from it.
/// </summary>
internal sealed class ProjectDirectory
{
    private const int MaxCreateAttempts = 3;

    private readonly ProjectsResource _resource;
    private readonly ActivepiecesClientState _state;

    public ProjectDirectory(ProjectsResource resource, ActivepiecesClientState state)
    {
        _resource = resource;
        _state = state;
    }

    /// <summary>Asks the server (never the cache) for the project of an external id, and caches its id.</summary>
    public async Task<Project?> GetByExternalIdAsync(string externalId, CancellationToken cancellationToken)
    {
        var project = await _resource.GetByExternalIdAsync(externalId, cancellationToken).ConfigureAwait(false);
        if (project is not null)
        {
            await RememberAsync(project, cancellationToken).ConfigureAwait(false);
        }

        return project;
    }

    public async Task<Project> CreateAsync(CreateProjectRequest request, CancellationToken cancellationToken)
    {
        var project = await _resource.CreateAsync(request, cancellationToken).ConfigureAwait(false);
        await RememberAsync(project, cancellationToken).ConfigureAwait(false);
        return project;
    }

    public async Task<Project> UpdateAsync(string projectId, UpdateProjectRequest request, CancellationToken cancellationToken)
    {
        var project = await _resource.UpdateAsync(projectId, request, cancellationToken).ConfigureAwait(false);
        await ForgetProjectAsync(projectId).ConfigureAwait(false);
        await RememberAsync(project, cancellationToken).ConfigureAwait(false);
        return project;
    }

    /// <summary>
    /// Deletes a project and forgets its id and the org's Ensure entries, here and in the shared cache. The shared entries
    /// are keyed by the external id, which this process may not know (another replica learnt the project): with a shared
    /// cache, the project is then read first (<c>GET /v1/projects/:id</c>) to learn it.
    /// </summary>
    public async Task DeleteAsync(string projectId, CancellationToken cancellationToken)
    {
        var unknownExternalId = _state.Shared is not null && !KnowsProjectId(projectId)
            ? (await _resource.GetAsync(projectId, cancellationToken).ConfigureAwait(false))?.ExternalId
            : null;
        try
        {
            await _resource.DeleteAsync(projectId, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await ForgetProjectAsync(projectId).ConfigureAwait(false);
            if (unknownExternalId is not null)
            {
                _state.Ensure.InvalidateProject(unknownExternalId);
                await _state.Shared!.RemoveOrgAsync(unknownExternalId).ConfigureAwait(false);
            }
        }
    }

    public Task<Project> GetOrCreateAsync(string externalId, string? displayName, CancellationToken cancellationToken)
    {
        ExternalProjectIdRule.ThrowIfInvalid(externalId, nameof(externalId));
        if (displayName is not null)
        {
            ProjectsResource.ValidateDisplayName(displayName, nameof(displayName));
        }

        return _state.ProjectCreations.RunAsync(
            externalId,
            (Projects: this, ExternalId: externalId, DisplayName: displayName ?? ProjectsResource.SafeDisplayName(externalId)),
            static (s, ct) => s.Projects.GetOrCreateCoreAsync(s.ExternalId, s.DisplayName, ct),
            cancellationToken);
    }

    /// <summary>The project id of an external id, from the cache or the server; creates the project when missing.</summary>
    public async ValueTask<string> GetOrCreateIdAsync(string externalId, CancellationToken cancellationToken)
    {
        if (_state.ProjectIds.TryGetValue(externalId, out var id) || (id = await FindSharedIdAsync(externalId, cancellationToken).ConfigureAwait(false)) is not null)
        {
            return id;
        }

        return (await GetOrCreateAsync(externalId, null, cancellationToken).ConfigureAwait(false)).Id;
    }

    /// <summary>
    /// The project id of an external id as the shared cache holds it (the miss path of a shared Ensure); creates the
    /// project when missing. This process's own id is used only while the shared cache does not answer: when the shared
    /// cache answers without an id, another replica removed it (Offboard, a project deletion, a 404 on a stale id) or it
    /// expired, so the server is asked again (one lookup) rather than trusting an id that may name a deleted project.
    /// </summary>
    public async ValueTask<string> GetOrCreateSharedIdAsync(string externalId, CancellationToken cancellationToken)
    {
        var read = await _state.Shared!.GetProjectIdAsync(externalId, cancellationToken).ConfigureAwait(false);
        if (read.Id is { } sharedId)
        {
            _state.ProjectIds[externalId] = sharedId;
            return sharedId;
        }

        if (read.Answered)
        {
            _state.ProjectIds.TryRemove(externalId, out _);
        }
        else if (_state.ProjectIds.TryGetValue(externalId, out var id))
        {
            return id;
        }

        return (await GetOrCreateAsync(externalId, null, cancellationToken).ConfigureAwait(false)).Id;
    }

    /// <summary>
    /// The project id of an external id that a listing just showed missing: creates the project without looking it up
    /// first (a project created meanwhile by someone else is read back, as in <see cref="GetOrCreateAsync"/>).
    /// </summary>
    public async ValueTask<string> GetOrCreateUnlistedIdAsync(string externalId, CancellationToken cancellationToken)
    {
        if (_state.ProjectIds.TryGetValue(externalId, out var id) || (id = await FindSharedIdAsync(externalId, cancellationToken).ConfigureAwait(false)) is not null)
        {
            return id;
        }

        var project = await _state.ProjectCreations.RunAsync(
            externalId,
            (Projects: this, ExternalId: externalId, DisplayName: ProjectsResource.SafeDisplayName(externalId)),
            static (s, ct) => s.Projects.CreateOrReadBackAsync(s.ExternalId, s.DisplayName, ct),
            cancellationToken).ConfigureAwait(false);
        return project.Id;
    }

    /// <summary>The project id of an external id, from the cache or the server; null when there is no such project.</summary>
    public async ValueTask<string?> FindIdAsync(string externalId, CancellationToken cancellationToken)
    {
        if (_state.ProjectIds.TryGetValue(externalId, out var id) || (id = await FindSharedIdAsync(externalId, cancellationToken).ConfigureAwait(false)) is not null)
        {
            return id;
        }

        return (await GetByExternalIdAsync(externalId, cancellationToken).ConfigureAwait(false))?.Id;
    }

    /// <summary>Whether the id of a project external id is cached.</summary>
    public bool IsCached(string externalId) => _state.ProjectIds.ContainsKey(externalId);

    /// <summary>
    /// Pages through every project once (pages of <paramref name="pageSize"/>) and caches the id of each one with an
    /// external id; returns those external ids.
    /// </summary>
    public async Task<HashSet<string>> CacheAllAsync(int pageSize, CancellationToken cancellationToken)
    {
        var listed = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var project in _resource.ListAsync(new ProjectListFilter { PageSize = pageSize }, cancellationToken).ConfigureAwait(false))
        {
            if (project.ExternalId is not null)
            {
                _state.ProjectIds[project.ExternalId] = project.Id;
                listed.Add(project.ExternalId);
            }
        }

        return listed;
    }

    /// <summary>
    /// Forgets a cached project id (the project turned out not to exist any more), here and in the shared cache with the
    /// org's shared Ensure entries, which name that project.
    /// </summary>
    public async Task ForgetAsync(string externalId, string projectId)
    {
        if (_state.ProjectIds.TryRemove(new KeyValuePair<string, string>(externalId, projectId)))
        {
            ActivepiecesLog.StaleProjectId(_resource.Logger, projectId);
        }

        if (_state.Shared is { } shared)
        {
            await shared.RemoveOrgAsync(externalId).ConfigureAwait(false);
        }
    }

    private async Task<Project> GetOrCreateCoreAsync(string externalId, string displayName, CancellationToken cancellationToken)
    {
        var existing = await GetByExternalIdAsync(externalId, cancellationToken).ConfigureAwait(false);
        return existing ?? await CreateOrReadBackAsync(externalId, displayName, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The only retry of project creation: the resilience pipeline never repeats a create (it is not retry-safe, and the
    /// <see cref="SingleSendHandler"/> sends it at most once), because a repeat could make a duplicate. This loop repeats
    /// it only after reading back that the project does not exist: up to <see cref="MaxCreateAttempts"/> creates when the
    /// outcome is unknown (5xx, no answer); a 429 (refused, nothing created) is not repeated here. The read-backs are
    /// plain lookups, which the pipeline retries as any GET.
    /// </summary>
    private async Task<Project> CreateOrReadBackAsync(string externalId, string displayName, CancellationToken cancellationToken)
    {
        var request = new CreateProjectRequest { DisplayName = displayName, ExternalId = externalId };
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await CreateAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (ActivepiecesException e) when (ApiTransport.IsOutcomeUnknown(e))
            {
                // The create may have happened (answer lost, timeout) or another process created the project first
                // (the server answers 500 on the unique index). Read it back before trying again; a failing read throws.
                ActivepiecesLog.VerifyingProjectCreation(_resource.Logger, FailureName(e));
                var existing = await GetByExternalIdAsync(externalId, cancellationToken).ConfigureAwait(false);
                if (existing is not null)
                {
                    return existing;
                }

                if (attempt >= MaxCreateAttempts)
                {
                    throw;
                }
            }
        }
    }

    private static string FailureName(ActivepiecesException e) => e is ActivepiecesApiException api
        ? ((int)api.StatusCode).ToString(CultureInfo.InvariantCulture)
        : ((ActivepiecesUnavailableException)e).Reason.ToString();

    private async ValueTask<string?> FindSharedIdAsync(string externalId, CancellationToken cancellationToken)
    {
        if (_state.Shared is not { } shared)
        {
            return null;
        }

        var id = (await shared.GetProjectIdAsync(externalId, cancellationToken).ConfigureAwait(false)).Id;
        if (id is not null)
        {
            _state.ProjectIds[externalId] = id;
        }

        return id;
    }

    private async ValueTask RememberAsync(Project project, CancellationToken cancellationToken)
    {
        if (project.ExternalId is not null)
        {
            _state.ProjectIds[project.ExternalId] = project.Id;
            if (_state.Shared is { } shared)
            {
                await shared.StoreProjectIdAsync(project.ExternalId, project.Id, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private bool KnowsProjectId(string projectId)
    {
        foreach (var entry in _state.ProjectIds)
        {
            if (string.Equals(entry.Value, projectId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private async Task ForgetProjectAsync(string projectId)
    {
        foreach (var entry in _state.ProjectIds)
        {
            if (string.Equals(entry.Value, projectId, StringComparison.Ordinal))
            {
                _state.ProjectIds.TryRemove(entry);
                _state.Ensure.InvalidateProject(entry.Key);
                if (_state.Shared is { } shared)
                {
                    await shared.RemoveOrgAsync(entry.Key).ConfigureAwait(false);
                }
            }
        }
    }
}
