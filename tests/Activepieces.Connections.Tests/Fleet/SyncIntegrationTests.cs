using System.Globalization;
using System.Text.Json;
using Activepieces.Emulator.Faults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace Activepieces.Tests.Fleet;

public sealed class SyncIntegrationTests
{
    private static readonly PredefinedConnectionDescriptor Gelato =
        new(TestPieceFiles.Gelato, AuthType.SecretText, "gelato_", "Gelato Connection");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task New_orgs_cost_one_listing_plus_one_create_and_one_upsert_each_and_a_rerun_costs_nothing()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var api = h.Client.PredefinedConnections;

        var result = await api.SyncAsync(Gelato, Items(100, "v1"), new SyncOptions { MaxConcurrency = 8 }, Ct);

        Assert.Equal(100, result.Succeeded);
        Assert.Equal(0, result.Unchanged);
        Assert.Empty(result.Failed);
        Assert.Equal(1, h.Emulator.CountRequests("GET", "/api/v1/projects"));
        Assert.Equal(100, h.Emulator.CountRequests("POST", "/api/v1/projects"));
        Assert.Equal(100, h.Emulator.CountRequests("POST", "/api/v1/global-connections"));
        Assert.Equal(201, h.Emulator.RequestCount);
        AssertFleet(h, 100, "v1");

        h.Emulator.ResetRequestLog();
        var rerun = await api.SyncAsync(Gelato, Items(100, "v1"), cancellationToken: Ct);
        Assert.Equal((0, 100), (rerun.Succeeded, rerun.Unchanged));
        Assert.Equal(0, h.Emulator.RequestCount);

