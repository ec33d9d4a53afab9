using Activepieces;
using Activepieces.Client;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Activepieces health check: <c>services.AddHealthChecks().AddActivepieces()</c>.</summary>
public static class ActivepiecesHealthChecksBuilderExtensions
{
    /// <summary>
    /// Adds a check that sends one cheap authenticated request (<c>GET /api/v1/projects?limit=1</c>) with the
    /// <see cref="ActivepiecesClient"/> of <c>services.AddActivepieces(…)</c>: Healthy when the instance answers and
    /// accepts the key, Degraded while the client's circuit breaker is open or the server answers 429,
    /// <paramref name="failureStatus"/> on 401/403, no answer or another error. The description never holds the key.
    /// </summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="name">The check's name; default <c>activepieces</c>.</param>
    /// <param name="failureStatus">The status of a failed check; default <see cref="HealthStatus.Unhealthy"/>.</param>
    /// <param name="tags">Tags to filter checks by, e.g. <c>ready</c>.</param>
    /// <param name="timeout">How long the check may take; default the health check service's.</param>
    /// <returns>The builder.</returns>
    public static IHealthChecksBuilder AddActivepieces(
        this IHealthChecksBuilder builder,
        string name = "activepieces",
        HealthStatus? failureStatus = null,
        IEnumerable<string>? tags = null,
        TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return builder.Add(new HealthCheckRegistration(
            name,
            static provider => new ActivepiecesHealthCheck(provider.GetRequiredService<ActivepiecesClient>()),
            failureStatus,
            tags,
            timeout));
    }
}
