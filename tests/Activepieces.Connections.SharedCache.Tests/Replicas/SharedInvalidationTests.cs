using Activepieces.SharedCache.Tests.Support;

namespace Activepieces.SharedCache.Tests.Replicas;

/// <summary>
/// Every invalidation that removes shared entries (Create, Delete, Repair, a project deletion, Offboard) has finished in
/// Redis when the call returns, so the next read of any replica sees it. The reading replicas run without their own
/// Ensure cache (as after their L1 entry expired) and have read the org before, so their HybridCache already knows the
/// org's tag: what they must not find is the old entry.
/// </summary>
public sealed class SharedInvalidationTests
{
    private static readonly PredefinedConnectionDescriptor Gelato = new(TestPieceFiles.Gelato, AuthType.SecretText, "gelato_", "Gelato");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Repair_waits_for_the_shared_removal_and_the_next_replica_upserts_again()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        using var garnet = new GarnetInProcess();
        var gate = new RemovalGate();
        await using var first = new Replica(h, garnet.Configuration, services: ReplicaServices.Through(gate, garnet.Configuration));
        await using var reader = new Replica(h, garnet.Configuration, services: ReplicaServices.WithoutLocalEnsureCache);
        var value = new SecretTextValue("repair-secret-1");
        var ensured = await first.Client.PredefinedConnections.EnsureAsync(Gelato, "org_1", value, Ct);
        await reader.Client.PredefinedConnections.EnsureAsync(Gelato, "org_1", value, Ct);

        // The project goes behind the caches' back: its connection is orphaned, and repair deletes it.
        using (var admin = h.NewClient())
        {
            await admin.Projects.DeleteAsync(ensured.ProjectIds[0], Ct);
        }

        var audit = await first.Client.PredefinedConnections.AuditAsync(Gelato, Ct);
        Assert.Contains(audit.Findings, f => f.Kind == FindingKind.Orphaned && f.ExternalId == "gelato_org_1");
        gate.Arm();
        var repair = first.Client.PredefinedConnections.RepairAsync(audit, Ct);
        await gate.RemovalStarted;
        Assert.False(repair.IsCompleted);
        gate.Open();
        Assert.Single((await repair).Deleted);
        Assert.Empty(h.Emulator.Connections);

