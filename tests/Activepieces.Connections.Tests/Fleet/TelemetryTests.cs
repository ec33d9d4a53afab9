using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Activepieces.Tests.Fleet;

[Collection(TelemetryCollection.Name)]
public sealed class TelemetryTests
{
    private const string Secret = "telemetry-secret-value-1";

    private static readonly PredefinedConnectionDescriptor Gelato =
        new(TestPieceFiles.Gelato, AuthType.SecretText, "gelato_", "Gelato Connection");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Spans_cover_requests_by_route_template_and_each_operation_with_piece_and_external_id()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        using var spans = new SpanRecorder();
        var api = h.Client.PredefinedConnections;

        await api.EnsureAsync(Gelato, "org_1", new SecretTextValue(Secret), Ct);
        var ensure = Assert.Single(spans.Named("Activepieces Ensure"));
        Assert.Equal(TestPieceFiles.Gelato, ensure.GetTagItem("activepieces.piece.name"));
        Assert.Equal("gelato_org_1", ensure.GetTagItem("activepieces.connection.external_id"));
        Assert.Equal("miss", ensure.GetTagItem("activepieces.ensure.cache.result"));
        var requests = spans.All.Where(a => a.Kind == ActivityKind.Client).ToArray();
        Assert.Equal(["GET v1/projects", "POST v1/projects", "POST v1/global-connections"], requests.Select(a => a.DisplayName));
        Assert.All(requests, r => Assert.Equal(ensure.SpanId, r.ParentSpanId));
        Assert.Equal([200, 201, 201], requests.Select(r => (int)r.GetTagItem("http.response.status_code")!));
        Assert.Equal(["GET", "POST", "POST"], requests.Select(r => (string)r.GetTagItem("http.request.method")!));

        await api.EnsureAsync(Gelato, "org_1", new SecretTextValue(Secret), Ct);
        Assert.Equal("hit", spans.Named("Activepieces Ensure")[1].GetTagItem("activepieces.ensure.cache.result"));
        Assert.Equal(3, spans.All.Count(a => a.Kind == ActivityKind.Client));

        await api.CreateAsync(Gelato, "org_2", new SecretTextValue(Secret), Ct);
        await api.SyncAsync(Gelato, [("org_3", new SecretTextValue(Secret))], null, Ct);
        await api.AuditAsync(Gelato, Ct);
        await api.DiagnoseAsync(Gelato, "org_3", Ct);
        var offboarded = await h.Client.Projects.OffboardAsync("org_2", Ct);

        Assert.Equal("gelato_org_2", Assert.Single(spans.Named("Activepieces Create")).GetTagItem("activepieces.connection.external_id"));
        Assert.Equal("gelato_", Assert.Single(spans.Named("Activepieces Sync")).GetTagItem("activepieces.connection.external_id"));
        Assert.Equal(1, Assert.Single(spans.Named("Activepieces Sync")).GetTagItem("activepieces.sync.succeeded"));
        Assert.Equal(TestPieceFiles.Gelato, Assert.Single(spans.Named("Activepieces Audit")).GetTagItem("activepieces.piece.name"));
        Assert.Equal("Ok", Assert.Single(spans.Named("Activepieces Diagnose")).GetTagItem("activepieces.diagnosis.cause"));
        Assert.Equal("org_2", Assert.Single(spans.Named("Activepieces Offboard")).GetTagItem("activepieces.project.external_id"));

        // Routes are templates: the project deleted by the offboarding appears as {id}, never as its id.
        var routes = spans.All.Where(a => a.Kind == ActivityKind.Client).Select(a => (string)a.GetTagItem("http.route")!).Distinct().ToArray();
        Assert.Contains("v1/projects/{id}", routes);
        Assert.All(routes, r => Assert.DoesNotContain(offboarded.ProjectId!, r, StringComparison.Ordinal));

