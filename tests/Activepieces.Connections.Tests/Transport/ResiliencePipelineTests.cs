using System.Net;
using System.Net.Http.Headers;
using Activepieces.Emulator.Faults;
using Activepieces.Tests.Support;
using Activepieces.Transport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Time.Testing;
using Polly;

namespace Activepieces.Tests.Transport;

/// <summary>
/// The production pipeline (<see cref="ActivepiecesResilience"/>, unchanged) on a fake clock: the circuit opens on
/// outages only and answers fast while open, upserts outlast the server's validation, other calls keep a short attempt
/// timeout, and a user's own retry cannot repeat an OAuth upsert.
/// </summary>
public sealed class ResiliencePipelineTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static HttpResponseMessage Status(HttpStatusCode status, TimeSpan? retryAfter = null)
    {
        var response = FakeHttpHandler.Json(status, $$"""{"statusCode":{{(int)status}},"error":"x","message":"x"}""");
        if (retryAfter is { } delay)
        {
            response.Headers.RetryAfter = new RetryConditionHeaderValue(delay);
        }

        return response;
    }

    private static ServiceProvider Build(HttpMessageHandler primary, FakeTimeProvider time, Action<IHttpClientBuilder>? customize = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        var builder = services.AddActivepieces(o =>
        {
            o.InstanceUrl = TestData.InstanceUrl;
            o.ApiKey = TestData.ApiKey;
        });
        builder.ConfigurePrimaryHttpMessageHandler(() => primary);
        customize?.Invoke(builder);
        return services.BuildServiceProvider();
    }

    private static GlobalConnectionUpsertRequest Upsert(IConnectionValue value) => new()
    {
        ExternalId = "gelato_org_1",
        DisplayName = "Gelato",
        PieceName = "@activepieces/piece-gelato",
        ProjectIds = ["p1"],
        Value = value,
    };

    [Fact]
    public async Task An_outage_opens_the_circuit_which_answers_at_once_with_the_rest_of_the_break_and_recovers_after_it()
    {
        var time = new FakeTimeProvider();
        var serverUp = false;
        var handler = new FakeHttpHandler(_ => serverUp
            ? FakeHttpHandler.Json(TestData.Page())
            : Status(HttpStatusCode.ServiceUnavailable, TimeSpan.Zero));
        await using var provider = Build(handler, time);
        var client = provider.GetRequiredService<ActivepiecesClient>();

        // Each call makes 1 + MaxRetryAttempts attempts; the circuit opens once MinimumThroughput of them failed.
        var callsToOpen = ActivepiecesResilience.MinimumThroughput / (ActivepiecesResilience.MaxRetryAttempts + 1);
        for (var call = 0; call < callsToOpen; call++)
        {
            var answered = await Assert.ThrowsAsync<ActivepiecesApiException>(() => client.Projects.GetByExternalIdAsync("org_1", Ct));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, answered.StatusCode);
        }

        Assert.Equal(ActivepiecesResilience.MinimumThroughput, handler.Requests.Count);
        var first = await Assert.ThrowsAsync<ActivepiecesUnavailableException>(() => client.Projects.GetByExternalIdAsync("org_1", Ct));
        Assert.Equal(ActivepiecesUnavailableReason.CircuitBroken, first.Reason);
        Assert.Equal(ActivepiecesResilience.BreakDuration, first.RetryAfter);

        time.Advance(TimeSpan.FromSeconds(4));

        // "At once" without a stopwatch: the fake clock does not move here, so an answer that waited on it (a backoff,
        // an attempt timeout) would never come and the guard would throw TimeoutException instead; and no request is sent.
        var open = await Assert.ThrowsAsync<ActivepiecesUnavailableException>(
            () => client.Projects.GetByExternalIdAsync("org_1", Ct).WaitAsync(TimeSpan.FromSeconds(30), Ct));
        Assert.Equal(ActivepiecesUnavailableReason.CircuitBroken, open.Reason);
        Assert.Equal(ActivepiecesResilience.BreakDuration - TimeSpan.FromSeconds(4), open.RetryAfter);
        Assert.Equal(ActivepiecesResilience.MinimumThroughput, handler.Requests.Count); // nothing sent while open

        // The outage ends; at the end of the break the first call is the probe, and it succeeds.
        serverUp = true;
        time.Advance(open.RetryAfter!.Value);
        Assert.Null(await client.Projects.GetByExternalIdAsync("org_1", Ct));
        Assert.Equal(ActivepiecesResilience.MinimumThroughput + 1, handler.Requests.Count);
    }

    [Fact]
    public async Task Random_faults_of_30_percent_and_any_number_of_429s_do_not_open_the_circuit()
    {
        var time = new FakeTimeProvider();
        var random = new Random(17);
        var handler = new FakeHttpHandler(r => r.QueryValue("externalId") == "paced"
            ? Status(HttpStatusCode.TooManyRequests, TimeSpan.Zero)
            : random.NextDouble() < 0.3 ? Status(HttpStatusCode.ServiceUnavailable, TimeSpan.Zero) : FakeHttpHandler.Json(TestData.Page()));
        await using var provider = Build(handler, time);
        var client = provider.GetRequiredService<ActivepiecesClient>();

        for (var call = 0; call < 200; call++)
        {
            await client.Projects.GetByExternalIdAsync("org_" + call, Ct); // a 30% fault survives its retries, and nothing is refused
        }

        for (var call = 0; call < 20; call++)
        {
            var paced = await Assert.ThrowsAsync<ActivepiecesApiException>(() => client.Projects.GetByExternalIdAsync("paced", Ct));
            Assert.Equal(HttpStatusCode.TooManyRequests, paced.StatusCode);
        }

        Assert.Null(await client.Projects.GetByExternalIdAsync("org_last", Ct));
    }

    [Fact]
    public async Task An_upsert_outlasts_20_seconds_of_server_validation_with_one_request()
    {
        var time = new FakeTimeProvider();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cancelled = false;
        var handler = new FakeHttpHandler(async (_, ct) =>
        {
            using var registration = ct.Register(() => cancelled = true);
            held.TrySetResult();
            await release.Task;
            return FakeHttpHandler.Json(TestData.ConnectionJson("c1", "gelato_org_1", "p1"));
        });
        await using var provider = Build(handler, time);
        var client = provider.GetRequiredService<ActivepiecesClient>();

        var upsert = client.GlobalConnections.UpsertAsync(Upsert(new SecretTextValue("gk-secret")), Ct);
        await held.Task;
        time.Advance(TimeSpan.FromSeconds(20)); // past the short attempt timeout, within the upsert's
        Assert.False(cancelled);
        release.SetResult();

        Assert.Equal("c1", (await upsert).Id);
        Assert.Single(handler.Requests);
        Assert.True(ActivepiecesResilience.UpsertAttemptTimeout >= TimeSpan.FromSeconds(15) + ActivepiecesResilience.AttemptTimeout);
    }

    [Fact]
    public async Task A_stuck_project_list_is_cut_off_at_the_short_attempt_timeout()
    {
        var time = new FakeTimeProvider();
        var started = time.GetUtcNow();
        var cutOffAt = new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new FakeHttpHandler(async (_, ct) =>
        {
            using var registration = ct.Register(() => cutOffAt.TrySetResult(time.GetUtcNow()));
            await Task.Delay(Timeout.Infinite, ct);
            return FakeHttpHandler.Json(TestData.Page());
        });
        await using var provider = Build(handler, time);
        var client = provider.GetRequiredService<ActivepiecesClient>();

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var list = client.Projects.ListAsync(null, stop.Token).GetAsyncEnumerator(stop.Token).MoveNextAsync().AsTask();
        while (handler.Requests.IsEmpty)
        {
            await Task.Yield();
        }

        time.Advance(ActivepiecesResilience.AttemptTimeout - TimeSpan.FromSeconds(1));
        Assert.False(cutOffAt.Task.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(started + ActivepiecesResilience.AttemptTimeout, await cutOffAt.Task);

        await stop.CancelAsync(); // the retry waits on the fake clock; the test ends here
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => list);
    }

    [Fact]
    public async Task A_user_retry_added_through_the_builder_still_sends_an_oauth_upsert_once()
    {
        var time = new FakeTimeProvider();
        var handler = new FakeHttpHandler(_ => Status(HttpStatusCode.ServiceUnavailable, TimeSpan.Zero));
        await using var provider = Build(handler, time, builder =>
        {
            // A user who retries everything, OAuth upserts included.
            builder.Services.Configure<HttpStandardResilienceOptions>(builder.Name + "-standard", o =>
            {
                o.Retry.ShouldHandle = static args => PredicateResult.True();
                o.Retry.Delay = TimeSpan.Zero;
            });
            builder.AddResilienceHandler("user", static pipeline => pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                ShouldHandle = static args => PredicateResult.True(),
                Delay = TimeSpan.Zero,
                MaxRetryAttempts = 2,
            }));
        });
        var client = provider.GetRequiredService<ActivepiecesClient>();

        await Assert.ThrowsAnyAsync<ActivepiecesException>(() => client.GlobalConnections.UpsertAsync(
            Upsert(new PlatformOAuth2Value("client-1", "single-use-code-123", "https://app.example.test/callback", "read")), Ct));
        Assert.Single(handler.Requests);
        Assert.DoesNotContain("single-use-code-123", handler.Requests.Single().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_built_without_di_has_the_same_pipeline()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        h.Emulator.Faults.Add(FaultRule.Sequenced("GET", "/api/v1/projects", Fault.TooManyRequests(TimeSpan.Zero), Fault.TooManyRequests(TimeSpan.Zero)));
        using var client = new ActivepiecesClient(new ActivepiecesOptions { InstanceUrl = h.Emulator.BaseUrl, ApiKey = h.Emulator.ApiKey });

        Assert.Null(await client.Projects.GetByExternalIdAsync("org_1", Ct));
        Assert.Equal(3, h.Emulator.CountRequests("GET", "/api/v1/projects"));
    }
}
