using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Telemetry;

namespace Activepieces.Transport;

/// <summary>
/// Configures the service provider's Polly <see cref="TelemetryOptions"/> for the client's pipelines: their log levels
/// (<see cref="ResilienceLogLevels"/>) and the one Information line per retry (<see cref="RetryLogListener"/>). Other
/// pipelines of the application keep their levels. Registered once by <c>AddActivepieces</c>, so that a default web
/// app logs nothing from the client at Information while calls succeed.
/// </summary>
internal sealed class ResilienceTelemetrySetup : IConfigureOptions<TelemetryOptions>
{
    private readonly string _pipelineNamePrefix;
    private readonly ILogger? _logger;

    /// <summary>Creates the setup.</summary>
    /// <param name="pipelineNamePrefix">The client's pipelines' name prefix (the HTTP client's name and <c>-</c>).</param>
    /// <param name="logger">The client's logger; null when the application has no logging.</param>
    public ResilienceTelemetrySetup(string pipelineNamePrefix, ILogger? logger)
    {
        _pipelineNamePrefix = pipelineNamePrefix;
        _logger = logger;
    }

    /// <inheritdoc />
    public void Configure(TelemetryOptions options)
    {
        ResilienceLogLevels.ApplyTo(options, _pipelineNamePrefix);
        if (_logger is not null)
        {
            options.TelemetryListeners.Add(new RetryLogListener(_pipelineNamePrefix, _logger, ActivepiecesResilience.MaxRetryAttempts));
        }
    }
}
