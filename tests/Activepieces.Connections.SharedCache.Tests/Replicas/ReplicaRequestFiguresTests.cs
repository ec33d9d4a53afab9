using Activepieces.SharedCache.Tests.Support;

namespace Activepieces.SharedCache.Tests.Replicas;

/// <summary>
/// Requests counted at the emulator when N replicas (separate DI containers) share one Garnet: one replica after the
/// other, a fresh replica after a deploy, and a rotation stored by one replica.
/// </summary>
public sealed class ReplicaRequestFiguresTests
{
    private const int Orgs = 100;

    private static readonly PredefinedConnectionDescriptor Gelato = new(TestPieceFiles.Gelato, AuthType.SecretText, "gelato_", "Gelato");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SecretTextValue ValueOf(int org, int version) => new($"gk-secret-org{org}-v{version}-Qx7");

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(8)]
    public async Task Staggered_replicas_cost_what_one_replica_costs(int replicas)
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        using var garnet = new GarnetInProcess();
        var fleet = Enumerable.Range(0, replicas).Select(_ => new Replica(h, garnet.Configuration)).ToList();
        try
        {
            foreach (var replica in fleet)
            {
                await EnsureAllAsync(replica, version: 1);
            }

            // Per org: the project lookup, its creation and the upsert, by the first replica only.
            Assert.Equal(3 * Orgs, h.Emulator.RequestCount);
        }
        finally
        {
            foreach (var replica in fleet)
            {
                await replica.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_restarted_replica_sends_nothing_for_orgs_that_are_right()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        using var garnet = new GarnetInProcess();
        await using (var before = new Replica(h, garnet.Configuration))
        {
            await EnsureAllAsync(before, version: 1);
        }

        h.Emulator.ResetRequestLog();
        await using var after = new Replica(h, garnet.Configuration);
        await EnsureAllAsync(after, version: 1);

        Assert.Equal(0, h.Emulator.RequestCount);
    }

    [Fact]
    public async Task A_rotation_costs_one_upsert_per_org_across_replicas()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        using var garnet = new GarnetInProcess();
        await using var first = new Replica(h, garnet.Configuration);
        await using var second = new Replica(h, garnet.Configuration);
        await using var third = new Replica(h, garnet.Configuration);
        foreach (var replica in new[] { first, second, third })
        {
            await EnsureAllAsync(replica, version: 1);
        }

        h.Emulator.ResetRequestLog();

        // Every replica's L1 holds version 1; the first stores version 2, and the others find it in L2.
        foreach (var replica in new[] { first, second, third })
        {
            await EnsureAllAsync(replica, version: 2);
        }

        Assert.Equal(Orgs, h.Emulator.RequestCount);
        Assert.Equal(Orgs, h.Emulator.CountRequests("POST", "/api/v1/global-connections"));
        Assert.Equal("gk-secret-org7-v2-Qx7", (await h.GetPieceSideValueAsync("gelato_org_7", h.ProjectIdOf("org_7")))?["secret_text"]?.GetValue<string>());
    }

    private static async Task EnsureAllAsync(Replica replica, int version)
    {
        var client = replica.Client;
        for (var org = 0; org < Orgs; org++)
        {
            await client.PredefinedConnections.EnsureAsync(Gelato, "org_" + org, ValueOf(org, version), Ct);
        }
    }
}
