using Activepieces.Emulator;

namespace Activepieces.Connections.IntegrationTests.Runtime;

/// <summary>
/// The chaos run of <see cref="EmbedMintChaos"/> (4 replicas, 1,000 mints over 50 orgs, 20% server faults, the app's
/// 8 attempts) against the production pipeline: every mint succeeds, the app needs at most 5% extra attempts, the end
/// state is exact and no secret is logged. Its figures go to <c>artifacts/test-reports/resilience-chaos.txt</c>. Each
/// replica keeps its own Ensure cache here; the run with the cache shared over Redis is in the SharedCache tests (an
/// in-memory L2 would not be shared: HybridCache does not use a MemoryDistributedCache as its second level).
/// </summary>
public sealed class ChaosRunTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Four_replicas_mint_1000_tokens_under_20_percent_faults_without_losing_one()
    {
        await using var emulator = await ActivepiecesEmulator.StartAsync(EmbedMintChaos.AddFaults(EmulatorHarness.DefaultOptions()), Ct);
        var projectsBefore = emulator.Projects.Count;
        var clock = new VirtualClock();
        var replicas = Enumerable.Range(0, EmbedMintChaos.Replicas).Select(_ => new ChaosReplica(emulator, clock)).ToList();
        try
        {
            var figures = await EmbedMintChaos.RunAsync(emulator, clock, replicas, Ct);

            TestReportFile.Write("resilience-chaos", figures.ReportLines("Ensure cache per replica"));
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
