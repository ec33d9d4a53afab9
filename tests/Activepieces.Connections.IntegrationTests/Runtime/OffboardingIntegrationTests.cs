using Activepieces.Emulator;
using Activepieces.Emulator.Faults;

namespace Activepieces.Connections.IntegrationTests.Runtime;

/// <summary>
/// <see cref="ProjectsClient.OffboardAsync"/> against the emulator: the end state leaves no credential of the project behind,
/// a run interrupted by faults is finished by the next run, and other projects are untouched.
/// </summary>
public sealed class OffboardingIntegrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly PredefinedConnectionDescriptor Gelato = new(TestPieceFiles.Gelato, AuthType.SecretText, "gelato_", "Gelato");

    private static readonly PredefinedConnectionDescriptor GelatoPerProject =
        new(TestPieceFiles.Gelato, AuthType.SecretText, "gelatoproj_", "Gelato", scope: ConnectionScope.Project);

    private sealed record Setup(string Leaving, string Staying, string SoloGlobal, string SharedGlobal, string ProjectConnection, string StayingConnection);

    /// <summary>
    /// org_leaving has a global connection of its own, a PROJECT-scope connection and a share of a global connection
    /// that org_staying also uses; org_staying has its own global connection.
    /// </summary>
    private static async Task<Setup> ArrangeAsync(ActivepiecesClient client)
    {
        var solo = await client.PredefinedConnections.CreateAsync(Gelato, "org_leaving", new SecretTextValue("leaving-secret"), Ct);
        var projectConnection = await client.PredefinedConnections.CreateAsync(GelatoPerProject, "org_leaving", new SecretTextValue("leaving-project-secret"), Ct);
        var staying = await client.PredefinedConnections.CreateAsync(Gelato, "org_staying", new SecretTextValue("staying-secret"), Ct);
        var leavingId = (await client.Projects.GetByExternalIdAsync("org_leaving", Ct))!.Id;
        var stayingId = (await client.Projects.GetByExternalIdAsync("org_staying", Ct))!.Id;
        var shared = await client.GlobalConnections.UpsertAsync(
            new GlobalConnectionUpsertRequest
            {
                ExternalId = "shared_http",
                DisplayName = "Shared",
                PieceName = TestPieceFiles.Gelato,
                ProjectIds = [leavingId, stayingId],
                Value = new SecretTextValue("shared-secret"),
            },
            Ct);
        return new Setup(leavingId, stayingId, solo.Id, shared.Id, projectConnection.Id, staying.Id);
    }

    private static void AssertOffboarded(ActivepiecesEmulator emulator, Setup setup)
    {
        Assert.DoesNotContain(emulator.Projects, p => p.ExternalId == "org_leaving");
        Assert.DoesNotContain(emulator.Connections, c => c.ProjectIds.Contains(setup.Leaving));
        Assert.DoesNotContain(emulator.Connections, c => c.Id == setup.SoloGlobal || c.Id == setup.ProjectConnection);
        var shared = Assert.Single(emulator.Connections, c => c.Id == setup.SharedGlobal);
        Assert.Equal([setup.Staying], shared.ProjectIds);
        Assert.Contains(emulator.Connections, c => c.Id == setup.StayingConnection && c.ProjectIds.SequenceEqual([setup.Staying]));
        Assert.Contains(emulator.Projects, p => p.ExternalId == "org_staying");
    }

    [Fact]
    public async Task Offboarding_deletes_and_detaches_every_connection_then_the_project()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var setup = await ArrangeAsync(h.Client);

        var result = await h.Client.Projects.OffboardAsync("org_leaving", Ct);

        Assert.Equal(setup.Leaving, result.ProjectId);
        Assert.True(result.ProjectDeleted);
        Assert.Equal([setup.ProjectConnection], result.DeletedProjectConnectionIds);
        Assert.Equal([setup.SoloGlobal], result.DeletedGlobalConnectionIds);
        Assert.Equal([setup.SharedGlobal], result.DetachedGlobalConnectionIds);
        AssertOffboarded(h.Emulator, setup);

        // Idempotent: a second run finds nothing to do.
        var again = await h.Client.Projects.OffboardAsync("org_leaving", Ct);
        Assert.Null(again.ProjectId);
        Assert.False(again.ProjectDeleted);
        AssertOffboarded(h.Emulator, setup);

        // The external id can be used again, and gets a fresh connection without the old credentials.
        await h.Client.PredefinedConnections.EnsureAsync(Gelato, "org_leaving", new SecretTextValue("new-secret"), Ct);
        var reborn = Assert.Single(h.Emulator.Connections, c => c.ExternalId == "gelato_org_leaving");
        Assert.DoesNotContain("leaving-secret", reborn.ValueJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_interrupted_halfway_is_finished_by_the_next_run()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var setup = await ArrangeAsync(h.Client);

        // The first run deletes the global connection (answer lost after the commit), then dies on the update.
        h.Emulator.Faults.Add(FaultRule.Sequenced("DELETE", "/api/v1/global-connections/*", Fault.DropConnectionAfterCommit));
        h.Emulator.Faults.Add(FaultRule.Sequenced("POST", "/api/v1/global-connections/*", Fault.ServiceUnavailable));
        var failures = 0;
        ProjectOffboardingResult? result = null;
        while (result is null)
        {
            try
            {
                result = await h.Client.Projects.OffboardAsync("org_leaving", Ct);
            }
            catch (ActivepiecesException e) when (e.IsTransient)
            {
                failures++;
                Assert.Contains(h.Emulator.Projects, p => p.ExternalId == "org_leaving"); // the project goes last
            }
        }

        Assert.Equal(2, failures);
        Assert.True(result.ProjectDeleted);
        AssertOffboarded(h.Emulator, setup);
    }

    [Fact]
    public async Task Repeated_runs_under_random_faults_reach_the_same_end_state()
    {
        var options = new ActivepiecesEmulatorOptions { FaultSeed = 11 }.AddPiece(TestPieceFiles.Gelato, "0.1.0");
        await using var h = await EmulatorHarness.StartAsync(options, Ct);
        var emulator = h.Emulator;
        var client = h.Client;
        var setup = await ArrangeAsync(client);
        emulator.Faults.Add(FaultRule.WithProbability("*", "/api/v1/**", 0.2, Fault.ServiceUnavailable));
        emulator.Faults.Add(FaultRule.WithProbability("DELETE", "/api/v1/**", 0.3, Fault.DropConnectionAfterCommit));
        emulator.Faults.Add(FaultRule.WithProbability("POST", "/api/v1/global-connections/*", 0.3, Fault.DropConnectionAfterCommit));

        var runs = 0;
        while (true)
        {
            runs++;
            Assert.True(runs <= 100, "The offboarding did not finish in 100 runs.");
            try
            {
                await client.Projects.OffboardAsync("org_leaving", Ct);
                break;
            }
            catch (ActivepiecesException e)
            {
                Assert.True(e.IsTransient, e.Message);
            }
        }

        emulator.Faults.Clear();
        Assert.True(runs > 1, "The faults interrupted no run (the seeded draws changed?).");
        AssertOffboarded(emulator, setup);
        Assert.Null((await client.Projects.OffboardAsync("org_leaving", Ct)).ProjectId);
    }
}
