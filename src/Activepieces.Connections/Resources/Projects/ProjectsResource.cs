namespace Activepieces.Internal;

/// <summary>The <c>/v1/projects</c> calls, with the external id → project id cache and race-safe get-or-create.</summary>
internal sealed class ProjectsApi : IProjectsApi
{
    private const string Path = "v1/projects";
    private const int MaxCreateAttempts = 3;

    private readonly ApiTransport _transport;
    private readonly ActivepiecesClientState _state;

    public ProjectsApi(ApiTransport transport, ActivepiecesClientState state)
    {
        _transport = transport;
        _state = state;
    }

    public async Task<ProjectOffboardingResult> OffboardAsync(string externalProjectId, CancellationToken cancellationToken = default)
    {
        Checked(externalProjectId, nameof(externalProjectId));
        var offboarding = new ProjectOffboarding(this, new GlobalConnectionsApi(_transport), new AppConnectionsApi(_transport), _state);
        using var activity = ActivepiecesInstrumentation.StartProjectOperation("Offboard", externalProjectId);
        try
        {
            return await offboarding.RunAsync(externalProjectId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            ActivepiecesInstrumentation.RecordFailure(activity, e);
            throw;
        }
    }

    public async Task<Project?> GetByExternalIdAsync(string externalId, CancellationToken cancellationToken = default)
    {
        var query = new QueryString().Add("externalId", Checked(externalId, nameof(externalId))).Add("limit", 2);
        var page = await _transport.SendAsync(ApiRequest.Get(Path, query.ToString()), ActivepiecesJsonContext.Default.SeekPageProject, cancellationToken)
            .ConfigureAwait(false);
        foreach (var project in page.Data)
        {
            if (string.Equals(project.ExternalId, externalId, StringComparison.Ordinal))
            {
                _state.ProjectIds[externalId] = project.Id;
                return project;
            }
        }

        return null;
    }

    public async Task<Project> CreateAsync(CreateProjectRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ValidateDisplayName(request.DisplayName, "request.DisplayName");
        using var body = JsonBodies.Serialize(request, ActivepiecesJsonContext.Default.CreateProjectRequest);
        var project = await _transport.SendAsync(ApiRequest.Post(Path, body, retrySafe: false), ActivepiecesJsonContext.Default.Project, cancellationToken)
            .ConfigureAwait(false);
        if (project.ExternalId is not null)
        {
            _state.ProjectIds[project.ExternalId] = project.Id;
        }

        return project;
    }

    public Task<Project> GetOrCreateAsync(string externalId, string? displayName = null, CancellationToken cancellationToken = default)
    {
        Checked(externalId, nameof(externalId));
        if (displayName is not null)
        {
            ValidateDisplayName(displayName, nameof(displayName));
        }

        return _state.ProjectCreations.RunAsync(
            externalId,
            (Api: this, ExternalId: externalId, DisplayName: displayName ?? SafeDisplayName(externalId)),
            static (s, ct) => s.Api.GetOrCreateCoreAsync(s.ExternalId, s.DisplayName, ct),
            cancellationToken);
    }

    /// <summary>The project id of an external id, from the cache or the server; creates the project when missing.</summary>
    public async ValueTask<string> GetOrCreateIdAsync(string externalId, CancellationToken cancellationToken)
    {
        if (_state.ProjectIds.TryGetValue(externalId, out var id))
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
        if (_state.ProjectIds.TryGetValue(externalId, out var id))
        {
            return id;
        }

        var project = await _state.ProjectCreations.RunAsync(
            externalId,
            (Api: this, ExternalId: externalId, DisplayName: SafeDisplayName(externalId)),
            static (s, ct) => s.Api.CreateOrReadBackAsync(s.ExternalId, s.DisplayName, ct),
            cancellationToken).ConfigureAwait(false);
        return project.Id;
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
        await foreach (var project in ListAsync(new ProjectListFilter { PageSize = pageSize }, cancellationToken).ConfigureAwait(false))
        {
            if (project.ExternalId is not null)
            {
                _state.ProjectIds[project.ExternalId] = project.Id;
                listed.Add(project.ExternalId);
            }
        }

        return listed;
    }

    /// <summary>The project id of an external id, from the cache or the server; null when there is no such project.</summary>
    public async ValueTask<string?> FindIdAsync(string externalId, CancellationToken cancellationToken)
    {
        if (_state.ProjectIds.TryGetValue(externalId, out var id))
        {
            return id;
        }

        return (await GetByExternalIdAsync(externalId, cancellationToken).ConfigureAwait(false))?.Id;
    }

    /// <summary>Forgets a cached project id (the project turned out not to exist any more).</summary>
    public void Forget(string externalId, string projectId)
    {
        if (_state.ProjectIds.TryRemove(new KeyValuePair<string, string>(externalId, projectId)))
        {
            ActivepiecesLog.StaleProjectId(_transport.Logger, projectId);
        }
    }

    public async Task<Project> UpdateAsync(string projectId, UpdateProjectRequest request, CancellationToken cancellationToken = default)
    {
        var path = Path + "/" + UrlSegment.Escape(projectId, nameof(projectId));
        ArgumentNullException.ThrowIfNull(request);
        if (request.DisplayName is not null)
        {
            ValidateDisplayName(request.DisplayName, "request.DisplayName");
        }

        using var body = JsonBodies.Serialize(request, ActivepiecesJsonContext.Default.UpdateProjectRequest);
        var project = await _transport.SendAsync(ApiRequest.Post(path, body, retrySafe: true), ActivepiecesJsonContext.Default.Project, cancellationToken)
            .ConfigureAwait(false);
        ForgetProject(projectId);
        if (project.ExternalId is not null)
        {
            _state.ProjectIds[project.ExternalId] = project.Id;
        }

        return project;
    }

    public async Task DeleteAsync(string projectId, CancellationToken cancellationToken = default)
    {
        var path = Path + "/" + UrlSegment.Escape(projectId, nameof(projectId));
        try
        {
            await _transport.SendAsync(ApiRequest.Delete(path), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ForgetProject(projectId);
        }
    }

    public IAsyncEnumerable<Project> ListAsync(ProjectListFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var query = new QueryString()
            .Add("externalId", filter?.ExternalId)
            .Add("displayName", filter?.DisplayName)
            .Add("limit", filter?.PageSize);
        return Paging.EnumerateAsync(_transport, Path, query, ActivepiecesJsonContext.Default.SeekPageProject, cancellationToken);
    }

    /// <summary>
    /// A display name that satisfies <c>^[^./]+$</c>: '.' and '/' become '-' (<c>acme.com</c> → <c>acme-com</c>).
    /// </summary>
    internal static string SafeDisplayName(string externalId) => externalId.Replace('.', '-').Replace('/', '-');

    private async Task<Project> GetOrCreateCoreAsync(string externalId, string displayName, CancellationToken cancellationToken)
    {
        var existing = await GetByExternalIdAsync(externalId, cancellationToken).ConfigureAwait(false);
        return existing ?? await CreateOrReadBackAsync(externalId, displayName, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Project> CreateOrReadBackAsync(string externalId, string displayName, CancellationToken cancellationToken)
    {
        Project? existing;
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
                ActivepiecesLog.VerifyingProjectCreation(_transport.Logger, e is ActivepiecesApiException api ? ((int)api.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) : ((ActivepiecesUnavailableException)e).Reason.ToString());
                existing = await GetByExternalIdAsync(externalId, cancellationToken).ConfigureAwait(false);
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

    private void ForgetProject(string projectId)
    {
        foreach (var entry in _state.ProjectIds)
        {
            if (string.Equals(entry.Value, projectId, StringComparison.Ordinal))
            {
                _state.ProjectIds.TryRemove(entry);
                _state.Ensure.InvalidateProject(entry.Key);
            }
        }
    }

    private static string Checked(string externalId, string paramName)
    {
        UrlSegment.Validate(externalId, paramName);
        return externalId;
    }

    private static void ValidateDisplayName(string displayName, string paramName)
    {
        if (string.IsNullOrEmpty(displayName) || displayName.AsSpan().IndexOfAny('.', '/') >= 0)
        {
            throw new ArgumentException("A project display name must be non-empty and contain no '.' or '/' (pattern ^[^./]+$).", paramName);
        }
    }
}