        // The reader finds no entry: it upserts with the project id Redis still holds (404: the project is gone), looks
        // the project up, creates it and upserts again.
        h.Emulator.ResetRequestLog();
        var again = await reader.Client.PredefinedConnections.EnsureAsync(Gelato, "org_1", value, Ct);
        Assert.Equal(2, h.Emulator.CountRequests("POST", "/api/v1/global-connections"));
        Assert.Equal(4, h.Emulator.RequestCount);
        Assert.Equal(h.ProjectIdOf("org_1"), Assert.Single(again.ProjectIds));
        Assert.Single(h.Emulator.Connections);
    }

    [Fact]
    public async Task Deleting_a_project_another_replica_learnt_removes_its_shared_id_for_every_replica()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        using var garnet = new GarnetInProcess();
        await using var first = new Replica(h, garnet.Configuration);
        await using var reader = new Replica(h, garnet.Configuration, services: ReplicaServices.WithoutLocalEnsureCache);
        await using var deleter = new Replica(h, garnet.Configuration);
        var value = new SecretTextValue("delete-project-secret-1");
        var ensured = await first.Client.PredefinedConnections.EnsureAsync(Gelato, "org_1", value, Ct);
        await first.Client.PredefinedConnections.EnsureAsync(Gelato, "org_2", value, Ct);
        h.Emulator.ResetRequestLog();
        await reader.Client.PredefinedConnections.EnsureAsync(Gelato, "org_1", value, Ct);
        Assert.Equal(0, h.Emulator.RequestCount);

        // The deleter never saw the project: it reads it (to learn its external id), then deletes it.
        await deleter.Client.Projects.DeleteAsync(ensured.ProjectIds[0], Ct);
        Assert.Equal(1, h.Emulator.CountRequests("GET", "/api/v1/projects/*"));
        Assert.Equal(1, h.Emulator.CountRequests("DELETE", "/api/v1/projects/*"));
        Assert.Equal(2, h.Emulator.RequestCount);

        var contents = await GarnetContents.ReadAllAsync(garnet);
        Assert.DoesNotContain(contents, e => e.Key.EndsWith("activepieces:project:org_1", StringComparison.Ordinal));
        Assert.Contains(contents, e => e.Key.EndsWith("activepieces:project:org_2", StringComparison.Ordinal));

        // The reader remembers the deleted project's id and its HybridCache knows org_1's tag; the shared id is gone, so
        // it asks the server: lookup (none), create, upsert. org_2 is untouched.
        h.Emulator.ResetRequestLog();
        var again = await reader.Client.PredefinedConnections.EnsureAsync(Gelato, "org_1", value, Ct);
        Assert.Equal(3, h.Emulator.RequestCount);
        Assert.NotEqual(ensured.ProjectIds[0], Assert.Single(again.ProjectIds));
        Assert.Equal(h.ProjectIdOf("org_1"), again.ProjectIds[0]);
        await reader.Client.PredefinedConnections.EnsureAsync(Gelato, "org_2", value, Ct);
        Assert.Equal(3, h.Emulator.RequestCount);
    }

    [Fact]
    public async Task Offboarding_on_one_replica_is_seen_by_a_replica_that_read_the_org_before()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        using var garnet = new GarnetInProcess();
        await using var first = new Replica(h, garnet.Configuration);
        await using var reader = new Replica(h, garnet.Configuration, services: ReplicaServices.WithoutLocalEnsureCache);
        var value = new SecretTextValue("offboard-reader-secret-1");
        var ensured = await first.Client.PredefinedConnections.EnsureAsync(Gelato, "org_1", value, Ct);
        h.Emulator.ResetRequestLog();
        await reader.Client.PredefinedConnections.EnsureAsync(Gelato, "org_1", value, Ct);
        Assert.Equal(0, h.Emulator.RequestCount);

        await first.Client.Projects.OffboardAsync("org_1", Ct);
        Assert.Empty(h.Emulator.Connections);

        h.Emulator.ResetRequestLog();
        var again = await reader.Client.PredefinedConnections.EnsureAsync(Gelato, "org_1", value, Ct);
        Assert.Equal(3, h.Emulator.RequestCount);
        Assert.NotEqual(ensured.ProjectIds[0], Assert.Single(again.ProjectIds));
        Assert.Equal(h.ProjectIdOf("org_1"), again.ProjectIds[0]);
        Assert.Single(h.Emulator.Connections);
    }

    [Fact]
    public async Task Deleting_the_connection_on_one_replica_makes_the_next_read_of_another_upsert()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        using var garnet = new GarnetInProcess();
        await using var first = new Replica(h, garnet.Configuration);
        await using var reader = new Replica(h, garnet.Configuration, services: ReplicaServices.WithoutLocalEnsureCache);
        var value = new SecretTextValue("delete-connection-secret-1");
        await first.Client.PredefinedConnections.EnsureAsync(Gelato, "org_1", value, Ct);
        await reader.Client.PredefinedConnections.EnsureAsync(Gelato, "org_1", value, Ct);

        Assert.True(await first.Client.PredefinedConnections.DeleteAsync(Gelato, "org_1", Ct));
        Assert.Empty(h.Emulator.Connections);

        h.Emulator.ResetRequestLog();
        await reader.Client.PredefinedConnections.EnsureAsync(Gelato, "org_1", value, Ct);
        Assert.Equal(1, h.Emulator.RequestCount);
        Assert.Equal(1, h.Emulator.CountRequests("POST", "/api/v1/global-connections"));
        Assert.Single(h.Emulator.Connections);
    }

    [Fact]
    public async Task Create_on_one_replica_makes_another_send_the_value_it_ensures()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        using var garnet = new GarnetInProcess();
        await using var first = new Replica(h, garnet.Configuration);
        await using var reader = new Replica(h, garnet.Configuration, services: ReplicaServices.WithoutLocalEnsureCache);
        var old = new SecretTextValue("create-old-secret-1");
        await first.Client.PredefinedConnections.EnsureAsync(Gelato, "org_1", old, Ct);
        await reader.Client.PredefinedConnections.EnsureAsync(Gelato, "org_1", old, Ct);

        await first.Client.PredefinedConnections.CreateAsync(Gelato, "org_1", new SecretTextValue("create-new-secret-2"), Ct);

        // The server holds the new value; the entry that said "old is stored" is gone, so the reader sends old again.
        h.Emulator.ResetRequestLog();
        await reader.Client.PredefinedConnections.EnsureAsync(Gelato, "org_1", old, Ct);
        Assert.Equal(1, h.Emulator.CountRequests("POST", "/api/v1/global-connections"));
        Assert.Equal(1, h.Emulator.RequestCount);
        Assert.Equal("create-old-secret-1", (await h.GetPieceSideValueAsync("gelato_org_1", h.ProjectIdOf("org_1")))?["secret_text"]?.GetValue<string>());
    }
}
