using Activepieces.Benchmarks.Replicas;

namespace Activepieces.Benchmarks.Tests.Replicas;

/// <summary>
/// The request counts of the replica run (deterministic for the one-after-the-other scenarios; bounded for the concurrent
/// cold start, whose interleaving the machine decides): with the shared cache, N replicas cost what one costs; without
/// it, every further replica pays the lookup and the upsert again.
/// </summary>
public sealed class ReplicaRunTests
{
    private const int Orgs = 20;

    [Fact]
    public async Task Shared_replicas_cost_what_one_replica_costs_and_the_baseline_grows_with_n()
    {
        var figures = await ReplicaRunner.RunAsync(Orgs, TestContext.Current.CancellationToken);

        Assert.Equal(ReplicaRunner.ReplicaCounts.Count * 4, figures.Count);
        foreach (var n in ReplicaRunner.ReplicaCounts)
        {
            var staggered = Single(figures, ReplicaScenario.Staggered, n);
            Assert.Equal(3 * Orgs, staggered.Shared.Requests);             // lookup, create, upsert, by replica 1 only
            Assert.Equal((3 + (2 * (n - 1))) * Orgs, staggered.Baseline.Requests); // and lookup + upsert per further replica

            var restart = Single(figures, ReplicaScenario.Restart, n);
            Assert.Equal(0, restart.Shared.Requests);
            Assert.Equal(2 * Orgs, restart.Baseline.Requests);

            var rotation = Single(figures, ReplicaScenario.Rotation, n);
            Assert.Equal(Orgs, rotation.Shared.Requests);
            Assert.Equal(Orgs, rotation.Shared.Upserts);
            Assert.Equal(n * Orgs, rotation.Baseline.Upserts);

            // Per org and replica at most a lookup, a create, a read-back and an upsert; at least one of each but the read-back.
            var cold = Single(figures, ReplicaScenario.ConcurrentColdStart, n);
            foreach (var counts in new[] { cold.Shared, cold.Baseline })
            {
                Assert.InRange(counts.Requests, 3 * Orgs, 4 * n * Orgs);
                Assert.InRange(counts.Upserts, Orgs, n * Orgs);
                Assert.Equal(Orgs, counts.Creates - counts.RefusedCreates);
            }
        }

        var table = ReplicaTable.ToMarkdown(figures);
        Assert.Contains("| Restart (fresh replica, equal values) | 8 | 20 | 0.000 | 0.000 | 2.000 | 1.000 | 0.000 |", table, StringComparison.Ordinal);
        Assert.Contains("| Staggered (new orgs, one replica after the other) | 8 | 20 | 3.000 | 1.000 | 17.000 | 8.000 | 0.176 |", table, StringComparison.Ordinal);
    }

    private static ReplicaFigure Single(IReadOnlyList<ReplicaFigure> figures, ReplicaScenario scenario, int replicas) =>
        Assert.Single(figures, f => f.Scenario == scenario && f.Replicas == replicas);
}
