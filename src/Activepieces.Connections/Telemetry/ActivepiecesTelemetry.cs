namespace Activepieces;

/// <summary>
/// The names under which the client publishes traces and metrics, for an OpenTelemetry setup:
/// <c>.WithTracing(t =&gt; t.AddSource(ActivepiecesTelemetry.SourceName))</c> and
/// <c>.WithMetrics(m =&gt; m.AddMeter(ActivepiecesTelemetry.MeterName))</c>.
/// </summary>
/// <remarks>
/// <para>
/// Spans: one per API request (kind Client, named <c>{METHOD} {route}</c>, tagged <c>http.request.method</c>,
/// <c>http.route</c> — the route template such as <c>v1/projects/{id}</c>, never a path with ids —,
/// <c>http.response.status_code</c> and, when no answer came, <c>error.type</c>), one per Create, Ensure, Sync,
/// Audit, Repair and Diagnose, tagged <c>activepieces.piece.name</c> and <c>activepieces.connection.external_id</c>
/// (the external id prefix for the fleet operations), and one per Offboard, tagged
/// <c>activepieces.project.external_id</c>.
/// </para>
/// <para>
/// Metrics: <see cref="RequestsInstrumentName"/>, <see cref="EnsureCacheInstrumentName"/> and
/// <see cref="SyncConnectionsInstrumentName"/>. No tag ever holds a credential, a connection value or the API key.
/// </para>
/// </remarks>
public static class ActivepiecesTelemetry
{
    /// <summary>The name of the <see cref="System.Diagnostics.ActivitySource"/>: <c>Activepieces.Connections</c>.</summary>
    public const string SourceName = "Activepieces.Connections";

    /// <summary>The name of the <see cref="System.Diagnostics.Metrics.Meter"/>: <c>Activepieces.Connections</c>.</summary>
    public const string MeterName = "Activepieces.Connections";

    /// <summary>
    /// Counter of API requests, tagged <c>http.request.method</c>, <c>http.route</c> and <c>http.response.status_code</c>
    /// (or <c>error.type</c> when no answer came).
    /// </summary>
    public const string RequestsInstrumentName = "activepieces.client.requests";

    /// <summary>Counter of Ensure calls, tagged <c>activepieces.ensure.cache.result</c> = <c>hit</c> or <c>miss</c>.</summary>
    public const string EnsureCacheInstrumentName = "activepieces.ensure.cache";

    /// <summary>
    /// Counter of the connections a Sync handled, tagged <c>activepieces.sync.outcome</c> = <c>succeeded</c>,
    /// <c>unchanged</c> or <c>failed</c>.
    /// </summary>
    public const string SyncConnectionsInstrumentName = "activepieces.sync.connections";
}
