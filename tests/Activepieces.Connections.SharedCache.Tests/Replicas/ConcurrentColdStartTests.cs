using Activepieces.SharedCache.Tests.Support;

namespace Activepieces.SharedCache.Tests.Replicas;

/// <summary>
/// N replicas released together on the same new orgs, in the same order. There is no distributed lock: two replicas can
/// both miss in Redis before either has stored anything, so the cost is not that of one replica. What is exact is the end
/// state (one project and one connection per org, with the value) and the bound on the requests per org.
/// <para>
/// The bound, per org and replica: at most one project lookup, one create, one read-back and one upsert. A replica that
/// finds the org's project id in Redis sends no lookup; one that finds the Ensure entry sends nothing. A create that loses
/// the race hits the server's unique index on the external id (500) and the replica reads the project back. Every
/// replica's Ensure is single-flight, so it never sends two of a kind for one org. Per org therefore: 1 to N creates (one
/// succeeds, the others are refused), 1 to 2N lookups, 1 to N upserts, 3 to 4N requests in all.
/// </para>
/// </summary>
public sealed class ConcurrentColdStartTests
{
    private const int Orgs = 40;

    private static readonly PredefinedConnectionDescriptor Gelato = new(TestPieceFiles.Gelato, AuthType.SecretText, "gelato_", "Gelato");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SecretTextValue ValueOf(string org) => new($"gk-cold-{org}-Qx7");

    [Theory]
    [InlineData(4)]
    [InlineData(8)]
    public async Task Replicas_started_together_leave_one_project_and_one_connection_per_org_within_four_requests_per_replica(int replicas)
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        using var garnet = new GarnetInProcess();
        var fleet = Enumerable.Range(0, replicas).Select(_ => new Replica(h, garnet.Configuration)).ToList();
        var orgs = Enumerable.Range(0, Orgs).Select(i => $"org_{i:D4}").ToArray();
        try
        {
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var runs = fleet.Select(replica => Task.Run(
                async () =>
                {
                    await start.Task;
                    foreach (var org in orgs)
                    {
                        await replica.Client.PredefinedConnections.EnsureAsync(Gelato, org, ValueOf(org), Ct);
                    }
                },
                Ct)).ToArray();
            h.Emulator.ResetRequestLog();
            start.SetResult();
            await Task.WhenAll(runs);

            var log = h.Emulator.RequestLog;
            var counted = 0;
            foreach (var org in orgs)
            {
                var project = Assert.Single(h.Emulator.Projects, p => p.ExternalId == org);
                var connection = Assert.Single(h.Emulator.Connections, c => c.ExternalId == "gelato_" + org);
                Assert.Equal([project.Id], connection.ProjectIds);
                Assert.Equal(ValueOf(org).SecretText, (await h.GetPieceSideValueAsync("gelato_" + org, project.Id))?["secret_text"]?.GetValue<string>());

                var lookups = log.Count(r => r.Method == "GET" && r.Path == "/api/v1/projects" && r.Query.Contains("externalId=" + org, StringComparison.Ordinal));
                var creates = log.Where(r => r.Method == "POST" && r.Path == "/api/v1/projects" && r.RequestBody.Contains($"\"externalId\":\"{org}\"", StringComparison.Ordinal)).ToList();
                var upserts = log.Count(r => r.Method == "POST" && r.Path == "/api/v1/global-connections" && r.RequestBody.Contains($"\"gelato_{org}\"", StringComparison.Ordinal));
                Assert.InRange(creates.Count, 1, replicas);
                Assert.Single(creates, r => r.StatusCode is >= 200 and < 300);
                Assert.All(creates.Where(r => r.StatusCode is not (>= 200 and < 300)), r => Assert.Equal(500, r.StatusCode));
                Assert.InRange(lookups, 1, 2 * replicas);
                Assert.InRange(upserts, 1, replicas);
                Assert.InRange(lookups + creates.Count + upserts, 3, 4 * replicas);
                counted += lookups + creates.Count + upserts;
            }

            // Nothing else was sent, and Redis answered throughout (no outage warning).
            Assert.Equal(log.Count, counted);
            Assert.All(fleet, replica => Assert.DoesNotContain(replica.Logs.GetSnapshot(), l => l.Id.Id == 20));
        }
        finally
        {
            foreach (var replica in fleet)
            {
                await replica.DisposeAsync();
            }
        }
    }
}