        // No tag of any span holds the credential or the API key.
        foreach (var span in spans.All)
        {
            foreach (var tag in span.TagObjects)
            {
                var text = Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
                Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
                Assert.DoesNotContain(h.Emulator.ApiKey, text, StringComparison.Ordinal);
            }

            Assert.DoesNotContain(Secret, span.DisplayName, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Failed_requests_and_operations_are_marked_with_the_status_and_error_type()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        using var spans = new SpanRecorder();
        h.Emulator.Faults.Add(Activepieces.Emulator.Faults.FaultRule.Always("POST", "/api/v1/projects", Activepieces.Emulator.Faults.Fault.Status(502)));
        h.Emulator.Faults.Add(Activepieces.Emulator.Faults.FaultRule.Always("GET", "/api/v1/projects", Activepieces.Emulator.Faults.Fault.Status(502)));

        await Assert.ThrowsAsync<ActivepiecesApiException>(() => h.Client.PredefinedConnections.CreateAsync(Gelato, "org_1", new SecretTextValue(Secret), Ct));

        var create = Assert.Single(spans.Named("Activepieces Create"));
        Assert.Equal(ActivityStatusCode.Error, create.Status);
        Assert.Equal(typeof(ActivepiecesApiException).FullName, create.GetTagItem("error.type"));
        var request = spans.All.First(a => a.Kind == ActivityKind.Client);
        Assert.Equal(502, request.GetTagItem("http.response.status_code"));
        Assert.Equal(ActivityStatusCode.Error, request.Status);
    }

    [Fact]
    public async Task Metrics_count_requests_by_route_and_status_cache_hits_and_misses_and_sync_outcomes()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        using var metrics = new MetricRecorder();
        var api = h.Client.PredefinedConnections;

        var items = new[] { ("org_1", new SecretTextValue(Secret)), ("org_2", new SecretTextValue(Secret)) };
        await api.SyncAsync(Gelato, items, null, Ct);
        await api.SyncAsync(Gelato, items, null, Ct);
        await api.EnsureAsync(Gelato, "org_1", new SecretTextValue(Secret), Ct);

        Assert.Equal(2, metrics.Sum(ActivepiecesTelemetry.SyncConnectionsInstrumentName, ("activepieces.sync.outcome", "succeeded")));
        Assert.Equal(2, metrics.Sum(ActivepiecesTelemetry.SyncConnectionsInstrumentName, ("activepieces.sync.outcome", "unchanged")));
        Assert.Equal(0, metrics.Sum(ActivepiecesTelemetry.SyncConnectionsInstrumentName, ("activepieces.sync.outcome", "failed")));
        Assert.Equal(2, metrics.Sum(ActivepiecesTelemetry.EnsureCacheInstrumentName, ("activepieces.ensure.cache.result", "miss")));
        Assert.Equal(1, metrics.Sum(ActivepiecesTelemetry.EnsureCacheInstrumentName, ("activepieces.ensure.cache.result", "hit")));

        // 2 project lookups, 2 creates, 2 upserts: the counter agrees with the emulator's log, by route and status.
        Assert.Equal(h.Emulator.RequestCount, metrics.Sum(ActivepiecesTelemetry.RequestsInstrumentName));
        Assert.Equal(2, metrics.Sum(ActivepiecesTelemetry.RequestsInstrumentName, ("http.request.method", "GET"), ("http.route", "v1/projects"), ("http.response.status_code", 200)));
        Assert.Equal(2, metrics.Sum(ActivepiecesTelemetry.RequestsInstrumentName, ("http.request.method", "POST"), ("http.route", "v1/projects"), ("http.response.status_code", 201)));
        Assert.Equal(2, metrics.Sum(ActivepiecesTelemetry.RequestsInstrumentName, ("http.request.method", "POST"), ("http.route", "v1/global-connections"), ("http.response.status_code", 201)));
        Assert.All(metrics.All.SelectMany(m => m.Tags), tag => Assert.DoesNotContain(Secret, Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, StringComparison.Ordinal));
    }

    private sealed class SpanRecorder : IDisposable
    {
        private readonly ActivityListener _listener;
        private readonly ConcurrentQueue<Activity> _stopped = new();

        public SpanRecorder()
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == ActivepiecesTelemetry.SourceName,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = _stopped.Enqueue,
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public IReadOnlyList<Activity> All => [.. _stopped.OrderBy(a => a.StartTimeUtc)];

        public IReadOnlyList<Activity> Named(string name) => [.. All.Where(a => a.DisplayName == name)];

        public void Dispose() => _listener.Dispose();
    }

    private sealed class MetricRecorder : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentQueue<(string Instrument, long Value, KeyValuePair<string, object?>[] Tags)> _measurements = new();

        public MetricRecorder()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == ActivepiecesTelemetry.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => _measurements.Enqueue((instrument.Name, value, tags.ToArray())));
            _listener.Start();
        }

        public IReadOnlyList<(string Instrument, long Value, KeyValuePair<string, object?>[] Tags)> All => [.. _measurements];

        public long Sum(string instrument, params (string Key, object Value)[] tags) =>
            _measurements
                .Where(m => m.Instrument == instrument && tags.All(t => m.Tags.Any(kv => kv.Key == t.Key && Equals(kv.Value, t.Value))))
                .Sum(m => m.Value);

        public void Dispose() => _listener.Dispose();
    }
}
