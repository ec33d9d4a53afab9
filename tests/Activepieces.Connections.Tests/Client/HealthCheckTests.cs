using System.Net;
using System.Net.Http.Headers;
using Activepieces.Tests.Support;
using Activepieces.Transport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace Activepieces.Tests.Client;

/// <summary><c>services.AddHealthChecks().AddActivepieces()</c> over the production pipeline on a fake clock.</summary>
public sealed class HealthCheckTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ServiceProvider Build(FakeHttpHandler handler, FakeTimeProvider? time = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time ?? new FakeTimeProvider());
        services.AddLogging();
        services.AddActivepieces(o =>
        {
            o.InstanceUrl = TestData.InstanceUrl;
            o.ApiKey = TestData.ApiKey;
        }).ConfigurePrimaryHttpMessageHandler(() => handler);
        services.AddHealthChecks().AddActivepieces();
        return services.BuildServiceProvider();
    }

    private static async Task<HealthReportEntry> CheckAsync(ServiceProvider provider) =>
        (await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync(Ct)).Entries["activepieces"];

    private static HttpResponseMessage Status(HttpStatusCode status)
    {
        var response = FakeHttpHandler.Json(status, $$"""{"statusCode":{{(int)status}},"error":"x","message":"x"}""");
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.Zero);
        return response;
    }

    [Fact]
    public async Task An_answer_is_healthy_after_one_cheap_authenticated_request()
    {
        var handler = new FakeHttpHandler(_ => FakeHttpHandler.Json(TestData.Page()));
        await using var provider = Build(handler);

        var entry = await CheckAsync(provider);

        Assert.Equal(HealthStatus.Healthy, entry.Status);
        var request = Assert.Single(handler.Requests);
        Assert.Equal("/api/v1/projects", request.Path);
        Assert.Equal("1", request.QueryValue("limit"));
        Assert.Equal("Bearer " + TestData.ApiKey, request.Authorization);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    public async Task A_rejected_key_is_unhealthy_and_the_description_holds_no_key(HttpStatusCode status)
    {
        await using var provider = Build(new FakeHttpHandler(_ => Status(status)));

        var entry = await CheckAsync(provider);

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Contains(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), entry.Description, StringComparison.Ordinal);
        Assert.DoesNotContain(TestData.ApiKey, entry.Description, StringComparison.Ordinal);
        Assert.DoesNotContain(TestData.ApiKey, entry.Exception?.ToString() ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_answer_is_unhealthy()
    {
        var time = new FakeTimeProvider();
        await using var provider = Build(new FakeHttpHandler(_ => throw new HttpRequestException("connection refused")), time);

        // The retries back off on the fake clock; every attempt fails however far it moves, so it is moved until the check ends.
        var check = CheckAsync(provider);
        while (!check.IsCompleted)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(1, Ct);
        }

        var entry = await check;

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.DoesNotContain(TestData.ApiKey, entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_open_circuit_is_degraded()
    {
        var handler = new FakeHttpHandler(_ => Status(HttpStatusCode.ServiceUnavailable));
        await using var provider = Build(handler);

        // Each check makes 1 + MaxRetryAttempts failed attempts until the circuit opens.
        var checksToOpen = ActivepiecesResilience.MinimumThroughput / (ActivepiecesResilience.MaxRetryAttempts + 1);
        for (var check = 0; check < checksToOpen; check++)
        {
            Assert.Equal(HealthStatus.Unhealthy, (await CheckAsync(provider)).Status);
        }

        var open = await CheckAsync(provider);
        Assert.Equal(HealthStatus.Degraded, open.Status);
        Assert.Contains("circuit breaker is open", open.Description, StringComparison.Ordinal);
        Assert.Equal(ActivepiecesResilience.MinimumThroughput, handler.Requests.Count);
    }
}
