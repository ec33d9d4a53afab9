using Activepieces.Benchmarks.Fleet;

namespace Activepieces.Benchmarks.Tests.Fleet;

/// <summary>
/// The request counts of the fleet run (deterministic; wall time and allocations are only reported): a new org costs
/// one project create and one upsert plus its share of one listing, an existing org with a new value one upsert plus its
/// share of the listing pages, an equal value nothing.
/// </summary>
public sealed class FleetRunTests
{
    [Fact]
    public async Task Sync_costs_at_most_the_target_requests_per_org_and_the_audit_reads_each_list_once()
    {
        var phases = await FleetRunner.RunAsync(120, TimeSpan.Zero, TestContext.Current.CancellationToken);

        Assert.Equal(5, phases.Count);
        Assert.Equal(3.0, phases[0].RequestsPerOrg);          // documented: lookup, create, upsert
        Assert.Equal(2 * 120 + 1, phases[1].Requests);        // one (empty) listing, then create + upsert per org
        Assert.True(phases[1].RequestsPerOrg <= 2.01);
        Assert.Equal(0, phases[2].Requests);
        Assert.Equal(120 + 1, phases[3].Requests);            // one listing page, then one upsert per org
        Assert.True(phases[3].RequestsPerOrg <= 1.02);
        Assert.Equal(1 + 1 + 120, phases[4].Requests);        // connections page, projects page, one PROJECT-scope listing per project

        var table = FleetTable.ToMarkdown(phases);
        Assert.Contains("| `SyncAsync` again, equal values (same client) | 120 | 0 | 0.0000 |", table, StringComparison.Ordinal);
        Assert.Contains("faster (wall time)", table, StringComparison.Ordinal);
    }
}
