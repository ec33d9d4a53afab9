namespace Activepieces.Connections.Generators.Tests.Infrastructure;

/// <summary>An <see cref="IActivepiecesClient"/> whose <see cref="IPredefinedConnectionsApi"/> records each call.</summary>
internal sealed class RecordingClient : IActivepiecesClient, IPredefinedConnectionsApi
{
    public static readonly AppConnection Connection = new()
    {
        Id = "conn_1",
        ExternalId = "x",
        DisplayName = "x",
        Type = "CUSTOM_AUTH",
        PieceName = "x",
        Scope = "PLATFORM",
        Status = "ACTIVE",
    };

    public List<RecordedCall> Calls { get; } = [];

    public IPredefinedConnectionsApi PredefinedConnections => this;

    public IProjectsApi Projects => throw new NotSupportedException("The generated code only uses PredefinedConnections.");

    public IGlobalConnectionsApi GlobalConnections => throw new NotSupportedException("The generated code only uses PredefinedConnections.");

    public IAppConnectionsApi AppConnections => throw new NotSupportedException("The generated code only uses PredefinedConnections.");

    public IPiecesApi Pieces => throw new NotSupportedException("The generated code only uses PredefinedConnections.");

    public Task<AppConnection> CreateAsync<TValue>(PredefinedConnectionDescriptor descriptor, string externalProjectId, TValue value, CancellationToken cancellationToken = default)
        where TValue : IConnectionValue
    {
        Calls.Add(new RecordedCall("Create", descriptor, externalProjectId, value, cancellationToken));
        return Task.FromResult(Connection);
    }

    public ValueTask<AppConnection> EnsureAsync<TValue>(PredefinedConnectionDescriptor descriptor, string externalProjectId, TValue value, CancellationToken cancellationToken = default)
        where TValue : IConnectionValue, IEquatable<TValue>
    {
        Calls.Add(new RecordedCall("Ensure", descriptor, externalProjectId, value, cancellationToken));
        return ValueTask.FromResult(Connection);
    }

    public Task<AppConnection?> GetAsync(PredefinedConnectionDescriptor descriptor, string externalProjectId, CancellationToken cancellationToken = default)
    {
        Calls.Add(new RecordedCall("Get", descriptor, externalProjectId, null, cancellationToken));
        return Task.FromResult<AppConnection?>(Connection);
    }

    public Task<bool> DeleteAsync(PredefinedConnectionDescriptor descriptor, string externalProjectId, CancellationToken cancellationToken = default)
    {
        Calls.Add(new RecordedCall("Delete", descriptor, externalProjectId, null, cancellationToken));
        return Task.FromResult(true);
    }

    public Task<SyncResult> SyncAsync<TValue>(PredefinedConnectionDescriptor descriptor, IAsyncEnumerable<(string ExternalProjectId, TValue Value)> items, SyncOptions? options = null, CancellationToken cancellationToken = default)
        where TValue : IConnectionValue, IEquatable<TValue>
    {
        Calls.Add(new RecordedCall("Sync", descriptor, string.Empty, items, cancellationToken, options));
        return Task.FromResult(new SyncResult(0, 0, []));
    }

    public Task<SyncResult> SyncAsync<TValue>(PredefinedConnectionDescriptor descriptor, IEnumerable<(string ExternalProjectId, TValue Value)> items, SyncOptions? options = null, CancellationToken cancellationToken = default)
        where TValue : IConnectionValue, IEquatable<TValue>
    {
        Calls.Add(new RecordedCall("Sync", descriptor, string.Empty, items, cancellationToken, options));
        return Task.FromResult(new SyncResult(0, 0, []));
    }

    public Task<ConnectionAudit> AuditAsync(PredefinedConnectionDescriptor descriptor, CancellationToken cancellationToken = default)
    {
        Calls.Add(new RecordedCall("Audit", descriptor, string.Empty, null, cancellationToken));
        return Task.FromResult(new ConnectionAudit(descriptor, 0, 0, []));
    }

    public Task<ConnectionRepair> RepairAsync(ConnectionAudit audit, CancellationToken cancellationToken = default)
    {
        Calls.Add(new RecordedCall("Repair", audit.Descriptor, string.Empty, audit, cancellationToken));
        return Task.FromResult(new ConnectionRepair([], []));
    }

    public Task<ConnectionDiagnosis> DiagnoseAsync(PredefinedConnectionDescriptor descriptor, string externalProjectId, CancellationToken cancellationToken = default)
    {
        Calls.Add(new RecordedCall("Diagnose", descriptor, externalProjectId, null, cancellationToken));
        return Task.FromResult(new ConnectionDiagnosis(DiagnosisCause.Ok, "p", Connection, "ok"));
    }
}

/// <summary>One call to <see cref="RecordingClient"/>: the value is the connection, or the items of a sync.</summary>
internal sealed record RecordedCall(
    string Operation,
    PredefinedConnectionDescriptor Descriptor,
    string ExternalProjectId,
    object? Value,
    CancellationToken CancellationToken,
    SyncOptions? Options = null);
