using System.Net;
using System.Text.Json;

namespace Activepieces.Internal;

/// <summary>
/// "One connection per customer project": get-or-create the project, then upsert <c>{prefix}{externalProjectId}</c>
/// listing exactly that project, through the global or the project-scoped connections API.
/// </summary>
internal sealed class PredefinedConnectionsApi : IPredefinedConnectionsApi
{
    private readonly ProjectsApi _projects;
    private readonly GlobalConnectionsApi _global;
    private readonly AppConnectionsApi _app;
    private readonly ActivepiecesClientState _state;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _cacheDuration;

    public PredefinedConnectionsApi(
        ProjectsApi projects,
        GlobalConnectionsApi global,
        AppConnectionsApi app,
        ActivepiecesClientState state,
        TimeProvider timeProvider,
        TimeSpan cacheDuration)
    {
        _projects = projects;
        _global = global;
        _app = app;
        _state = state;
        _timeProvider = timeProvider;
        _cacheDuration = cacheDuration;
    }

    public async Task<AppConnection> CreateAsync<TValue>(
        PredefinedConnectionDescriptor descriptor,
        string externalProjectId,
        TValue value,
        CancellationToken cancellationToken = default)
        where TValue : IConnectionValue
    {
        var key = CheckedKey(descriptor, externalProjectId);
        CheckValue(descriptor, value);
        _state.Ensure.Invalidate(key);
        using var activity = ActivepiecesInstrumentation.StartOperation("Create", descriptor, descriptor.ExternalIdFor(externalProjectId));
        try
        {
            return await UpsertAsync(descriptor, externalProjectId, value, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            ActivepiecesInstrumentation.RecordFailure(activity, e);
            throw;
        }
    }

    public ValueTask<AppConnection> EnsureAsync<TValue>(
        PredefinedConnectionDescriptor descriptor,
        string externalProjectId,
        TValue value,
        CancellationToken cancellationToken = default)
        where TValue : IConnectionValue, IEquatable<TValue>
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(externalProjectId);
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        cancellationToken.ThrowIfCancellationRequested();

        // The hit path allocates nothing and skips the id validation: only validated keys are ever cached.
        var key = new EnsureKey(descriptor, externalProjectId);
        if ((_cacheDuration > TimeSpan.Zero || value.AuthType.CarriesOAuthCode()) && _state.Ensure.TryGet(key, value, _timeProvider, _cacheDuration, out var cached))
        {
            ActivepiecesInstrumentation.CountEnsure(hit: true);
            if (ActivepiecesInstrumentation.Source.HasListeners())
            {
                using var activity = ActivepiecesInstrumentation.StartOperation("Ensure", descriptor, descriptor.ExternalIdFor(externalProjectId));
                activity?.SetTag(ActivepiecesInstrumentation.EnsureCacheResultTag, "hit");
            }

            return new ValueTask<AppConnection>(cached!);
        }

        CheckedKey(descriptor, externalProjectId);
        CheckValue(descriptor, value);
        ActivepiecesInstrumentation.CountEnsure(hit: false);
        return new ValueTask<AppConnection>(EnsureSlowAsync(key, value, cancellationToken));
    }

    public Task<SyncResult> SyncAsync<TValue>(
        PredefinedConnectionDescriptor descriptor,
        IEnumerable<(string ExternalProjectId, TValue Value)> items,
        SyncOptions? options = null,
        CancellationToken cancellationToken = default)
        where TValue : IConnectionValue, IEquatable<TValue>
    {
        ArgumentNullException.ThrowIfNull(items);
        return SyncAsync(descriptor, AsAsync(items), options, cancellationToken);

        static async IAsyncEnumerable<(string, TValue)> AsAsync(IEnumerable<(string, TValue)> items)
        {
            foreach (var item in items)
            {
                yield return item;
            }

            await Task.CompletedTask.ConfigureAwait(false);
        }
    }

