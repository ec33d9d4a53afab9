using System.Diagnostics.Metrics;
using System.Diagnostics;

namespace Activepieces.Telemetry;

/// <summary>
/// The client's <see cref="ActivitySource"/>, <see cref="Meter"/> and instruments (names in <see cref="ActivepiecesTelemetry"/>).
/// Tags carry methods, route templates, statuses, piece names and external ids only — never values or keys.
/// </summary>
internal static class ActivepiecesInstrumentation
{
    public const string MethodTag = "http.request.method";
    public const string RouteTag = "http.route";
    public const string StatusCodeTag = "http.response.status_code";
    public const string ErrorTypeTag = "error.type";
    public const string PieceNameTag = "activepieces.piece.name";
    public const string ExternalIdTag = "activepieces.connection.external_id";
    public const string ProjectExternalIdTag = "activepieces.project.external_id";
    public const string EnsureCacheResultTag = "activepieces.ensure.cache.result";
    public const string SyncOutcomeTag = "activepieces.sync.outcome";

    private static readonly string? Version = typeof(ActivepiecesInstrumentation).Assembly.GetName().Version?.ToString();

    public static readonly ActivitySource Source = new(ActivepiecesTelemetry.SourceName, Version);

    public static readonly Meter Meter = new(ActivepiecesTelemetry.MeterName, Version);

    public static readonly Counter<long> Requests = Meter.CreateCounter<long>(
        ActivepiecesTelemetry.RequestsInstrumentName, "{request}", "Activepieces API requests by method, route template and status.");

    public static readonly Counter<long> EnsureCache = Meter.CreateCounter<long>(
        ActivepiecesTelemetry.EnsureCacheInstrumentName, "{call}", "Ensure calls answered from the cache (hit) or by the server (miss).");

    public static readonly Counter<long> SyncConnections = Meter.CreateCounter<long>(
        ActivepiecesTelemetry.SyncConnectionsInstrumentName, "{connection}", "Connections handled by Sync, by outcome.");

    private static readonly KeyValuePair<string, object?> Hit = new(EnsureCacheResultTag, "hit");
    private static readonly KeyValuePair<string, object?> Miss = new(EnsureCacheResultTag, "miss");

    /// <summary>Whether anything listens to the request span or the request counter (the route is computed only then).</summary>
    public static bool RequestsObserved => Source.HasListeners() || Requests.Enabled;

    /// <summary>Starts the span of one operation on one connection, or returns null when nobody listens.</summary>
    public static Activity? StartOperation(string name, PredefinedConnectionDescriptor descriptor, string? externalId)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var activity = Source.StartActivity("Activepieces " + name, ActivityKind.Internal);
        if (activity is not null)
        {
            activity.SetTag(PieceNameTag, descriptor.PieceName);
            activity.SetTag(ExternalIdTag, externalId);
        }

        return activity;
    }

    /// <summary>Starts the span of an operation on one project (all its connections, whatever the piece), or returns null.</summary>
    public static Activity? StartProjectOperation(string name, string externalProjectId)
    {
        var activity = Source.HasListeners() ? Source.StartActivity("Activepieces " + name, ActivityKind.Internal) : null;
        activity?.SetTag(ProjectExternalIdTag, externalProjectId);
        return activity;
    }

    /// <summary>Marks an operation span failed with the exception's type (its message may name ids; the type never does).</summary>
    public static void RecordFailure(Activity? activity, Exception exception)
    {
        if (activity is not null)
        {
            activity.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            activity.SetTag(ErrorTypeTag, exception.GetType().FullName);
        }
    }

    public static void CountEnsure(bool hit) => EnsureCache.Add(1, hit ? Hit : Miss);

    public static void CountSync(string outcome) => SyncConnections.Add(1, new KeyValuePair<string, object?>(SyncOutcomeTag, outcome));
}
