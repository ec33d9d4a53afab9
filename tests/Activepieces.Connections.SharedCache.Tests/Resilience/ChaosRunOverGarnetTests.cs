using Activepieces.Emulator;
using Activepieces.SharedCache.Tests.Support;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;

namespace Activepieces.SharedCache.Tests.Resilience;

/// <summary>
/// The chaos run of <see cref="EmbedMintChaos"/> (4 replicas, 1,000 mints over 50 orgs, 20% server faults) with the
/// replicas sharing their Ensure and project-id caches through one real Redis-protocol server (Garnet): a value one
/// replica stored while the server failed around it never hides a newer one, and the run converges exactly.
/// </summary>
public sealed class ChaosRunOverGarnetTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Four_replicas_sharing_garnet_mint_1000_tokens_under_20_percent_faults_and_converge_exactly()
    {
        await using var emulator = await ActivepiecesEmulator.StartAsync(EmbedMintChaos.AddFaults(EmulatorHarness.DefaultOptions()), Ct);
        var projectsBefore = emulator.Projects.Count;
        using var garnet = new GarnetInProcess();
        var clock = new VirtualClock();
        var replicas = Enumerable.Range(0, EmbedMintChaos.Replicas).Select(_ => new ChaosReplica(emulator, clock, (services, builder) =>
        {
            services.AddStackExchangeRedisCache(o => o.Configuration = garnet.Configuration);

            // As Support/Replica: a slow first connection on a loaded machine is not an outage of the cache.
            builder.UseDistributedEnsureCache(o => o.OperationTimeout = TimeSpan.FromSeconds(30));
        })).ToList();
        try
        {
            foreach (var replica in replicas)
            {
                replica.Services.GetRequiredService<IDistributedCache>().Get("replica-warm-up");
            }

            var figures = await EmbedMintChaos.RunAsync(emulator, clock, replicas, Ct);

            TestReportFile.Write("resilience-chaos", figures.ReportLines("Ensure cache shared over Garnet"));
            figures.AssertConverged(projectsBefore + EmbedMintChaos.Orgs);
            Assert.DoesNotContain("Unavailable/CircuitBroken", figures.FailuresByReason.Keys);
        }
        finally
        {
            foreach (var replica in replicas)
            {
                await replica.DisposeAsync();
            }
        }
    }
}