        var rotated = await api.SyncAsync(Gelato, Items(100, "v2"), cancellationToken: Ct);
        Assert.Equal((100, 0), (rotated.Succeeded, rotated.Unchanged));
        Assert.Equal(100, h.Emulator.RequestCount);
        Assert.Equal(100, h.Emulator.CountRequests("POST", "/api/v1/global-connections"));
        AssertFleet(h, 100, "v2");
    }

    [Fact]
    public async Task Existing_orgs_seen_by_a_fresh_client_cost_the_listing_pages_and_one_upsert_each()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        for (var i = 0; i < 60; i++)
        {
            h.Emulator.AddProject(Org(i), Org(i));
        }

        var result = await h.Client.PredefinedConnections.SyncAsync(Gelato, ToAsync(Items(60, "v1")), null, Ct);

        Assert.Equal(60, result.Succeeded);
        Assert.Equal(1, h.Emulator.CountRequests("GET", "/api/v1/projects"));
        Assert.Equal(0, h.Emulator.CountRequests("POST", "/api/v1/projects"));
        Assert.Equal(61, h.Emulator.RequestCount);
        AssertFleet(h, 60, "v1");
    }

    [Fact]
    public async Task Below_the_listing_threshold_each_org_is_looked_up_by_external_id()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        h.Emulator.AddProject(Org(0), Org(0));

        var result = await h.Client.PredefinedConnections.SyncAsync(Gelato, Items(5, "v1"), null, Ct);

        Assert.Equal(5, result.Succeeded);
        var lookups = h.Emulator.RequestLog.Where(r => r.Method == "GET" && r.Path == "/api/v1/projects").ToArray();
        Assert.Equal(5, lookups.Length);
        Assert.All(lookups, r => Assert.Contains("externalId=", r.Query, StringComparison.Ordinal));
        Assert.Equal(4, h.Emulator.CountRequests("POST", "/api/v1/projects"));
        AssertFleet(h, 5, "v1");
    }

    [Fact]
    public async Task Never_more_requests_in_flight_than_MaxConcurrency()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var handler = new InFlightHandler(gateAt: 4);
        using var client = new ActivepiecesClient(new HttpClient(handler), new ActivepiecesOptions { InstanceUrl = h.Emulator.BaseUrl, ApiKey = h.Emulator.ApiKey });

        var result = await client.PredefinedConnections.SyncAsync(Gelato, Items(60, "v1"), new SyncOptions { MaxConcurrency = 4 }, Ct);

        Assert.Equal(60, result.Succeeded);
        Assert.Equal(4, handler.MaxInFlight);
        AssertFleet(h, 60, "v1");
    }

    [Fact]
    public async Task Two_thousand_orgs_under_faults_converge_to_exactly_one_project_and_one_connection_each()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        h.Emulator.Faults.Add(FaultRule.WithProbability("POST", "/api/v1/global-connections", 0.10, Fault.ServiceUnavailable));
        h.Emulator.Faults.Add(FaultRule.WithProbability("POST", "/api/v1/global-connections", 0.05, Fault.DropConnectionAfterCommit));
        h.Emulator.Faults.Add(FaultRule.WithProbability("POST", "/api/v1/projects", 0.05, Fault.DropConnectionAfterCommit));
        h.Emulator.Faults.Add(FaultRule.WithProbability("POST", "/api/v1/projects", 0.05, Fault.TooManyRequests(TimeSpan.Zero)));
        h.Emulator.Faults.Add(FaultRule.WithProbability("POST", "/api/v1/global-connections", 0.05, Fault.DropConnection));
        const int Orgs = 2000;

        // The production pipeline (the only retry of an upsert, see SyncRun), without its backoff: the test takes no time.
        var services = new ServiceCollection();
        var builder = services.AddActivepieces(o =>
        {
            o.InstanceUrl = h.Emulator.BaseUrl;
            o.ApiKey = h.Emulator.ApiKey;
        });
        services.Configure<HttpStandardResilienceOptions>(builder.Name + "-standard", o =>
        {
            o.Retry.Delay = TimeSpan.Zero;
            o.Retry.UseJitter = false;
        });
        await using var provider = services.BuildServiceProvider();
        var api = provider.GetRequiredService<ActivepiecesClient>().PredefinedConnections;

        var runs = new List<SyncResult>();
        do
        {
            runs.Add(await api.SyncAsync(Gelato, Items(Orgs, "v1"), new SyncOptions { MaxConcurrency = 16 }, Ct));
        }
        while (runs[^1].Failed.Count > 0 && runs.Count < 5);

        Assert.Empty(runs[^1].Failed);
        Assert.True(runs[0].Succeeded > Orgs * 99 / 100, $"{runs[0].Failed.Count} orgs failed their 4 attempts in the first run");
        Assert.Equal(Orgs, runs[0].Succeeded + runs[0].Failed.Count);
        Assert.Equal(Orgs, runs.Sum(r => r.Succeeded)); // each org upserted by exactly one run, then unchanged
        for (var i = 1; i < runs.Count; i++)
        {
            Assert.Equal(Orgs - runs[i - 1].Failed.Count, runs[i].Unchanged);
        }

        Assert.All(runs[0].Failed, f => Assert.DoesNotContain("secret-", f.ToString(), StringComparison.Ordinal));
        AssertFleet(h, Orgs, "v1");
    }

    [Fact]
    public async Task Canceling_midway_leaves_every_org_done_or_untouched()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var reported = new List<string>();
        var progress = new SynchronousProgress(p =>
        {
            lock (reported)
            {
                reported.Add(p.ExternalProjectId);
                Assert.Equal(SyncOutcome.Succeeded, p.Outcome);
                if (p.Completed == 50)
                {
                    cts.Cancel();
                }
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            h.Client.PredefinedConnections.SyncAsync(Gelato, Items(300, "v1"), new SyncOptions { MaxConcurrency = 8, Progress = progress }, cts.Token));

        var projects = h.Emulator.Projects.Select(p => p.ExternalId!).ToHashSet(StringComparer.Ordinal);
        var connected = h.Emulator.Connections.Select(c => c.ExternalId["gelato_".Length..]).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(projects.Order(), connected.Order()); // no project without its connection, and the reverse
        Assert.Equal(reported.Order(), connected.Order()); // what was reported done is exactly what is done
        Assert.InRange(connected.Count, 50, 50 + 8);
        AssertFleet(h, connected.Count, "v1", connected);
    }

    [Fact]
    public async Task Invalid_and_repeated_items_fail_alone_and_StopOnFirstError_stops_taking_orgs()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        (string, SecretTextValue)[] items = [(Org(0), new("v")), ("", new("v")), (Org(0), new("w")), (Org(1), new("v")), ("..", new("v"))];

        var all = await h.Client.PredefinedConnections.SyncAsync(Gelato, items, new SyncOptions { MaxConcurrency = 1 }, Ct);

        Assert.Equal(2, all.Succeeded);
        Assert.Collection(
            all.Failed,
            f => Assert.IsType<ArgumentException>(f.Error, exactMatch: false),
            f => Assert.Contains("more than once", f.Error.Message, StringComparison.Ordinal),
            f => Assert.IsType<ArgumentException>(f.Error, exactMatch: false));
        Assert.Equal(["", Org(0), ".."], all.Failed.Select(f => f.ExternalProjectId));
        Assert.DoesNotContain("\"w\"", all.Failed[1].ToString(), StringComparison.Ordinal);

        (string, SecretTextValue)[] stopping = [(Org(5), new("v")), (" ", new("v")), (Org(6), new("v")), (Org(7), new("v"))];
        var stopped = await h.Client.PredefinedConnections.SyncAsync(Gelato, stopping, new SyncOptions { MaxConcurrency = 1, StopOnFirstError = true }, Ct);

        Assert.Equal(1, stopped.Succeeded);
        Assert.Equal(" ", Assert.Single(stopped.Failed).ExternalProjectId);
        Assert.DoesNotContain(h.Emulator.Projects, p => p.ExternalId == Org(6) || p.ExternalId == Org(7));
    }

    [Fact]
    public async Task Arguments_are_checked_before_any_request()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var api = h.Client.PredefinedConnections;

        await Assert.ThrowsAsync<ArgumentNullException>(() => api.SyncAsync(null!, Items(1, "v"), null, Ct));
        await Assert.ThrowsAsync<ArgumentNullException>(() => api.SyncAsync(Gelato, (IEnumerable<(string, SecretTextValue)>)null!, null, Ct));
        await Assert.ThrowsAsync<ArgumentNullException>(() => api.SyncAsync(Gelato, (IAsyncEnumerable<(string, SecretTextValue)>)null!, null, Ct));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SyncOptions { MaxConcurrency = 0 });
        Assert.Equal(0, h.Emulator.RequestCount);
    }

    internal static string Org(int i) => "org_" + i.ToString("D4", CultureInfo.InvariantCulture);

    internal static IEnumerable<(string, SecretTextValue)> Items(int count, string version) =>
        Enumerable.Range(0, count).Select(i => (Org(i), new SecretTextValue(Secret(i, version))));

    private static string Secret(int i, string version) => "secret-" + version + "-" + i.ToString(CultureInfo.InvariantCulture);

    private static async IAsyncEnumerable<(string, SecretTextValue)> ToAsync(IEnumerable<(string, SecretTextValue)> items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }

    /// <summary>Exactly one project per org and one global connection per org listing it, holding the org's value.</summary>
    private static void AssertFleet(EmulatorHarness h, int count, string version, IReadOnlySet<string>? orgs = null)
    {
        var expected = orgs ?? Enumerable.Range(0, count).Select(Org).ToHashSet(StringComparer.Ordinal);
        var projects = h.Emulator.Projects;
        Assert.Equal(count, projects.Count);
        var projectIds = projects.ToDictionary(p => p.ExternalId!, p => p.Id, StringComparer.Ordinal);
        var connections = h.Emulator.Connections;
        Assert.Equal(count, connections.Count);
        foreach (var connection in connections)
        {
            var org = connection.ExternalId["gelato_".Length..];
            Assert.Contains(org, expected);
            Assert.Equal([projectIds[org]], connection.ProjectIds);
            Assert.Equal("PLATFORM", connection.Scope);
            using var value = JsonDocument.Parse(connection.ValueJson);
            Assert.Equal(Secret(int.Parse(org["org_".Length..], CultureInfo.InvariantCulture), version), value.RootElement.GetProperty("secret_text").GetString());
        }
    }

    private sealed class SynchronousProgress(Action<SyncProgress> report) : IProgress<SyncProgress>
    {
        public void Report(SyncProgress value) => report(value);
    }
}
