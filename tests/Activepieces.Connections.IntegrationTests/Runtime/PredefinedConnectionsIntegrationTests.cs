using System.Text.Json;
using Activepieces.Emulator.Faults;

namespace Activepieces.Connections.IntegrationTests.Runtime;

public sealed class PredefinedConnectionsIntegrationTests
{
    private static readonly PredefinedConnectionDescriptor Gelato =
        new(TestPieceFiles.Gelato, AuthType.SecretText, "gelato_", "Gelato Connection");

    private static readonly PredefinedConnectionDescriptor MySql =
        new("@activepieces/piece-mysql", AuthType.CustomAuth, "mysql_", "MySQL", scope: ConnectionScope.Project);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_ensure_get_delete_of_a_global_connection()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var api = h.Client.PredefinedConnections;

        var created = await api.CreateAsync(Gelato, "org_1", new SecretTextValue("key-1"), Ct);
        var project = Assert.Single(h.Emulator.Projects, p => p.ExternalId == "org_1");
        Assert.Equal("gelato_org_1", created.ExternalId);
        Assert.Equal("PLATFORM", created.Scope);
        Assert.Equal([project.Id], created.ProjectIds);
        Assert.Equal("key-1", PieceValue(h, "gelato_org_1", project.Id));

        // Steady state: the project id is cached, so a changed value is exactly one upsert.
        h.Emulator.ResetRequestLog();
        var ensured = await api.EnsureAsync(Gelato, "org_1", new SecretTextValue("key-2"), Ct);
        Assert.Equal(created.Id, ensured.Id);
        Assert.Equal("POST /api/v1/global-connections", Describe(Assert.Single(h.Emulator.RequestLog)));
        Assert.Equal("key-2", PieceValue(h, "gelato_org_1", project.Id));

        // An equal value within the cache duration: no request at all.
        await api.EnsureAsync(Gelato, "org_1", new SecretTextValue("key-2"), Ct);
        Assert.Equal(1, h.Emulator.RequestCount);

        Assert.Equal(created.Id, (await api.GetAsync(Gelato, "org_1", Ct))?.Id);
        Assert.Single(h.Emulator.Connections);

        Assert.True(await api.DeleteAsync(Gelato, "org_1", Ct));
        Assert.Empty(h.Emulator.Connections);
        Assert.Null(await api.GetAsync(Gelato, "org_1", Ct));
        Assert.False(await api.DeleteAsync(Gelato, "org_1", Ct));
        Assert.Null(await api.GetAsync(Gelato, "nobody", Ct));
    }

    [Fact]
    public async Task Repeated_creates_update_one_row()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        for (var i = 0; i < 3; i++)
        {
            await h.Client.PredefinedConnections.CreateAsync(Gelato, "org_1", new SecretTextValue("key-" + i), Ct);
        }

        Assert.Single(h.Emulator.Connections);
        Assert.Equal(3, h.Emulator.CountRequests("POST", "/api/v1/global-connections"));
        Assert.Equal(1, h.Emulator.CountRequests("POST", "/api/v1/projects"));
    }

    [Fact]
    public async Task Project_scoped_custom_auth_connection()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var api = h.Client.PredefinedConnections;
        var value = new CustomAuthValue(("host", "db.internal"), ("port", 3306), ("user", "app"), ("password", "pw"), ("database", "main"));
        var created = await api.CreateAsync(MySql, "org_9", value, Ct);
        Assert.Equal("PROJECT", created.Scope);
        var project = Assert.Single(h.Emulator.Projects, p => p.ExternalId == "org_9");
        using var stored = JsonDocument.Parse(h.Emulator.GetConnectionValueForPiece("mysql_org_9", project.Id)!);
        var props = stored.RootElement.GetProperty("props");
        Assert.Equal("CUSTOM_AUTH", stored.RootElement.GetProperty("type").GetString());
        Assert.Equal(3306, props.GetProperty("port").GetInt32());
        Assert.Equal("db.internal", props.GetProperty("host").GetString());
        Assert.Equal(1, h.Emulator.CountRequests("POST", "/api/v1/app-connections"));
        Assert.Equal(created.Id, (await api.GetAsync(MySql, "org_9", Ct))?.Id);
        Assert.True(await api.DeleteAsync(MySql, "org_9", Ct));
        Assert.Empty(h.Emulator.Connections);
    }

    [Fact]
    public async Task Concurrent_ensures_for_many_orgs()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var tasks = Enumerable.Range(0, 20).SelectMany(org => Enumerable.Range(0, 10).Select(_ =>
            h.Client.PredefinedConnections.EnsureAsync(Gelato, "org_" + org, new SecretTextValue("k" + org), Ct).AsTask()));
        await Task.WhenAll(tasks);
        Assert.Equal(20, h.Emulator.Connections.Count);
        Assert.Equal(20, h.Emulator.CountRequests("POST", "/api/v1/projects"));
        Assert.Equal(20, h.Emulator.CountRequests("POST", "/api/v1/global-connections"));
    }

    [Fact]
    public async Task A_project_deleted_behind_the_cache_is_recreated()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var first = await h.Client.PredefinedConnections.CreateAsync(Gelato, "org_1", new SecretTextValue("k"), Ct);
        using (var admin = h.NewClient())
        {
            await admin.Projects.DeleteAsync(first.ProjectIds[0], Ct);
        }

        var second = await h.Client.PredefinedConnections.CreateAsync(Gelato, "org_1", new SecretTextValue("k"), Ct);
        Assert.NotEqual(first.ProjectIds[0], second.ProjectIds[0]);
        Assert.Equal(second.ProjectIds[0], Assert.Single(h.Emulator.Projects, p => p.ExternalId == "org_1").Id);
    }

    [Fact]
    public async Task Ensure_survives_a_dropped_project_creation()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        h.Emulator.Faults.Add(FaultRule.Sequenced("POST", "/api/v1/projects", Fault.DropConnectionAfterCommit));
        await h.Client.PredefinedConnections.EnsureAsync(Gelato, "org_1", new SecretTextValue("k"), Ct);
        Assert.Single(h.Emulator.Projects, p => p.ExternalId == "org_1");
        Assert.Single(h.Emulator.Connections);
    }

    private static string? PieceValue(EmulatorHarness h, string externalId, string projectId)
    {
        var json = h.Emulator.GetConnectionValueForPiece(externalId, projectId);
        if (json is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        Assert.Equal("SECRET_TEXT", document.RootElement.GetProperty("type").GetString());
        return document.RootElement.GetProperty("secret_text").GetString();
    }

    private static string Describe(Activepieces.Emulator.Inspection.RecordedRequest r) => r.Method + " " + r.Path;
}
