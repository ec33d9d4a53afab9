using Polly;
using Polly.Telemetry;

namespace Activepieces.Transport;

/// <summary>
/// The log levels of the client pipeline's Polly events, set through <see cref="TelemetryOptions.SeverityProvider"/>.
/// Polly's own levels put every attempt at Information (one line per request) and every retry and failed attempt at
/// Warning or Error with the exception's stack trace. The client already logs the outcome of each call itself
/// (<c>ActivepiecesLog</c>: a failure once, at Warning, without a stack trace, because the exception reaches the
/// caller), and <see cref="RetryLogListener"/> logs each retry once at Information. So Polly's events stay at Debug,
/// except the circuit opening (an outage: every call now fails fast) and closing again.
/// </summary>
internal static class ResilienceLogLevels
{
    /// <summary>Polly's name of the event a circuit breaker reports when it opens.</summary>
    public const string CircuitOpened = "OnCircuitOpened";

    /// <summary>Polly's name of the event a circuit breaker reports when it closes again.</summary>
    public const string CircuitClosed = "OnCircuitClosed";

    /// <summary>The severity of one of the client pipeline's events.</summary>
    /// <param name="resilienceEvent">The event, with Polly's own severity.</param>
    /// <returns>Warning for an opened circuit, Information for a closed one, Debug for everything else.</returns>
    public static ResilienceEventSeverity SeverityOf(ResilienceEvent resilienceEvent) => resilienceEvent.EventName switch
    {
        CircuitOpened => ResilienceEventSeverity.Warning,
        CircuitClosed => ResilienceEventSeverity.Information,
        _ => ResilienceEventSeverity.Debug,
    };

    /// <summary>
    /// Applies the levels to the pipelines whose name starts with <paramref name="pipelineNamePrefix"/>, and leaves
    /// every other pipeline of the application to the severity provider it had before.
    /// </summary>
    /// <param name="options">The telemetry options Polly builds the pipelines of the service provider with.</param>
    /// <param name="pipelineNamePrefix">The client's pipelines' name prefix, e.g. <c>ActivepiecesClient-</c>.</param>
    public static void ApplyTo(TelemetryOptions options, string pipelineNamePrefix)
    {
        var previous = options.SeverityProvider;
        options.SeverityProvider = args => IsClientPipeline(args.Source, pipelineNamePrefix)
            ? SeverityOf(args.Event)
            : previous?.Invoke(args) ?? args.Event.Severity;
    }

    /// <summary>Whether an event comes from one of the client's pipelines.</summary>
    /// <param name="source">The event's source.</param>
    /// <param name="pipelineNamePrefix">The client's pipelines' name prefix.</param>
    /// <returns>True when the pipeline's name starts with the prefix.</returns>
    public static bool IsClientPipeline(ResilienceTelemetrySource source, string pipelineNamePrefix) =>
        source.PipelineName is { } name && name.StartsWith(pipelineNamePrefix, StringComparison.Ordinal);
}
