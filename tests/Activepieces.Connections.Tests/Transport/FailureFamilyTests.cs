using System.Net;
using System.Net.Http.Headers;
using Activepieces.Emulator.Faults;
using Activepieces.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Time.Testing;

namespace Activepieces.Tests.Transport;

/// <summary>
/// Every failure reaches callers as one of two documented types: <see cref="ActivepiecesApiException"/> (answered) or
/// <see cref="ActivepiecesUnavailableException"/> (not answered), never as a raw transport or Polly exception.
/// </summary>
public sealed class FailureFamilyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static HttpResponseMessage Status(HttpStatusCode status, RetryConditionHeaderValue? retryAfter = null)
    {
        var response = FakeHttpHandler.Json(status, $$"""{"statusCode":{{(int)status}},"error":"x","message":"x"}""");
        response.Headers.RetryAfter = retryAfter;
        return response;
    }

    private static ServiceProvider Build(FakeHttpHandler handler, Action<HttpStandardResilienceOptions>? configure = null, TimeProvider? time = null)
    {
        var services = new ServiceCollection();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        var builder = services.AddActivepieces(o =>
        {
            o.InstanceUrl = TestData.InstanceUrl;
            o.ApiKey = TestData.ApiKey;
        });
        builder.ConfigurePrimaryHttpMessageHandler(() => handler);
        services.Configure<HttpStandardResilienceOptions>(builder.Name + "-standard", o =>
        {
            o.Retry.Delay = TimeSpan.Zero;
            o.Retry.UseJitter = false;
            configure?.Invoke(o);
        });
        return services.BuildServiceProvider();
    }

    private static GlobalConnectionUpsertRequest Upsert(IConnectionValue value) => new()
    {
        ExternalId = "conn_org_1",
        DisplayName = "Connection",
        PieceName = "@activepieces/piece-slack",
        ProjectIds = ["p1"],
        Value = value,
    };

    private static ServiceProvider BuildFor(EmulatorHarness harness)
    {
        var services = new ServiceCollection();
        var builder = services.AddActivepieces(o =>
        {
            o.InstanceUrl = harness.Emulator.BaseUrl;
            o.ApiKey = harness.Emulator.ApiKey;
        });
        services.Configure<HttpStandardResilienceOptions>(builder.Name + "-standard", o =>
        {
            o.Retry.Delay = TimeSpan.Zero;
            o.Retry.UseJitter = false;
        });
        return services.BuildServiceProvider();
    }

    private static CloudOAuth2Value CloudOAuthValue() => new("client-1", "single-use-code-123", "read");

    private static PlatformOAuth2Value OAuthValue() => new("client-1", "single-use-code-123", "https://app.example.test/callback", "read");

    [Fact]
    public async Task A_transport_failure_is_unavailable_with_an_unknown_outcome()
    {
        var handler = new FakeHttpHandler(_ => throw new HttpRequestException("connection reset"));
        using var client = new ActivepiecesClient(new HttpClient(handler), TestData.Options());
        var error = await Assert.ThrowsAsync<ActivepiecesUnavailableException>(() => client.Projects.GetByExternalIdAsync("org_1", Ct));
        Assert.Equal(ActivepiecesUnavailableReason.TransportFailure, error.Reason);
        Assert.True(error.OutcomeUnknown);
        Assert.True(error.IsTransient);
        Assert.False(error.OAuthCodeMayBeConsumed);
        Assert.Equal("GET", error.Method);
        Assert.Equal("/api/v1/projects", error.Path);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.IsAssignableFrom<ActivepiecesException>(error);
    }

    [Fact]
    public async Task The_http_client_timeout_is_unavailable_timed_out()
    {
        var handler = new FakeHttpHandler(async (_, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            return FakeHttpHandler.NoContent();
        });
        using var client = new ActivepiecesClient(new HttpClient(handler) { Timeout = TimeSpan.FromMilliseconds(1) }, TestData.Options());
        var error = await Assert.ThrowsAsync<ActivepiecesUnavailableException>(() => client.Projects.GetByExternalIdAsync("org_1", Ct));
        Assert.Equal(ActivepiecesUnavailableReason.TimedOut, error.Reason);
        Assert.True(error.OutcomeUnknown);
    }

    [Fact]
    public async Task The_callers_own_cancellation_stays_an_operation_canceled_exception()
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var handler = new FakeHttpHandler(async (_, token) =>
        {
            await cts.CancelAsync();
            await Task.Delay(Timeout.Infinite, token);
            return FakeHttpHandler.NoContent();
        });
        await using var provider = Build(handler);
        var client = provider.GetRequiredService<ActivepiecesClient>();
        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.Projects.GetByExternalIdAsync("org_1", cts.Token));
        Assert.Equal(cts.Token, error.CancellationToken);
    }

    [Fact]
    public async Task An_open_circuit_is_unavailable_circuit_broken_and_sends_nothing()
    {
        var handler = new FakeHttpHandler(_ => Status(HttpStatusCode.InternalServerError));
        await using var provider = Build(handler, o =>
        {
            o.Retry.MaxRetryAttempts = 1;
            o.CircuitBreaker.MinimumThroughput = 2;
            o.CircuitBreaker.FailureRatio = 0.5;
            o.CircuitBreaker.BreakDuration = TimeSpan.FromMinutes(1);
        });
        var client = provider.GetRequiredService<ActivepiecesClient>();

        // Two failed attempts (the call and its retry) open the circuit; the caller gets the answered 500.
        var answered = await Assert.ThrowsAsync<ActivepiecesApiException>(() => client.Projects.GetByExternalIdAsync("org_1", Ct));
        Assert.Equal(HttpStatusCode.InternalServerError, answered.StatusCode);
        Assert.True(answered.IsTransient);
        var sent = handler.Requests.Count;

        var error = await Assert.ThrowsAsync<ActivepiecesUnavailableException>(() => client.Projects.GetByExternalIdAsync("org_1", Ct));
        Assert.Equal(ActivepiecesUnavailableReason.CircuitBroken, error.Reason);
        Assert.False(error.OutcomeUnknown);
        Assert.True(error.IsTransient);
        Assert.IsType<Polly.CircuitBreaker.BrokenCircuitException>(error.InnerException, exactMatch: false);
        Assert.Equal(sent, handler.Requests.Count);
    }

    [Fact]
    public async Task A_rate_limiter_rejection_is_unavailable_rate_limited()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new FakeHttpHandler(async (_, _) =>
        {
            entered.TrySetResult();
            await release.Task;
            return FakeHttpHandler.Json(TestData.Page());
        });
        await using var provider = Build(handler, o =>
        {
            o.RateLimiter.DefaultRateLimiterOptions.PermitLimit = 1;
            o.RateLimiter.DefaultRateLimiterOptions.QueueLimit = 0;
        });
        var client = provider.GetRequiredService<ActivepiecesClient>();
        var first = client.Projects.GetByExternalIdAsync("org_1", Ct);
        await entered.Task.WaitAsync(Ct);

        var error = await Assert.ThrowsAsync<ActivepiecesUnavailableException>(() => client.Projects.GetByExternalIdAsync("org_2", Ct));
        Assert.Equal(ActivepiecesUnavailableReason.RateLimited, error.Reason);
        Assert.False(error.OutcomeUnknown);
        release.SetResult();
        Assert.Null(await first);
    }

    [Fact]
    public async Task A_pipeline_timeout_is_unavailable_timed_out()
    {
        var handler = new FakeHttpHandler(async (_, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            return FakeHttpHandler.NoContent();
        });
        await using var provider = Build(handler, o =>
        {
            o.Retry.MaxRetryAttempts = 1;
            o.AttemptTimeout.Timeout = TimeSpan.FromMilliseconds(20);
            o.TotalRequestTimeout.Timeout = TimeSpan.FromMilliseconds(100);
            o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(1);
        });
        var client = provider.GetRequiredService<ActivepiecesClient>();
        var error = await Assert.ThrowsAsync<ActivepiecesUnavailableException>(() => client.Projects.GetByExternalIdAsync("org_1", Ct));
        Assert.Equal(ActivepiecesUnavailableReason.TimedOut, error.Reason);
        Assert.IsType<Polly.Timeout.TimeoutRejectedException>(error.InnerException);
    }

    [Fact]
    public async Task Retry_after_is_read_from_429_and_503_in_both_forms()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero));
        var answers = new Queue<HttpResponseMessage>(
        [
            Status(HttpStatusCode.TooManyRequests, new RetryConditionHeaderValue(TimeSpan.FromSeconds(7))),
            Status(HttpStatusCode.ServiceUnavailable, new RetryConditionHeaderValue(time.GetUtcNow().AddSeconds(90))),
            Status(HttpStatusCode.ServiceUnavailable, new RetryConditionHeaderValue(time.GetUtcNow().AddSeconds(-5))),
            Status(HttpStatusCode.InternalServerError, new RetryConditionHeaderValue(TimeSpan.FromSeconds(7))),
            Status(HttpStatusCode.BadRequest),
        ]);
        var handler = new FakeHttpHandler(_ => answers.Dequeue());
        using var client = new ActivepiecesClient(new HttpClient(handler), TestData.Options(), timeProvider: time);

        async Task<ActivepiecesApiException> Call() =>
            await Assert.ThrowsAsync<ActivepiecesApiException>(() => client.Projects.GetByExternalIdAsync("org_1", Ct));

        var tooMany = await Call();
        Assert.Equal(TimeSpan.FromSeconds(7), tooMany.RetryAfter);
        Assert.True(tooMany.IsTransient);
        Assert.Equal(TimeSpan.FromSeconds(90), (await Call()).RetryAfter);
        Assert.Equal(TimeSpan.Zero, (await Call()).RetryAfter);
        var serverError = await Call();
        Assert.Null(serverError.RetryAfter);
        Assert.True(serverError.IsTransient);
        var badRequest = await Call();
        Assert.Null(badRequest.RetryAfter);
        Assert.False(badRequest.IsTransient);
    }

    [Fact]
    public async Task Retries_of_retry_safe_requests_wait_for_retry_after()
    {
        var time = new TimerWatchingTimeProvider(TimeSpan.FromSeconds(5));
        var calls = 0;
        var handler = new FakeHttpHandler(_ => Interlocked.Increment(ref calls) == 1
            ? Status(HttpStatusCode.TooManyRequests, new RetryConditionHeaderValue(TimeSpan.FromSeconds(5)))
            : FakeHttpHandler.Json(TestData.Page()));
        await using var provider = Build(handler, o => o.Retry.Delay = TimeSpan.FromHours(1), time);
        var client = provider.GetRequiredService<ActivepiecesClient>();

        var call = client.Projects.GetByExternalIdAsync("org_1", Ct);
        await time.TimerCreated.WaitAsync(Ct); // the retry's 5-second wait has started
        time.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(1, Volatile.Read(ref calls)); // the retry waits for Retry-After, not the 1-hour backoff …
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(await call.WaitAsync(Ct)); // … and goes out once it has passed
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_limit_is_not_waited_for_but_returned()
    {
        var handler = new FakeHttpHandler(_ => Status(HttpStatusCode.ServiceUnavailable, new RetryConditionHeaderValue(TimeSpan.FromMinutes(2))));
        await using var provider = Build(handler);
        var client = provider.GetRequiredService<ActivepiecesClient>();
        var error = await Assert.ThrowsAsync<ActivepiecesApiException>(() => client.Projects.GetByExternalIdAsync("org_1", Ct));
        Assert.Equal(TimeSpan.FromMinutes(2), error.RetryAfter);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task An_oauth_upsert_is_never_retried_by_the_resilience_handler()
    {
        var handler = new FakeHttpHandler(_ => Status(HttpStatusCode.ServiceUnavailable));
        await using var provider = Build(handler);
        var client = provider.GetRequiredService<ActivepiecesClient>();
        var error = await Assert.ThrowsAsync<ActivepiecesApiException>(() => client.GlobalConnections.UpsertAsync(Upsert(OAuthValue()), Ct));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Single(handler.Requests);

        // The same failure on a non-OAuth upsert is retried (3 retries by default).
        var secretText = await Assert.ThrowsAsync<ActivepiecesApiException>(() => client.GlobalConnections.UpsertAsync(Upsert(new SecretTextValue("s")), Ct));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, secretText.StatusCode);
        Assert.Equal(5, handler.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, true)]
    [InlineData(HttpStatusCode.BadGateway, true)]
    [InlineData(HttpStatusCode.GatewayTimeout, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, false)]
    [InlineData(HttpStatusCode.TooManyRequests, false)]
    public async Task An_oauth_upsert_answered_with_an_ambiguous_5xx_may_have_consumed_its_code(HttpStatusCode status, bool mayBeConsumed)
    {
        var handler = new FakeHttpHandler(_ => Status(status));
        using var client = new ActivepiecesClient(new HttpClient(handler), TestData.Options());
        var error = await Assert.ThrowsAsync<ActivepiecesApiException>(() => client.GlobalConnections.UpsertAsync(Upsert(OAuthValue()), Ct));
        Assert.Equal(mayBeConsumed, error.OAuthCodeMayBeConsumed);
        Assert.Equal(!mayBeConsumed, error.IsTransient);
        Assert.Equal(mayBeConsumed, error.Message.Contains("fresh code", StringComparison.Ordinal));

        // The same answer to a non-OAuth upsert is an ordinary transient error.
        var plain = await Assert.ThrowsAsync<ActivepiecesApiException>(() => client.GlobalConnections.UpsertAsync(Upsert(new SecretTextValue("s")), Ct));
        Assert.False(plain.OAuthCodeMayBeConsumed);
        Assert.True(plain.IsTransient);
    }

    public static TheoryData<string> OAuthTypes() => ["OAUTH2", "CLOUD_OAUTH2", "PLATFORM_OAUTH2"];

    [Theory]
    [MemberData(nameof(OAuthTypes))]
    public async Task A_lost_oauth_upsert_says_the_code_may_be_consumed_and_is_sent_once(string type)
    {
        IConnectionValue value = type switch
        {
            "OAUTH2" => new OAuth2Value("client-1", "client-secret-1", "single-use-code-123", "https://app.example.test/cb", "read"),
            "CLOUD_OAUTH2" => new CloudOAuth2Value("client-1", "single-use-code-123", "read"),
            _ => OAuthValue(),
        };
        var handler = new FakeHttpHandler(_ => throw new HttpRequestException("connection reset"));
        await using var provider = Build(handler);
        var client = provider.GetRequiredService<ActivepiecesClient>();
        var error = await Assert.ThrowsAsync<ActivepiecesUnavailableException>(() => client.GlobalConnections.UpsertAsync(Upsert(value), Ct));
        Assert.True(error.OAuthCodeMayBeConsumed);
        Assert.False(error.IsTransient);
        Assert.Contains("single-use", error.Message, StringComparison.Ordinal);
        Assert.Contains("fresh code", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("single-use-code-123", error.ToString(), StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Create_and_ensure_send_a_lost_oauth_upsert_once()
    {
        var descriptor = new PredefinedConnectionDescriptor(TestPieceFiles.Square, AuthType.CloudOAuth2, "square_", "Square");
        await using var h = await EmulatorHarness.StartAsync(Ct);
        h.Emulator.AddProject("Org 1", externalId: "org_1");
        h.Emulator.Faults.Add(FaultRule.Always("POST", "/api/v1/global-connections", Fault.DropConnection));
        await using var provider = BuildFor(h);
        var client = provider.GetRequiredService<ActivepiecesClient>();

        var created = await Assert.ThrowsAsync<ActivepiecesUnavailableException>(() => client.PredefinedConnections.CreateAsync(descriptor, "org_1", CloudOAuthValue(), Ct));
        Assert.True(created.OAuthCodeMayBeConsumed);
        Assert.Equal(1, h.Emulator.CountRequests("POST", "/api/v1/global-connections"));
        var ensured = await Assert.ThrowsAsync<ActivepiecesUnavailableException>(async () => await client.PredefinedConnections.EnsureAsync(descriptor, "org_1", CloudOAuthValue(), Ct));
        Assert.True(ensured.OAuthCodeMayBeConsumed);
        Assert.Equal(2, h.Emulator.CountRequests("POST", "/api/v1/global-connections"));
    }

    [Fact]
    public async Task Callers_sharing_an_oauth_ensure_whose_starter_cancels_get_an_error_not_a_second_upsert()
    {
        var descriptor = new PredefinedConnectionDescriptor("@activepieces/piece-slack", AuthType.PlatformOAuth2, "slack_", "Slack");
        var upsertSent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var starterCts = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var blocking = new FakeHttpHandler(async (r, token) =>
        {
            if (r.Method == HttpMethod.Post && r.Path == "/api/v1/global-connections")
            {
                upsertSent.TrySetResult();
                await gate.Task.WaitAsync(token);
                return FakeHttpHandler.Json(HttpStatusCode.Created, TestData.ConnectionJson("c1", "slack_org_1", "proj1", type: "PLATFORM_OAUTH2"));
            }

            return FakeHttpHandler.Json(TestData.Page(TestData.ProjectJson("proj1", "org_1")));
        });
        using var client = new ActivepiecesClient(new HttpClient(blocking), TestData.Options());
        await client.Projects.GetOrCreateAsync("org_1", cancellationToken: Ct);

        var starter = client.PredefinedConnections.EnsureAsync(descriptor, "org_1", OAuthValue(), starterCts.Token).AsTask();
        await upsertSent.Task.WaitAsync(Ct);
        var joiner = client.PredefinedConnections.EnsureAsync(descriptor, "org_1", OAuthValue(), Ct).AsTask();
        await starterCts.CancelAsync();
        gate.SetResult(); // a second upsert, if one were sent, would now succeed

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => starter);
        var error = await Assert.ThrowsAsync<ActivepiecesUnavailableException>(() => joiner);
        Assert.True(error.OAuthCodeMayBeConsumed);
        Assert.Equal(1, blocking.Count(HttpMethod.Post, "/api/v1/global-connections"));
    }

    [Fact]
    public async Task An_ensured_oauth_value_is_not_sent_again_after_the_cache_duration()
    {
        var descriptor = new PredefinedConnectionDescriptor(TestPieceFiles.Square, AuthType.CloudOAuth2, "square_", "Square");
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var time = new FakeTimeProvider();
        using var client = h.NewClient(timeProvider: time, ensureCacheDuration: TimeSpan.FromMinutes(1));
        await client.PredefinedConnections.EnsureAsync(descriptor, "org_1", CloudOAuthValue(), Ct);
        time.Advance(TimeSpan.FromHours(1));
        await client.PredefinedConnections.EnsureAsync(descriptor, "org_1", CloudOAuthValue(), Ct);
        Assert.Equal(1, h.Emulator.CountRequests("POST", "/api/v1/global-connections"));

        // A new code is a new value.
        await client.PredefinedConnections.EnsureAsync(descriptor, "org_1", new CloudOAuth2Value("client-1", "another-code", "read"), Ct);
        Assert.Equal(2, h.Emulator.CountRequests("POST", "/api/v1/global-connections"));
    }

    [Fact]
    public void A_piece_validation_failure_is_recognised_and_carries_the_piece_message()
    {
        var error = global::Activepieces.Transport.ApiErrorReader.Read(
            HttpStatusCode.BadRequest,
            """{"code":"INVALID_APP_CONNECTION","params":{"error":"Invalid API key"}}"""u8,
            "POST",
            "/api/v1/global-connections");
        Assert.True(error.IsPieceValidationFailure);
        Assert.Equal("Invalid API key", error.PieceMessage);
        Assert.False(error.IsTransient);
        Assert.DoesNotContain("Invalid API key", error.Message, StringComparison.Ordinal);

        var other = global::Activepieces.Transport.ApiErrorReader.Read(HttpStatusCode.BadRequest, """{"code":"INVALID_CLAIM","params":{"error":"x"}}"""u8, "POST", "/p");
        Assert.False(other.IsPieceValidationFailure);
        Assert.Null(other.PieceMessage);
    }

    /// <summary>A fake clock that reports when a timer with a given due time is created.</summary>
    private sealed class TimerWatchingTimeProvider(TimeSpan dueTime) : FakeTimeProvider
    {
        private readonly TaskCompletionSource _created = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task TimerCreated => _created.Task;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime1, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime1, period);
            if (dueTime1 == dueTime)
            {
                _created.TrySetResult();
            }

            return timer;
        }
    }
}
