using System.Globalization;
using System.Net;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Activepieces.Client;

/// <summary>
/// Whether the instance answers and accepts the key, by one cheap authenticated request through the client's own
/// pipeline: Healthy when it answers, Degraded while the circuit is open or the server paces the client (429), the
/// registration's failure status (Unhealthy by default) on 401/403, no answer or another error. Descriptions name the
/// method, path and status only: the client's messages never hold the key.
/// </summary>
internal sealed class ActivepiecesHealthCheck : IHealthCheck
{
    private readonly ActivepiecesClient _client;

    public ActivepiecesHealthCheck(ActivepiecesClient client) => _client = client;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var failureStatus = context.Registration.FailureStatus;
        try
        {
            await _client.ProbeAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy("The Activepieces instance answered and accepted the API key.");
        }
        catch (ActivepiecesUnavailableException e) when (e.Reason == ActivepiecesUnavailableReason.CircuitBroken)
        {
            var retry = e.RetryAfter is { } after ? string.Create(CultureInfo.InvariantCulture, $"; next attempt in {Math.Ceiling(after.TotalSeconds)} s") : string.Empty;
            return HealthCheckResult.Degraded("The circuit breaker is open after repeated Activepieces failures" + retry + ".", e);
        }
        catch (ActivepiecesApiException e) when (e.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            return new HealthCheckResult(
                failureStatus,
                string.Create(CultureInfo.InvariantCulture, $"The Activepieces instance rejected the API key ({(int)e.StatusCode})."),
                e);
        }
        catch (ActivepiecesApiException e) when (e.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return HealthCheckResult.Degraded("The Activepieces instance is rate-limiting this client (429).", e);
        }
        catch (ActivepiecesException e)
        {
            return new HealthCheckResult(failureStatus, e.Message, e);
        }
    }
}
