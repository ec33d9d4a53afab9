using System.Net;
using Activepieces.Provisioning.Distributed;
using Activepieces.Resources.Connections;
using Activepieces.Telemetry;
using Activepieces.Values;

namespace Activepieces.Provisioning;

/// <summary>
/// "One connection per customer project": Create, Ensure (cached, single-flight), Get and Delete of
/// <c>{prefix}{externalProjectId}</c>, each traced as an operation.
/// </summary>
internal sealed class ConnectionProvisioner
{
    private readonly ProjectDirectory _projects;
    private readonly GlobalConnectionsResource _global;
    private readonly AppConnectionsResource _app;
    private readonly ConnectionUpserter _upserter;
    private readonly ActivepiecesClientState _state;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _cacheDuration;

    public ConnectionProvisioner(
        ProjectDirectory projects,
        GlobalConnectionsResource global,
        AppConnectionsResource app,
        ActivepiecesClientState state,
        TimeProvider timeProvider,
        TimeSpan cacheDuration)
    {
        _projects = projects;
        _global = global;
        _app = app;
        _upserter = new ConnectionUpserter(projects, global, app);
        _state = state;
        _timeProvider = timeProvider;
        _cacheDuration = cacheDuration;
    }

    public async Task<AppConnection> CreateAsync<TValue>(
        PredefinedConnectionDescriptor descriptor,
        string externalProjectId,
        TValue value,
        CancellationToken cancellationToken)
        where TValue : IConnectionValue
    {
        var key = ProvisioningArguments.CheckedKey(descriptor, externalProjectId);
        ProvisioningArguments.CheckValue(descriptor, value);
        await InvalidateAsync(key).ConfigureAwait(false);
        using var activity = ActivepiecesInstrumentation.StartOperation("Create", descriptor, descriptor.ExternalIdFor(externalProjectId));
        try
        {
            return await _upserter.UpsertAsync(descriptor, externalProjectId, value, cancellationToken).ConfigureAwait(false);
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
        CancellationToken cancellationToken)
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

        ProvisioningArguments.CheckedKey(descriptor, externalProjectId);
        ProvisioningArguments.CheckValue(descriptor, value);
        ActivepiecesInstrumentation.CountEnsure(hit: false);
        return new ValueTask<AppConnection>(EnsureSlowAsync(key, value, cancellationToken));
    }

    public async Task<AppConnection?> GetAsync(
        PredefinedConnectionDescriptor descriptor,
        string externalProjectId,
        CancellationToken cancellationToken)
    {
        ProvisioningArguments.CheckedKey(descriptor, externalProjectId);
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
        await foreach (var connection in connections.ConfigureAwait(false))
        {
            if (string.Equals(connection.ExternalId, externalId, StringComparison.Ordinal)
                && connection.Scope == descriptor.Scope
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
        CancellationToken cancellationToken)
    {
        var key = ProvisioningArguments.CheckedKey(descriptor, externalProjectId);
        await InvalidateAsync(key).ConfigureAwait(false);
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
            await InvalidateAsync(key).ConfigureAwait(false);
        }
    }

    /// <summary>Whether this client's Ensure cache holds an equal value for the org (an Ensure would send nothing).</summary>
    public bool IsCurrent<TValue>(PredefinedConnectionDescriptor descriptor, string externalProjectId, TValue value)
        where TValue : IConnectionValue, IEquatable<TValue> =>
        (_cacheDuration > TimeSpan.Zero || value.AuthType.CarriesOAuthCode())
        && _state.Ensure.TryGet(new EnsureKey(descriptor, externalProjectId), value, _timeProvider, _cacheDuration, out _);

    /// <summary>
    /// Forgets what Ensure stored for the org of a connection that was deleted behind its back, here and, awaited, in the
    /// shared cache: when this completes, no replica's next shared read finds the entry.
    /// </summary>
    public Task ForgetAsync(PredefinedConnectionDescriptor descriptor, string externalProjectId) =>
        InvalidateAsync(new EnsureKey(descriptor, externalProjectId)).AsTask();

    /// <summary>Removes the org's Ensure entry here and, awaited, from the shared cache.</summary>
    private async ValueTask InvalidateAsync(EnsureKey key)
    {
        _state.Ensure.Invalidate(key);
        if (_state.Shared is { } shared)
        {
            await shared.RemoveEnsureAsync(key).ConfigureAwait(false);
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
            (Provisioner: this, Key: key, Value: value, Generation: generation),
            static async (s, ct) =>
            {
                var connection = s.Provisioner._state.Shared is { } shared
                    ? await SharedEnsure.RunAsync(shared, s.Provisioner._projects, s.Provisioner._upserter, s.Key, s.Value, ct).ConfigureAwait(false)
                    : await s.Provisioner._upserter.UpsertAsync(s.Key.Descriptor, s.Key.ExternalProjectId, s.Value, ct).ConfigureAwait(false);
                s.Provisioner._state.Ensure.Store(
                    s.Key, s.Value, connection, s.Provisioner._timeProvider, s.Provisioner._cacheDuration, s.Generation, pinned: s.Value.AuthType.CarriesOAuthCode());
                return connection;
            },
            cancellationToken,
            value.AuthType.CarriesOAuthCode() ? () => SharedOAuthUpsertAbandoned(key.Descriptor) : null);
    }

    /// <summary>
    /// What a caller that joined an OAuth upsert gets when the caller that started it cancelled: the request may have been
    /// sent and its single-use code consumed, so the upsert is not started again with the same code.
    /// </summary>
    private ActivepiecesUnavailableException SharedOAuthUpsertAbandoned(PredefinedConnectionDescriptor descriptor) =>
        ActivepiecesUnavailableException.Create(
            ActivepiecesUnavailableReason.TransportFailure,
            HttpMethod.Post.Method,
            _upserter.UpsertPath(descriptor),
            oAuthCodeInRequest: true,
            retryAfter: null,
            innerException: null);
}
