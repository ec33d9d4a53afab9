namespace Activepieces.Cli.Instance;

/// <summary>
/// The library's fleet operations (<see cref="PredefinedConnectionsClient.AuditAsync(PredefinedConnectionDescriptor, AuditOptions, CancellationToken)"/>,
/// <see cref="PredefinedConnectionsClient.RepairAsync"/>,
/// <see cref="PredefinedConnectionsClient.DiagnoseAsync(PredefinedConnectionDescriptor, string, DiagnoseOptions, CancellationToken)"/>) for the <c>connections</c> commands, with every failure turned
/// into a one-line failure that names the instance (never the key).
/// </summary>
internal sealed class ConnectionsClient : IDisposable
{
    private readonly InstanceClient<ActivepiecesClient> _instance;

    /// <exception cref="Activepieces.Cli.CommandLine.CliException">The settings are not acceptable to the client.</exception>
    public ConnectionsClient(InstanceSettings settings)
    {
        _instance = InstanceClient<ActivepiecesClient>.Create(settings, (options, time) => new ActivepiecesClient(options, null, time));
    }

    public Task<ConnectionAudit> AuditAsync(PredefinedConnectionDescriptor descriptor, AuditOptions options, CancellationToken cancellationToken) =>
        _instance.CallAsync("audit", client => client.PredefinedConnections.AuditAsync(descriptor, options, cancellationToken), cancellationToken);

    public Task<ConnectionRepair> RepairAsync(ConnectionAudit audit, CancellationToken cancellationToken) =>
        _instance.CallAsync("repair", client => client.PredefinedConnections.RepairAsync(audit, cancellationToken), cancellationToken);

    public Task<ConnectionDiagnosis> DiagnoseAsync(PredefinedConnectionDescriptor descriptor, string externalProjectId, DiagnoseOptions options, CancellationToken cancellationToken) =>
        _instance.CallAsync("doctor", client => client.PredefinedConnections.DiagnoseAsync(descriptor, externalProjectId, options, cancellationToken), cancellationToken);

    public void Dispose() => _instance.Dispose();
}
