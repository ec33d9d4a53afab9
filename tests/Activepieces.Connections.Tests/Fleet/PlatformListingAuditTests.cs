using System.Globalization;

namespace Activepieces.Tests.Fleet;

/// <summary>
/// The audit's cost over the platform-wide listing: 10,000 connections in a handful of pages, where the per-project pass
/// of older servers costs one request per project.
/// </summary>
public sealed class PlatformListingAuditTests
{
    private const int Orgs = 10_000;

    private static readonly PredefinedConnectionDescriptor Gelato =
        new(TestPieceFiles.Gelato, AuthType.SecretText, "gelato_", "Gelato Connection");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_audit_of_10000_connections_costs_at_most_100_requests()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var projects = Enumerable.Range(0, Orgs)
            .Select(i => h.Emulator.AddProject("Org " + i.ToString(CultureInfo.InvariantCulture), "org_" + i.ToString("D5", CultureInfo.InvariantCulture)))
            .ToArray();
        await Parallel.ForEachAsync(projects, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = Ct }, async (project, ct) =>
            await h.Client.GlobalConnections.UpsertAsync(
                new GlobalConnectionUpsertRequest
                {
                    ExternalId = "gelato_" + project.ExternalId,
                    DisplayName = "Gelato",
                    PieceName = TestPieceFiles.Gelato,
                    ProjectIds = [project.Id],
                    Value = new SecretTextValue("secret-" + project.ExternalId),
                },
                ct));

        h.Emulator.ResetRequestLog();
        var audit = await h.Client.PredefinedConnections.AuditAsync(Gelato, Ct);

        Assert.Equal(Orgs, audit.Connections);
        Assert.Equal(Orgs, audit.Projects);
        Assert.Empty(audit.Findings);
        Assert.False(audit.UsedPerProjectPass);
        Assert.InRange(h.Emulator.RequestCount, 1, 100);
        Assert.Equal(0, h.Emulator.CountRequests("GET", "/api/v1/app-connections"));
        Assert.Equal(0, h.Emulator.CountRequests("GET", "/api/v1/global-connections"));
        Assert.Equal(h.Emulator.RequestCount, h.Emulator.CountRequests("GET", "/api/v1/projects") + h.Emulator.CountRequests("GET", "/api/v1/platform-app-connections"));
    }
}
