using Activepieces.Emulator;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace Activepieces.Connections.IntegrationTests.Runtime;

/// <summary>
/// The chaos run of <see cref="EmbedMintChaos"/> (4 replicas, 1,000 mints over 50 orgs, 20% server faults, the app's
/// 8 attempts) against the production pipeline: every mint succeeds, the app needs at most 5% extra attempts, the end
/// state is exact and no secret is logged. Its figures go to <c>artifacts/test-reports/resilience-chaos.txt</c>.
/// </summary>
public sealed class ChaosRunTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Four_replicas_mint_1000_tokens_under_20_percent_faults_without_losing_one(bool sharedCache)
    {
        await using var emulator = await ActivepiecesEmulator.StartAsync(EmbedMintChaos.AddFaults(EmulatorHarness.DefaultOptions()), Ct);
        var projectsBefore = emulator.Projects.Count;
        var clock = new VirtualClock();

        // One L2 for all replicas when shared (in memory here; Redis in production, see the SharedCache tests).
        var shared = sharedCache ? new MemoryDistributedCache(Microsoft.Extensions.Options.Options.Create(new MemoryDistributedCacheOptions())) : null;
        var replicas = Enumerable.Range(0, EmbedMintChaos.Replicas).Select(_ => new ChaosReplica(emulator, clock, (services, builder) =>
        {
            if (shared is not null)
            {
                services.AddSingleton<IDistributedCache>(shared);
                builder.UseDistributedEnsureCache();
            }
        })).ToList();
        try
        {
            var figures = await EmbedMintChaos.RunAsync(emulator, clock, replicas, Ct);

            TestReportFile.Write("resilience-chaos", figures.ReportLines(sharedCache ? "Ensure cache shared in memory" : "Ensure cache per replica"));
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
