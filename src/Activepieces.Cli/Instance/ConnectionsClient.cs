using System.Net;
using Activepieces.Cli.CommandLine;

namespace Activepieces.Cli.Instance;

/// <summary>
/// The library's fleet operations (<see cref="PredefinedConnectionsClient.AuditAsync"/>, <see cref="PredefinedConnectionsClient.RepairAsync"/>,
/// <see cref="PredefinedConnectionsClient.DiagnoseAsync"/>) for the <c>connections</c> commands, with every failure turned
/// into a one-line <see cref="CliException"/> that names the instance (never the key).
/// </summary>
internal sealed class ConnectionsClient : IDisposable
{
    private readonly InstanceClient _instance;

    /// <exception cref="CliException">The settings are not acceptable to the client.</exception>
    public ConnectionsClient(InstanceSettings settings)
    {
        _instance = InstanceClient.Create(settings);
    }

    public Task<ConnectionAudit> AuditAsync(PredefinedConnectionDescriptor descriptor, CancellationToken cancellationToken) =>
        CallAsync("audit", () => _instance.Client.PredefinedConnections.AuditAsync(descriptor, cancellationToken), cancellationToken);

    public Task<ConnectionRepair> RepairAsync(ConnectionAudit audit, CancellationToken cancellationToken) =>
        CallAsync("repair", () => _instance.Client.PredefinedConnections.RepairAsync(audit, cancellationToken), cancellationToken);

    public Task<ConnectionDiagnosis> DiagnoseAsync(PredefinedConnectionDescriptor descriptor, string externalProjectId, CancellationToken cancellationToken) =>
        CallAsync("doctor", () => _instance.Client.PredefinedConnections.DiagnoseAsync(descriptor, externalProjectId, cancellationToken), cancellationToken);

    public void Dispose() => _instance.Dispose();

    private async Task<T> CallAsync<T>(string what, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (ActivepiecesApiException exception) when (exception.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new CliException($"{what}: {_instance.InstanceUrl} refused the request ({(int)exception.StatusCode}{Code(exception)}); check the API key.", exception);
        }
        catch (ActivepiecesApiException exception) when (exception.StatusCode == HttpStatusCode.PaymentRequired)
        {
            throw new CliException($"{what}: {_instance.InstanceUrl} answered 402{Code(exception)}: the platform's plan has no global connections.", exception);
        }
        catch (ActivepiecesApiException exception) when (exception.StatusCode != 0)
        {
            throw new CliException($"{what}: {_instance.InstanceUrl} answered {(int)exception.StatusCode} {exception.StatusCode}{Code(exception)} ({exception.Method} {exception.Path}).", exception);
        }
        catch (ActivepiecesException exception)
        {
            throw new CliException($"{what}: {_instance.InstanceUrl}: {exception.Message}", exception);
        }
        catch (HttpRequestException exception)
        {
            throw new CliException($"{what}: cannot reach {_instance.InstanceUrl} ({exception.Message}).", exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CliException($"{what}: {_instance.InstanceUrl} did not answer within {InstanceClient.Timeout.TotalSeconds:0} s.", exception);
        }
    }

    private static string Code(ActivepiecesApiException exception) => exception.Code is null ? string.Empty : " " + exception.Code;
}
