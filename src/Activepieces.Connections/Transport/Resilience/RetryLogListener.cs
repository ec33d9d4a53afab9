using System.Net.Http;
using Activepieces.Telemetry;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Telemetry;

namespace Activepieces.Transport;

/// <summary>
/// Logs each retry of the client's pipelines once, at Information, with what it retries (method and path), why (the
/// status or the exception's type) and when; never the exception's stack trace, headers, query or body. Polly's own
/// retry event stays at Debug (<see cref="ResilienceLogLevels"/>).
/// </summary>
internal sealed class RetryLogListener : TelemetryListener
{
    private readonly string _pipelineNamePrefix;
    private readonly ILogger _logger;
    private readonly int _maxRetryAttempts;

    /// <summary>Creates the listener.</summary>
    /// <param name="pipelineNamePrefix">The client's pipelines' name prefix; events of other pipelines are ignored.</param>
    /// <param name="logger">The client's logger.</param>
    /// <param name="maxRetryAttempts">The retries a request gets at most, for the message.</param>
    public RetryLogListener(string pipelineNamePrefix, ILogger logger, int maxRetryAttempts)
    {
        _pipelineNamePrefix = pipelineNamePrefix;
        _logger = logger;
        _maxRetryAttempts = maxRetryAttempts;
    }

    /// <inheritdoc />
    public override void Write<TResult, TArgs>(in TelemetryEventArguments<TResult, TArgs> args)
    {
        if (typeof(TArgs) != typeof(OnRetryArguments<HttpResponseMessage>)
            || !_logger.IsEnabled(LogLevel.Information)
            || !ResilienceLogLevels.IsClientPipeline(args.Source, _pipelineNamePrefix))
        {
            return;
        }

        var retry = (OnRetryArguments<HttpResponseMessage>)(object)args.Arguments!;
        var request = args.Context.GetRequestMessage();
        var reason = retry.Outcome.Result is { } response
            ? ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : retry.Outcome.Exception?.GetType().Name ?? "unknown";
        ActivepiecesLog.Retrying(
            _logger,
            request?.Method.Method ?? "?",
            request?.RequestUri?.AbsolutePath ?? "?",
            reason,
            retry.AttemptNumber + 1,
            _maxRetryAttempts,
            retry.RetryDelay.TotalMilliseconds);
    }
}
