using System.Net;
using Activepieces.Cli.CommandLine;

namespace Activepieces.Cli.Instance;

/// <summary>
/// The library's fleet operations (<see cref="IPredefinedConnectionsApi.AuditAsync"/>, <see cref="IPredefinedConnectionsApi.RepairAsync"/>,
/// <see cref="IPredefinedConnectionsApi.DiagnoseAsync"/>) for the <c>connections</c> commands, with every failure turned
/// into a one-line <see cref="CliException"/> that names the instance (never the key).
/// </summary>
internal sealed class ConnectionsClient : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private readonly HttpClient _http;
    private readonly ActivepiecesClient _client;
    private readonly Uri _instanceUrl;

    public ConnectionsClient(InstanceSettings settings)
    {
        _instanceUrl = settings.InstanceUrl;
        var options = new ActivepiecesOptions { InstanceUrl = settings.InstanceUrl, ApiKey = settings.ApiKey };
        var failure = ActivepiecesOptionsValidator.GetFailure(options);
        if (failure is not null)
        {
            throw new CliException(failure.Replace($"{nameof(ActivepiecesOptions)}.{nameof(ActivepiecesOptions.InstanceUrl)}", "--instance", StringComparison.Ordinal)
                .Replace($"{nameof(ActivepiecesOptions)}.{nameof(ActivepiecesOptions.ApiKey)}", "--api-key", StringComparison.Ordinal));
        }

        _http = new HttpClient { Timeout = Timeout };
        _client = new ActivepiecesClient(_http, options);
    }

    public Task<ConnectionAudit> AuditAsync(PredefinedConnectionDescriptor descriptor, CancellationToken cancellationToken) =>
        CallAsync("audit", () => _client.PredefinedConnections.AuditAsync(descriptor, cancellationToken), cancellationToken);

    public Task<ConnectionRepair> RepairAsync(ConnectionAudit audit, CancellationToken cancellationToken) =>
        CallAsync("repair", () => _client.PredefinedConnections.RepairAsync(audit, cancellationToken), cancellationToken);

    public Task<ConnectionDiagnosis> DiagnoseAsync(PredefinedConnectionDescriptor descriptor, string externalProjectId, CancellationToken cancellationToken) =>
        CallAsync("doctor", () => _client.PredefinedConnections.DiagnoseAsync(descriptor, externalProjectId, cancellationToken), cancellationToken);

    public void Dispose()
    {
        _client.Dispose();
        _http.Dispose();
    }

    private async Task<T> CallAsync<T>(string what, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (ActivepiecesApiException exception) when (exception.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new CliException($"{what}: {_instanceUrl} refused the request ({(int)exception.StatusCode}{Code(exception)}); check the API key.", exception);
        }
        catch (ActivepiecesApiException exception) when (exception.StatusCode == HttpStatusCode.PaymentRequired)
        {
            throw new CliException($"{what}: {_instanceUrl} answered 402{Code(exception)}: the platform's plan has no global connections.", exception);
        }
        catch (ActivepiecesApiException exception) when (exception.StatusCode != 0)
        {
            throw new CliException($"{what}: {_instanceUrl} answered {(int)exception.StatusCode} {exception.StatusCode}{Code(exception)} ({exception.Method} {exception.Path}).", exception);
        }
        catch (ActivepiecesException exception)
        {
            throw new CliException($"{what}: {_instanceUrl}: {exception.Message}", exception);
        }
        catch (HttpRequestException exception)
        {
            throw new CliException($"{what}: cannot reach {_instanceUrl} ({exception.Message}).", exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CliException($"{what}: {_instanceUrl} did not answer within {Timeout.TotalMinutes:0} min.", exception);
        }
    }

    private static string Code(ActivepiecesApiException exception) => exception.Code is null ? string.Empty : " " + exception.Code;
}
