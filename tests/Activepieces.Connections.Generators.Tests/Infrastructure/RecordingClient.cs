namespace Activepieces.Connections.Generators.Tests.Infrastructure;

/// <summary>
/// An <see cref="ActivepiecesClient"/> mocked the way users mock it (derived, through the protected constructors), whose
/// <see cref="PredefinedConnectionsClient"/> records each call; every other member throws.
/// </summary>
internal sealed class RecordingClient : ActivepiecesClient
{
    private readonly RecordingPredefinedConnections _predefined = new();

    public static AppConnection Connection => RecordingPredefinedConnections.Connection;

    public List<RecordedCall> Calls => _predefined.Calls;

    public override PredefinedConnectionsClient PredefinedConnections => _predefined;
}

/// <summary>The <see cref="PredefinedConnectionsClient"/> of <see cref="RecordingClient"/>.</summary>
internal sealed class RecordingPredefinedConnections : PredefinedConnectionsClient
{
    public static readonly AppConnection Connection = new()
    {
        Id = "conn_1",
        ExternalId = "x",
        DisplayName = "x",
        Type = AuthType.CustomAuth,
        PieceName = "x",
        Scope = ConnectionScope.Platform,
        Status = AppConnectionStatus.Active,
    };

    public List<RecordedCall> Calls { get; } = [];

    public override Task<AppConnection> CreateAsync<TValue>(PredefinedConnectionDescriptor descriptor, string externalProjectId, TValue value, CancellationToken cancellationToken = default)
    {
        Calls.Add(new RecordedCall("Create", descriptor, externalProjectId, value, cancellationToken));
        return Task.FromResult(Connection);
    }

    public override ValueTask<AppConnection> EnsureAsync<TValue>(PredefinedConnectionDescriptor descriptor, string externalProjectId, TValue value, CancellationToken cancellationToken = default)
    {
        Calls.Add(new RecordedCall("Ensure", descriptor, externalProjectId, value, cancellationToken));
        return ValueTask.FromResult(Connection);
    }

    public override Task<AppConnection?> GetAsync(PredefinedConnectionDescriptor descriptor, string externalProjectId, CancellationToken cancellationToken = default)
    {
        Calls.Add(new RecordedCall("Get", descriptor, externalProjectId, null, cancellationToken));
        return Task.FromResult<AppConnection?>(Connection);
    }

    public override Task<bool> DeleteAsync(PredefinedConnectionDescriptor descriptor, string externalProjectId, CancellationToken cancellationToken = default)
    {
        Calls.Add(new RecordedCall("Delete", descriptor, externalProjectId, null, cancellationToken));
        return Task.FromResult(true);
    }

    public override Task<SyncResult> SyncAsync<TValue>(PredefinedConnectionDescriptor descriptor, IAsyncEnumerable<(string ExternalProjectId, TValue Value)> items, SyncOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls.Add(new RecordedCall("Sync", descriptor, string.Empty, items, cancellationToken, options));
        return Task.FromResult(new SyncResult(0, 0, []));
    }

    public override Task<SyncResult> SyncAsync<TValue>(PredefinedConnectionDescriptor descriptor, IEnumerable<(string ExternalProjectId, TValue Value)> items, SyncOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls.Add(new RecordedCall("Sync", descriptor, string.Empty, items, cancellationToken, options));
        return Task.FromResult(new SyncResult(0, 0, []));
    }

    public override Task<ConnectionAudit> AuditAsync(PredefinedConnectionDescriptor descriptor, CancellationToken cancellationToken = default)
    {
        Calls.Add(new RecordedCall("Audit", descriptor, string.Empty, null, cancellationToken));
        return Task.FromResult(new ConnectionAudit(descriptor, 0, 0, []));
    }

    public override Task<ConnectionAudit> AuditAsync(PredefinedConnectionDescriptor descriptor, AuditOptions options, CancellationToken cancellationToken = default)
    {
        Calls.Add(new RecordedCall("Audit", descriptor, string.Empty, null, cancellationToken, options));
        return Task.FromResult(new ConnectionAudit(descriptor, 0, 0, []));
    }

    public override Task<ConnectionRepair> RepairAsync(ConnectionAudit audit, CancellationToken cancellationToken = default)
    {
        Calls.Add(new RecordedCall("Repair", audit.Descriptor, string.Empty, audit, cancellationToken));
        return Task.FromResult(new ConnectionRepair([], []));
    }

    public override Task<ConnectionDiagnosis> DiagnoseAsync(PredefinedConnectionDescriptor descriptor, string externalProjectId, CancellationToken cancellationToken = default)
    {
        Calls.Add(new RecordedCall("Diagnose", descriptor, externalProjectId, null, cancellationToken));
        return Task.FromResult(new ConnectionDiagnosis(DiagnosisCause.Ok, "p", Connection, "ok"));
    }

    public override Task<ConnectionDiagnosis> DiagnoseAsync(PredefinedConnectionDescriptor descriptor, string externalProjectId, DiagnoseOptions options, CancellationToken cancellationToken = default)
    {
        Calls.Add(new RecordedCall("Diagnose", descriptor, externalProjectId, null, cancellationToken, options));
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
    object? Options = null);
