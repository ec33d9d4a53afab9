using System.Net;
using Activepieces.Emulator.Faults;
using Activepieces.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Activepieces.Tests.Fleet;

public sealed class SyncRetryTests
{
    private static readonly PredefinedConnectionDescriptor Gelato =
        new(TestPieceFiles.Gelato, AuthType.SecretText, "gelato_", "Gelato Connection");

    private static readonly PredefinedConnectionDescriptor Square =
        new("@activepieces/piece-square", AuthType.CloudOAuth2, "square_", "Square");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_429_is_retried_after_its_Retry_After_on_the_clients_clock()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        h.Emulator.Faults.Add(FaultRule.Sequenced("POST", "/api/v1/global-connections", Fault.TooManyRequests(TimeSpan.FromSeconds(30))));
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        var handler = new ClockedHandler(time);
        using var client = new ActivepiecesClient(new HttpClient(handler), new ActivepiecesOptions { InstanceUrl = h.Emulator.BaseUrl, ApiKey = h.Emulator.ApiKey }, null, time);

        var sync = client.PredefinedConnections.SyncAsync(
            Gelato, [("org_1", new SecretTextValue("a")), ("org_2", new SecretTextValue("b"))], new SyncOptions { MaxConcurrency = 1 }, Ct);
        while (!sync.IsCompleted)
        {
            // Only this loop moves the client's clock, so the timestamps below do not depend on the machine's speed.
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(5, Ct);
        }

        var result = await sync;
        Assert.Equal(2, result.Succeeded);
        var upserts = handler.Requests.Where(r => r.Method == "POST" && r.Path == "/api/v1/global-connections").ToArray();
        Assert.Equal([429, 201, 201], upserts.Select(r => r.Status));
        Assert.True(upserts[1].At - upserts[0].At >= TimeSpan.FromSeconds(30), $"retried after {upserts[1].At - upserts[0].At}");
        Assert.Equal(2, h.Emulator.Connections.Count);
    }

    [Fact]
    public async Task An_OAuth_upsert_of_unknown_outcome_is_not_repeated_but_a_429_is()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        h.Emulator.AddProject("Org 1", externalId: "org_1");
        h.Emulator.AddProject("Org 2", externalId: "org_2");
        h.Emulator.Faults.Add(FaultRule.Sequenced("POST", "/api/v1/global-connections", Fault.BadGateway, Fault.TooManyRequests(TimeSpan.Zero)));
        var client = h.Client;

        var result = await client.PredefinedConnections.SyncAsync(
            Square,
            [("org_1", new CloudOAuth2Value("client", "code-1", "scope")), ("org_2", new CloudOAuth2Value("client", "code-2", "scope"))],
            new SyncOptions { MaxConcurrency = 1 },
            Ct);

        // org_1: 502, the code may be consumed: one attempt only. org_2: 429 (not processed), then created.
        var failure = Assert.Single(result.Failed);
        Assert.Equal("org_1", failure.ExternalProjectId);
        Assert.Equal(HttpStatusCode.BadGateway, Assert.IsType<ActivepiecesApiException>(failure.Error).StatusCode);
        Assert.Equal(1, result.Succeeded);
        Assert.Equal(3, h.Emulator.CountRequests("POST", "/api/v1/global-connections"));
        Assert.DoesNotContain("code-1", failure.ToString(), StringComparison.Ordinal);
    }

    private sealed class ClockedHandler(TimeProvider time) : DelegatingHandler(new SocketsHttpHandler())
    {
        public System.Collections.Concurrent.ConcurrentQueue<(string Method, string Path, int Status, DateTimeOffset At)> Requests { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var at = time.GetUtcNow();
            var response = await base.SendAsync(request, cancellationToken);
            Requests.Enqueue((request.Method.Method, request.RequestUri!.AbsolutePath, (int)response.StatusCode, at));
            return response;
        }
    }
}
