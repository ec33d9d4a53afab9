using Activepieces.Benchmarks.Fleet;

namespace Activepieces.Benchmarks.Tests.Fleet;

/// <summary>
/// The request counts of the fleet run (deterministic; wall time and allocations are only reported): a new org costs
/// one project create and one upsert plus its share of one listing, an existing org with a new value one upsert plus its
/// share of the listing pages, an equal value nothing; the audit reads each list once over the platform-wide listing, and
/// once plus one request per project over the per-project pass.
/// </summary>
public sealed class FleetRunTests
{
    [Fact]
    public async Task Sync_costs_at_most_the_target_requests_per_org_and_the_audit_reads_each_list_once()
    {
        var phases = await FleetRunner.RunAsync(120, TimeSpan.Zero, TestContext.Current.CancellationToken);

        Assert.Equal(6, phases.Count);
        Assert.Equal(3.0, phases[0].RequestsPerOrg);          // documented: lookup, create, upsert
        Assert.Equal(2 * 120 + 1, phases[1].Requests);        // one (empty) listing, then create + upsert per org
        Assert.True(phases[1].RequestsPerOrg <= 2.01);
        Assert.Equal(0, phases[2].Requests);
        Assert.Equal(120 + 1, phases[3].Requests);            // one listing page, then one upsert per org
        Assert.True(phases[3].RequestsPerOrg <= 1.02);
        Assert.Equal(FleetRunner.PlatformListingAudit, phases[4].Name);
        Assert.Equal(1 + 1 + 1, phases[4].Requests);          // projects page, PLATFORM-rows page, PROJECT-rows page
        Assert.Equal(FleetRunner.PerProjectAudit, phases[5].Name);
        Assert.Equal(1 + 1 + 1 + 120, phases[5].Requests);    // the listing's 404, connections page, projects page, one PROJECT-scope listing per project

        var table = FleetTable.ToMarkdown(phases);
        Assert.Contains("| `SyncAsync` again, equal values (same client) | 120 | 0 | 0.0000 |", table, StringComparison.Ordinal);
        Assert.Contains("faster (wall time)", table, StringComparison.Ordinal);
        Assert.Contains("Audit over the platform-wide listing vs the per-project pass: **41.0×** fewer requests (123 → 3)", table, StringComparison.Ordinal);
    }
}