    public async Task<SyncResult> SyncAsync<TValue>(
        PredefinedConnectionDescriptor descriptor,
        IAsyncEnumerable<(string ExternalProjectId, TValue Value)> items,
        SyncOptions? options = null,
        CancellationToken cancellationToken = default)
        where TValue : IConnectionValue, IEquatable<TValue>
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(items);
        using var activity = ActivepiecesInstrumentation.StartOperation("Sync", descriptor, descriptor.ExternalIdPrefix);
        try
        {
            var run = new SyncRun<TValue>(this, _projects, descriptor, options ?? new SyncOptions(), _timeProvider);
            var result = await run.RunAsync(items, cancellationToken).ConfigureAwait(false);
            activity?.SetTag("activepieces.sync.succeeded", result.Succeeded);
            activity?.SetTag("activepieces.sync.unchanged", result.Unchanged);
            activity?.SetTag("activepieces.sync.failed", result.Failed.Count);
            return result;
        }
        catch (Exception e)
        {
            ActivepiecesInstrumentation.RecordFailure(activity, e);
            throw;
        }
    }

    public async Task<ConnectionAudit> AuditAsync(PredefinedConnectionDescriptor descriptor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (descriptor.Scope != ConnectionScope.Platform)
        {
            throw new ArgumentException(
                $"The audit covers global connections; the descriptor of {descriptor.PieceName} stores PROJECT-scope connections, which the server deletes with their project.",
                nameof(descriptor));
        }

        using var activity = ActivepiecesInstrumentation.StartOperation("Audit", descriptor, descriptor.ExternalIdPrefix);
        try
        {
            var audit = await ConnectionAuditRun.RunAsync(_global, _app, _projects, descriptor, cancellationToken).ConfigureAwait(false);
            activity?.SetTag("activepieces.audit.findings", audit.Findings.Count);
            return audit;
        }
        catch (Exception e)
        {
            ActivepiecesInstrumentation.RecordFailure(activity, e);
            throw;
        }
    }

    public async Task<ConnectionRepair> RepairAsync(ConnectionAudit audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(audit);
        using var activity = ActivepiecesInstrumentation.StartOperation("Repair", audit.Descriptor, audit.Descriptor.ExternalIdPrefix);
        var deleted = new List<ConnectionFinding>();
        var left = new List<ConnectionFinding>();
        var done = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            foreach (var finding in audit.Findings)
            {
                if (!finding.IsRepairable || finding.ConnectionId is null)
                {
                    left.Add(finding);
                    continue;
                }

                if (done.Add(finding.ConnectionId))
                {
                    try
                    {
                        var delete = finding.Kind == FindingKind.Shadowed
                            ? _app.DeleteAsync(finding.ConnectionId, cancellationToken)
                            : _global.DeleteAsync(finding.ConnectionId, cancellationToken);
                        await delete.ConfigureAwait(false);
                    }
                    catch (ActivepiecesApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
                    {
                        // Already gone (deleted by an earlier, interrupted repair or by someone else).
                    }

                    if (audit.Descriptor.TryGetExternalProjectId(finding.ExternalId, out var org))
                    {
                        _state.Ensure.Invalidate(new EnsureKey(audit.Descriptor, org));
                    }
                }

                deleted.Add(finding);
            }

            activity?.SetTag("activepieces.repair.deleted", deleted.Count);
            return new ConnectionRepair(deleted, left);
        }
        catch (Exception e)
        {
            ActivepiecesInstrumentation.RecordFailure(activity, e);
            throw;
        }
    }

    public async Task<ConnectionDiagnosis> DiagnoseAsync(
        PredefinedConnectionDescriptor descriptor,
        string externalProjectId,
        CancellationToken cancellationToken = default)
    {
        CheckedKey(descriptor, externalProjectId);
        var externalId = descriptor.ExternalIdFor(externalProjectId);
        using var activity = ActivepiecesInstrumentation.StartOperation("Diagnose", descriptor, externalId);
        try
        {
            // Always asked from the server: a diagnosis must not trust this client's caches.
            var project = await _projects.GetByExternalIdAsync(externalProjectId, cancellationToken).ConfigureAwait(false);
            if (project is null)
            {
                return Traced(activity, ConnectionDoctor.ProjectMissing(descriptor, externalProjectId));
            }

            var visible = new List<AppConnection>();
            var filter = new ConnectionListFilter { PageSize = 100 };
            await foreach (var row in _app.ListAsync(project.Id, filter, cancellationToken).ConfigureAwait(false))
            {
                if (string.Equals(row.ExternalId, externalId, StringComparison.Ordinal))
                {
                    visible.Add(row);
                }
            }

            List<AppConnection>? elsewhere = null;
            if (visible.Count == 0)
            {
                elsewhere = [];
                var all = new ConnectionListFilter { PageSize = ConnectionAuditRun.ConnectionPageSize };
                await foreach (var row in _global.ListAsync(all, cancellationToken).ConfigureAwait(false))
                {
                    if (string.Equals(row.ExternalId, externalId, StringComparison.Ordinal))
                    {
                        elsewhere.Add(row);
                    }
                }
            }

            return Traced(activity, ConnectionDoctor.Diagnose(descriptor, externalProjectId, project.Id, visible, elsewhere));
        }
        catch (Exception e)
        {
            ActivepiecesInstrumentation.RecordFailure(activity, e);
            throw;
        }
    }

    /// <summary>Whether this client's Ensure cache holds an equal value for the org (an Ensure would send nothing).</summary>
    internal bool IsCurrent<TValue>(PredefinedConnectionDescriptor descriptor, string externalProjectId, TValue value)
        where TValue : IConnectionValue, IEquatable<TValue> =>
        (_cacheDuration > TimeSpan.Zero || value.AuthType.CarriesOAuthCode())
        && _state.Ensure.TryGet(new EnsureKey(descriptor, externalProjectId), value, _timeProvider, _cacheDuration, out _);

    /// <summary>The argument checks of Create and Ensure, for callers that validate an item before using it.</summary>
    internal static void Validate<TValue>(PredefinedConnectionDescriptor descriptor, string externalProjectId, TValue value)
        where TValue : IConnectionValue
    {
        CheckedKey(descriptor, externalProjectId);
        CheckValue(descriptor, value);
    }

    private static ConnectionDiagnosis Traced(System.Diagnostics.Activity? activity, ConnectionDiagnosis diagnosis)
    {
        activity?.SetTag("activepieces.diagnosis.cause", diagnosis.Cause.ToString());
        return diagnosis;
    }

    public async Task<AppConnection?> GetAsync(
        PredefinedConnectionDescriptor descriptor,
        string externalProjectId,
        CancellationToken cancellationToken = default)
    {
        CheckedKey(descriptor, externalProjectId);
        var projectId = await _projects.FindIdAsync(externalProjectId, cancellationToken).ConfigureAwait(false);
        if (projectId is null)
        {
            return null;
        }

        // The project's connection list holds its own connections and the global ones listing it, so this pages through
        // the connections of one project rather than every global connection of the platform.
        var externalId = descriptor.ExternalIdFor(externalProjectId);
        var filter = new ConnectionListFilter { PieceName = descriptor.PieceName, Scope = descriptor.Scope, PageSize = 100 };
        var connections = _app.ListAsync(projectId, filter, cancellationToken);
        var scope = descriptor.Scope.ToWireName();
        await foreach (var connection in connections.ConfigureAwait(false))
        {
            if (string.Equals(connection.ExternalId, externalId, StringComparison.Ordinal)
                && string.Equals(connection.Scope, scope, StringComparison.Ordinal)
                && connection.ProjectIds.Contains(projectId, StringComparer.Ordinal))
            {
                return connection;
            }
        }

        return null;
    }

    public async Task<bool> DeleteAsync(
        PredefinedConnectionDescriptor descriptor,
        string externalProjectId,
        CancellationToken cancellationToken = default)
    {
        var key = CheckedKey(descriptor, externalProjectId);
        _state.Ensure.Invalidate(key);
        var connection = await GetAsync(descriptor, externalProjectId, cancellationToken).ConfigureAwait(false);
        if (connection is null)
        {
            return false;
        }

        try
        {
            var delete = descriptor.Scope == ConnectionScope.Platform
                ? _global.DeleteAsync(connection.Id, cancellationToken)
                : _app.DeleteAsync(connection.Id, cancellationToken);
            await delete.ConfigureAwait(false);
            return true;
        }
        catch (ActivepiecesApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return false; // deleted concurrently
        }
        finally
        {
            _state.Ensure.Invalidate(key);
        }
    }

    private async Task<AppConnection> EnsureSlowAsync<TValue>(EnsureKey key, TValue value, CancellationToken cancellationToken)
        where TValue : IConnectionValue, IEquatable<TValue>
    {
        using var activity = ActivepiecesInstrumentation.StartOperation("Ensure", key.Descriptor, key.Descriptor.ExternalIdFor(key.ExternalProjectId));
        activity?.SetTag(ActivepiecesInstrumentation.EnsureCacheResultTag, "miss");
        var generation = _state.Ensure.Generation;
        try
        {
            return await RunEnsureFlightAsync(key, value, generation, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            ActivepiecesInstrumentation.RecordFailure(activity, e);
            throw;
        }
    }

    private Task<AppConnection> RunEnsureFlightAsync<TValue>(EnsureKey key, TValue value, long generation, CancellationToken cancellationToken)
        where TValue : IConnectionValue, IEquatable<TValue>
    {
        return _state.EnsureFlights.RunAsync(
            (key, (object)value),
            (Api: this, Key: key, Value: value, Generation: generation),
            static async (s, ct) =>
            {
                var connection = await s.Api.UpsertAsync(s.Key.Descriptor, s.Key.ExternalProjectId, s.Value, ct).ConfigureAwait(false);
                s.Api._state.Ensure.Store(
                    s.Key, s.Value, connection, s.Api._timeProvider, s.Api._cacheDuration, s.Generation, pinned: s.Value.AuthType.CarriesOAuthCode());
                return connection;
            },
            cancellationToken,
            value.AuthType.CarriesOAuthCode() ? () => SharedOAuthUpsertAbandoned(key.Descriptor) : null);
    }

    /// <summary>
    /// What a caller that joined an OAuth upsert gets when the caller that started it cancelled: the request may have been
    /// sent and its single-use code consumed, so the upsert is not started again with the same code.
    /// </summary>
    private static ActivepiecesUnavailableException SharedOAuthUpsertAbandoned(PredefinedConnectionDescriptor descriptor) =>
        new(
            ActivepiecesUnavailableReason.TransportFailure,
            HttpMethod.Post.Method,
            descriptor.Scope == ConnectionScope.Platform ? "/api/v1/global-connections" : "/api/v1/app-connections",
            oAuthCodeInRequest: true,
            retryAfter: null,
            innerException: null);

    private async Task<AppConnection> UpsertAsync<TValue>(
        PredefinedConnectionDescriptor descriptor,
        string externalProjectId,
        TValue value,
        CancellationToken cancellationToken)
        where TValue : IConnectionValue
    {
        var projectId = await _projects.GetOrCreateIdAsync(externalProjectId, cancellationToken).ConfigureAwait(false);
        try
        {
            return await UpsertForProjectAsync(descriptor, externalProjectId, projectId, value, cancellationToken).ConfigureAwait(false);
        }
        catch (ActivepiecesApiException e) when (IsUnknownProject(e))
        {
            // The cached project id is stale (the project was deleted): look the project up (or create it) once more.
            // Safe for OAuth values too: the server checks the project ids before it claims the authorization code.
            _projects.Forget(externalProjectId, projectId);
            projectId = await _projects.GetOrCreateIdAsync(externalProjectId, cancellationToken).ConfigureAwait(false);
            return await UpsertForProjectAsync(descriptor, externalProjectId, projectId, value, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task<AppConnection> UpsertForProjectAsync(
        PredefinedConnectionDescriptor descriptor,
        string externalProjectId,
        string projectId,
        IConnectionValue value,
        CancellationToken cancellationToken)
    {
        var externalId = descriptor.ExternalIdFor(externalProjectId);
        return descriptor.Scope == ConnectionScope.Platform
            ? _global.UpsertAsync(
                new GlobalConnectionUpsertRequest
                {
                    ExternalId = externalId,
                    DisplayName = descriptor.DisplayName,
                    PieceName = descriptor.PieceName,
                    PieceVersion = descriptor.PieceVersion,
                    ProjectIds = [projectId],
                    Value = value,
                },
                cancellationToken)
            : _app.UpsertAsync(
                new AppConnectionUpsertRequest
                {
                    ProjectId = projectId,
                    ExternalId = externalId,
                    DisplayName = descriptor.DisplayName,
                    PieceName = descriptor.PieceName,
                    PieceVersion = descriptor.PieceVersion,
                    Value = value,
                },
                cancellationToken);
    }

    private static bool IsUnknownProject(ActivepiecesApiException e) =>
        e.StatusCode == HttpStatusCode.NotFound
        && e.Code == "ENTITY_NOT_FOUND"
        && e.Params is { ValueKind: JsonValueKind.Object } p
        && p.TryGetProperty("entityType", out var entityType)
        && entityType.ValueKind == JsonValueKind.String
        && entityType.ValueEquals("Project");

    private static EnsureKey CheckedKey(PredefinedConnectionDescriptor descriptor, string externalProjectId)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        UrlSegment.Validate(externalProjectId, nameof(externalProjectId));
        if (string.IsNullOrWhiteSpace(externalProjectId))
        {
            throw new ArgumentException("The project external id must not be white space.", nameof(externalProjectId));
        }

        return new EnsureKey(descriptor, externalProjectId);
    }

    private static void CheckValue<TValue>(PredefinedConnectionDescriptor descriptor, TValue value)
        where TValue : IConnectionValue
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        if (value.AuthType != descriptor.AuthType)
        {
            throw new ArgumentException(
                $"The value is a {value.AuthType.ToWireName()} credential but the connection of {descriptor.PieceName} is {descriptor.AuthType.ToWireName()}.",
                nameof(value));
        }
    }
}
