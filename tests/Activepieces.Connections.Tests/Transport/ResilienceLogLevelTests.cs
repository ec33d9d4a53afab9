using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Activepieces.Tests.Support;
using Activepieces.Transport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Polly;
using Polly.Telemetry;

namespace Activepieces.Tests.Transport;

/// <summary>
/// What a default application logs for the DI client, every category counted (the client's and Polly's) with the
/// minimum level at Trace: successful calls log nothing at Information, a retry logs one Information line, and a call
/// that fails logs one Warning, with no stack trace at Information or above.
/// </summary>
public sealed class ResilienceLogLevelTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ServiceProvider Build(HttpMessageHandler primary, FakeLogCollector logs, Action<IServiceCollection>? customize = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(logs)));
        customize?.Invoke(services);
        var builder = services.AddActivepieces(o =>
        {
            o.InstanceUrl = TestData.InstanceUrl;
            o.ApiKey = TestData.ApiKey;
        });
        builder.ConfigurePrimaryHttpMessageHandler(() => primary);

        // No backoff, so that the retries run at once on the real clock.
        services.Configure<HttpStandardResilienceOptions>(builder.Name + "-standard", o =>
        {
            o.Retry.Delay = TimeSpan.Zero;
            o.Retry.UseJitter = false;
        });
        return services.BuildServiceProvider();
    }

    private static HttpResponseMessage Unavailable()
    {
        var response = FakeHttpHandler.Json(HttpStatusCode.ServiceUnavailable, """{"statusCode":503,"error":"x","message":"x"}""");
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.Zero);
        return response;
    }

    private static int Count(FakeLogCollector logs, LogLevel level) => logs.GetSnapshot().Count(r => r.Level == level);

    private static string Dump(FakeLogCollector logs) =>
        string.Join(Environment.NewLine, logs.GetSnapshot().Select(r => $"{r.Level} [{r.Category}] {r.Message}"));

    [Fact]
    public async Task Successful_calls_log_at_debug_only()
    {
        var logs = new FakeLogCollector();
        var handler = new FakeHttpHandler(_ => FakeHttpHandler.Json(TestData.Page()));
        await using var provider = Build(handler, logs);
        var client = provider.GetRequiredService<ActivepiecesClient>();

        for (var call = 0; call < 10; call++)
        {
            Assert.Null(await client.Projects.GetByExternalIdAsync("org_" + call, Ct));
        }

        Assert.Equal(10, handler.Requests.Count);
        Assert.True(Count(logs, LogLevel.Information) == 0, Dump(logs));
        Assert.True(Count(logs, LogLevel.Warning) + Count(logs, LogLevel.Error) == 0, Dump(logs));

        // Polly's attempts are still there for whoever turns Debug on: one per request, from its own category.
        var attempts = logs.GetSnapshot().Where(r => r.Category == "Polly" && r.Id.Name == "ExecutionAttempt").ToList();
        Assert.Equal(10, attempts.Count);
        Assert.All(attempts, r => Assert.Equal(LogLevel.Debug, r.Level));
        Assert.Equal(10, logs.GetSnapshot().Count(r => r.Category == typeof(ActivepiecesClient).FullName && r.Level == LogLevel.Debug));
    }

    [Fact]
    public async Task A_retried_call_logs_one_information_line_that_names_the_request_and_the_status()
    {
        var logs = new FakeLogCollector();
        var attempts = 0;
        var handler = new FakeHttpHandler(_ => Interlocked.Increment(ref attempts) == 1 ? Unavailable() : FakeHttpHandler.Json(TestData.Page()));
        await using var provider = Build(handler, logs);
        var client = provider.GetRequiredService<ActivepiecesClient>();

        Assert.Null(await client.Projects.GetByExternalIdAsync("org_1", Ct));

        Assert.Equal(2, handler.Requests.Count);
        var information = logs.GetSnapshot().Where(r => r.Level >= LogLevel.Information).ToList();
        var retry = Assert.Single(information);
        Assert.Equal(LogLevel.Information, retry.Level);
        Assert.Equal(typeof(ActivepiecesClient).FullName, retry.Category);
        Assert.Equal("Activepieces GET /api/v1/projects got 503; retry 1 of 3 in 0 ms", retry.Message);
        Assert.Null(retry.Exception);
    }

    [Fact]
    public void Registering_the_client_twice_registers_its_telemetry_setup_once()
    {
        var services = new ServiceCollection();
        for (var i = 0; i < 2; i++)
        {
            services.AddActivepieces(o =>
            {
                o.InstanceUrl = TestData.InstanceUrl;
                o.ApiKey = TestData.ApiKey;
            });
        }

        // Twice would log every retry twice.
        Assert.Single(services, d => d.ServiceType == typeof(Microsoft.Extensions.Options.IConfigureOptions<TelemetryOptions>)
            && d.ImplementationFactory is not null
            && d.ImplementationFactory.Method.ReturnType == typeof(ResilienceTelemetrySetup));
    }

    [Fact]
    public async Task A_call_to_an_unreachable_instance_logs_its_retries_and_one_warning_without_a_stack_trace()
    {
        var logs = new FakeLogCollector();
        var handler = new FakeHttpHandler(_ => throw new HttpRequestException(
            HttpRequestError.ConnectionError,
            "Connection refused (ap.example.test:443)",
            new SocketException((int)SocketError.ConnectionRefused)));
        await using var provider = Build(handler, logs);
        var client = provider.GetRequiredService<ActivepiecesClient>();

        var error = await Assert.ThrowsAsync<ActivepiecesUnavailableException>(() => client.Projects.GetByExternalIdAsync("org_1", Ct));
        Assert.Equal(ActivepiecesUnavailableReason.TransportFailure, error.Reason);

        Assert.Equal(ActivepiecesResilience.MaxRetryAttempts + 1, handler.Requests.Count);
        var snapshot = logs.GetSnapshot();
        var information = snapshot.Where(r => r.Level == LogLevel.Information).ToList();
        Assert.Equal(ActivepiecesResilience.MaxRetryAttempts, information.Count);
        Assert.All(information, r => Assert.StartsWith("Activepieces GET /api/v1/projects got HttpRequestException; retry ", r.Message, StringComparison.Ordinal));
        var warning = Assert.Single(snapshot, r => r.Level >= LogLevel.Warning);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.StartsWith("Activepieces GET /api/v1/projects got no answer after ", warning.Message, StringComparison.Ordinal);
        Assert.All(snapshot.Where(r => r.Level >= LogLevel.Information), r => Assert.Null(r.Exception));
        Assert.All(snapshot, r => Assert.DoesNotContain(TestData.ApiKey, r.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_applications_other_pipelines_keep_pollys_levels()
    {
        var logs = new FakeLogCollector();
        var handler = new FakeHttpHandler(_ => FakeHttpHandler.Json(TestData.Page()));
        await using var provider = Build(handler, logs, services => services.AddResiliencePipeline("orders", b => b.AddRetry(new() { MaxRetryAttempts = 1, Delay = TimeSpan.Zero })));
        var pipeline = provider.GetRequiredService<Polly.Registry.ResiliencePipelineProvider<string>>().GetPipeline("orders");
        await pipeline.ExecuteAsync(static _ => ValueTask.CompletedTask, Ct);
        Assert.Null(await provider.GetRequiredService<ActivepiecesClient>().Projects.GetByExternalIdAsync("org_1", Ct));

        var attempts = logs.GetSnapshot().Where(r => r.Category == "Polly" && r.Id.Name == "ExecutionAttempt").ToList();
        Assert.Equal(2, attempts.Count);
        Assert.Single(attempts, r => r.Level == LogLevel.Information && r.Message.Contains("'orders/", StringComparison.Ordinal));
        Assert.Single(attempts, r => r.Level == LogLevel.Debug && r.Message.Contains("'ActivepiecesClient-standard/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_1000_org_sync_against_the_emulator_logs_nothing_at_information()
    {
        const int Orgs = 1000;
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var logs = new FakeLogCollector();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(logs)));
        services.AddActivepieces(o =>
        {
            o.InstanceUrl = h.Emulator.BaseUrl;
            o.ApiKey = h.Emulator.ApiKey;
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<ActivepiecesClient>();

        var items = Enumerable.Range(0, Orgs).Select(i => ("org_" + i, new SecretTextValue("gk-" + i)));
        var result = await client.PredefinedConnections.SyncAsync(TestData.Gelato, items, new SyncOptions { MaxConcurrency = 8 }, Ct);

        Assert.Equal(Orgs, result.Succeeded);
        var snapshot = logs.GetSnapshot();
        var requests = h.Emulator.RequestLog.Count;
        Assert.True(requests >= 2 * Orgs, $"{requests} requests");
        Assert.Equal(requests, snapshot.Count(r => r.Category == typeof(ActivepiecesClient).FullName && r.Level == LogLevel.Debug && r.Id.Id == 1));
        Assert.True(snapshot.All(r => r.Level < LogLevel.Information), Dump(logs));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"1,000-org sync: {requests} requests; log lines: {snapshot.Count(r => r.Level == LogLevel.Debug)} Debug, {snapshot.Count(r => r.Level == LogLevel.Information)} Information, {snapshot.Count(r => r.Level >= LogLevel.Warning)} Warning or above");
    }

    [Fact]
    public void An_opened_circuit_stays_a_warning_and_other_events_are_debug()
    {
        Assert.Equal(ResilienceEventSeverity.Warning, ResilienceLogLevels.SeverityOf(new(ResilienceEventSeverity.Error, "OnCircuitOpened")));
        Assert.Equal(ResilienceEventSeverity.Information, ResilienceLogLevels.SeverityOf(new(ResilienceEventSeverity.Information, "OnCircuitClosed")));
        Assert.Equal(ResilienceEventSeverity.Debug, ResilienceLogLevels.SeverityOf(new(ResilienceEventSeverity.Warning, "OnRetry")));
        Assert.Equal(ResilienceEventSeverity.Debug, ResilienceLogLevels.SeverityOf(new(ResilienceEventSeverity.Error, "ExecutionAttempt")));
        Assert.Equal(ResilienceEventSeverity.Debug, ResilienceLogLevels.SeverityOf(new(ResilienceEventSeverity.Error, "OnTimeout")));
    }
}
