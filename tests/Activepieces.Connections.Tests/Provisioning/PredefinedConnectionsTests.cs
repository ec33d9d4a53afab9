using System.Net;
using System.Text.Json;
using Activepieces.Emulator.Faults;
using Activepieces.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Activepieces.Tests.Provisioning;

/// <summary>The predefined-connection flows of the client, request by request, against the emulator.</summary>
public sealed class PredefinedConnectionsTests
{
    private const string GlobalConnections = "/api/v1/global-connections";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_gets_or_creates_the_project_then_upserts_the_global_connection()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var connection = await h.Client.PredefinedConnections.CreateAsync(TestData.Gelato, "org_1", new SecretTextValue("s3cr3t"), Ct);

        Assert.Equal("gelato_org_1", connection.ExternalId);
        Assert.Equal(["GET /api/v1/projects", "POST /api/v1/projects", "POST " + GlobalConnections], h.Emulator.RequestLog.Select(Describe));
        var upsert = Assert.Single(h.Upserts());
        Assert.Equal(201, upsert.StatusCode); // the emulator accepts only its own API key
        Assert.Equal(
            $$"""{"externalId":"gelato_org_1","displayName":"Gelato Connection","pieceName":"@activepieces/piece-gelato","type":"SECRET_TEXT","value":{"type":"SECRET_TEXT","secret_text":"s3cr3t"},"scope":"PLATFORM","projectIds":["{{h.ProjectIdOf("org_1")}}"]}""",
            upsert.RequestBody);
    }

    [Fact]
    public async Task Steady_state_create_is_a_single_upsert()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        await h.Client.PredefinedConnections.CreateAsync(TestData.Gelato, "org_1", new SecretTextValue("v1"), Ct);
        h.Emulator.ResetRequestLog();

        await h.Client.PredefinedConnections.CreateAsync(TestData.Gelato, "org_1", new SecretTextValue("v2"), Ct);

        Assert.Equal("POST " + GlobalConnections, Describe(Assert.Single(h.Emulator.RequestLog)));
        Assert.Single(h.Emulator.Connections);
    }

    [Fact]
    public async Task Project_scope_upserts_an_app_connection_with_the_project_id()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var project = h.Emulator.AddProject("Acme", "org_1");

        var connection = await h.Client.PredefinedConnections.CreateAsync(TestData.GelatoPerProject, "org_1", new SecretTextValue("s"), Ct);

        Assert.Equal("PROJECT", connection.Scope);
        var upsert = Assert.Single(h.Upserts());
        Assert.Equal("/api/v1/app-connections", upsert.Path);
        Assert.Equal(
            $$$"""{"externalId":"gelato_org_1","displayName":"Gelato Connection","pieceName":"@activepieces/piece-gelato","projectId":"{{{project.Id}}}","type":"SECRET_TEXT","value":{"type":"SECRET_TEXT","secret_text":"s"}}""",
            upsert.RequestBody);
        Assert.Equal(connection.Id, (await h.Client.PredefinedConnections.GetAsync(TestData.GelatoPerProject, "org_1", Ct))?.Id);
        Assert.True(await h.Client.PredefinedConnections.DeleteAsync(TestData.GelatoPerProject, "org_1", Ct));
        Assert.Equal(1, h.Emulator.CountRequests("DELETE", "/api/v1/app-connections/" + connection.Id));
        Assert.Empty(h.Emulator.Connections);
    }

    [Fact]
    public async Task Pinned_piece_version_is_sent()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        h.Emulator.AddPiece(TestPieceFiles.Gelato, "0.2.1");
        var pinned = new PredefinedConnectionDescriptor(TestPieceFiles.Gelato, AuthType.SecretText, "gelato_", "Gelato", "0.2.1");

        var connection = await h.Client.PredefinedConnections.CreateAsync(pinned, "org_1", new SecretTextValue("s"), Ct);

        using var body = JsonDocument.Parse(Assert.Single(h.Upserts()).RequestBody);
        Assert.Equal("0.2.1", body.RootElement.GetProperty("pieceVersion").GetString());
        Assert.Equal("0.2.1", connection.PieceVersion);
    }

    [Fact]
    public async Task A_value_of_the_wrong_auth_type_is_rejected_before_any_request()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => h.Client.PredefinedConnections.CreateAsync(TestData.Gelato, "org_1", new BasicAuthValue("u", "p"), Ct));
        Assert.Equal("value", error.ParamName);
        Assert.Empty(h.Emulator.RequestLog);
    }

    [Fact]
    public async Task Ensure_with_an_equal_value_makes_no_request()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var first = await h.Client.PredefinedConnections.EnsureAsync(TestData.Gelato, "org_1", new SecretTextValue("s"), Ct);
        h.Emulator.ResetRequestLog();

        var second = await h.Client.PredefinedConnections.EnsureAsync(TestData.Gelato, "org_1", new SecretTextValue("s"), Ct);

        Assert.Empty(h.Emulator.RequestLog);
        Assert.Same(first, second);
    }

    [Fact]
    public async Task Ensure_with_a_changed_value_is_one_upsert()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        await h.Client.PredefinedConnections.EnsureAsync(TestData.Gelato, "org_1", new SecretTextValue("old"), Ct);
        h.Emulator.ResetRequestLog();

        await h.Client.PredefinedConnections.EnsureAsync(TestData.Gelato, "org_1", new SecretTextValue("new"), Ct);

        var upsert = Assert.Single(h.Emulator.RequestLog);
        Assert.Equal("POST " + GlobalConnections, Describe(upsert));
        Assert.Contains("\"secret_text\":\"new\"", upsert.RequestBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ensure_cache_expires()
    {
        var time = new FakeTimeProvider();
        await using var h = await EmulatorHarness.StartAsync(Ct);
        using var client = h.NewClient(timeProvider: time, ensureCacheDuration: TimeSpan.FromMinutes(1));

        await client.PredefinedConnections.EnsureAsync(TestData.Gelato, "org_1", new SecretTextValue("s"), Ct);
        time.Advance(TimeSpan.FromSeconds(59));
        await client.PredefinedConnections.EnsureAsync(TestData.Gelato, "org_1", new SecretTextValue("s"), Ct);
        Assert.Equal(1, h.Emulator.CountRequests("POST", GlobalConnections));
        time.Advance(TimeSpan.FromSeconds(2));
        await client.PredefinedConnections.EnsureAsync(TestData.Gelato, "org_1", new SecretTextValue("s"), Ct);
        Assert.Equal(2, h.Emulator.CountRequests("POST", GlobalConnections));
    }

    [Fact]
    public async Task Zero_cache_duration_disables_the_cache()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        using var client = h.NewClient(ensureCacheDuration: TimeSpan.Zero);
        await client.PredefinedConnections.EnsureAsync(TestData.Gelato, "org_1", new SecretTextValue("s"), Ct);
        await client.PredefinedConnections.EnsureAsync(TestData.Gelato, "org_1", new SecretTextValue("s"), Ct);
        Assert.Equal(2, h.Emulator.CountRequests("POST", GlobalConnections));
    }

    [Fact]
    public async Task Concurrent_ensures_share_one_operation()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var creates = new FaultGate();
        h.Emulator.Faults.Add(FaultRule.Always("POST", "/api/v1/projects", Fault.Hold(creates)));

        // Every call has started before the project create is answered: they can only share the operation or send their own.
        var calls = Enumerable.Range(0, 100)
            .Select(_ => h.Client.PredefinedConnections.EnsureAsync(TestData.Gelato, "org_1", new SecretTextValue("s"), Ct).AsTask())
            .ToArray();
        await creates.WaitUntilHeldAsync(cancellationToken: Ct);
        creates.Release();
        var results = await Task.WhenAll(calls);

        Assert.Equal(1, h.Emulator.CountRequests("GET", "/api/v1/projects"));
        Assert.Equal(1, h.Emulator.CountRequests("POST", "/api/v1/projects"));
        Assert.Equal(1, h.Emulator.CountRequests("POST", GlobalConnections));
        Assert.Single(results.Distinct());
    }

    [Fact]
    public async Task Create_and_delete_invalidate_the_ensure_cache()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var value = new SecretTextValue("s");
        await h.Client.PredefinedConnections.EnsureAsync(TestData.Gelato, "org_1", value, Ct);
        await h.Client.PredefinedConnections.CreateAsync(TestData.Gelato, "org_1", value, Ct);
        await h.Client.PredefinedConnections.EnsureAsync(TestData.Gelato, "org_1", value, Ct);
        Assert.Equal(3, h.Emulator.CountRequests("POST", GlobalConnections));

        Assert.True(await h.Client.PredefinedConnections.DeleteAsync(TestData.Gelato, "org_1", Ct));
        Assert.Empty(h.Emulator.Connections);
        await h.Client.PredefinedConnections.EnsureAsync(TestData.Gelato, "org_1", value, Ct);
        Assert.Equal(4, h.Emulator.CountRequests("POST", GlobalConnections));
        Assert.Single(h.Emulator.Connections);
    }

    [Fact]
    public async Task Get_and_delete_of_a_missing_project_or_connection()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        Assert.Null(await h.Client.PredefinedConnections.GetAsync(TestData.Gelato, "nobody", Ct));
        Assert.False(await h.Client.PredefinedConnections.DeleteAsync(TestData.Gelato, "nobody", Ct));
        Assert.Equal(0, h.Emulator.CountRequests("POST", "/api/v1/projects"));

        h.Emulator.AddProject("Second", "org_2");
        Assert.Null(await h.Client.PredefinedConnections.GetAsync(TestData.Gelato, "org_2", Ct));
        Assert.False(await h.Client.PredefinedConnections.DeleteAsync(TestData.Gelato, "org_2", Ct));
        Assert.Equal(0, h.Emulator.CountRequests("DELETE", "/**"));
    }

    [Fact]
    public async Task Get_finds_only_the_connection_listing_the_project()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var created = await h.Client.PredefinedConnections.CreateAsync(TestData.Gelato, "org_1", new SecretTextValue("s"), Ct);
        await h.Client.PredefinedConnections.CreateAsync(TestData.Gelato, "org_2", new SecretTextValue("s"), Ct);
        var found = await h.Client.PredefinedConnections.GetAsync(TestData.Gelato, "org_1", Ct);
        Assert.Equal(created.Id, found?.Id);
        Assert.Equal(2, h.Emulator.Connections.Count);
    }

    [Fact]
    public async Task Other_upsert_errors_surface_unchanged()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var unknownPiece = new PredefinedConnectionDescriptor("@activepieces/piece-not-served", AuthType.SecretText, "ns_", "Not served");

        var error = await Assert.ThrowsAsync<ActivepiecesApiException>(
            () => h.Client.PredefinedConnections.EnsureAsync(unknownPiece, "org_1", new SecretTextValue("s"), Ct).AsTask());

        // A 404 that is not about the project: no stale-project retry, the server's error as it came.
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("ENTITY_NOT_FOUND", error.Code);
        Assert.Equal(1, h.Emulator.CountRequests("POST", GlobalConnections));
        Assert.Equal(1, h.Emulator.CountRequests("POST", "/api/v1/projects"));
    }

    [Fact]
    public async Task Cancellation_reaches_the_http_call()
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var observed = new TaskCompletionSource<bool>();
        var handler = new FakeHttpHandler(async (_, token) =>
        {
            cts.Cancel();
            observed.SetResult(token.IsCancellationRequested);
            await Task.Delay(Timeout.Infinite, token);
            return FakeHttpHandler.NoContent();
        });
        using var client = new ActivepiecesClient(new HttpClient(handler), TestData.Options());
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => client.PredefinedConnections.CreateAsync(TestData.Gelato, "org_1", new SecretTextValue("s"), cts.Token));
        Assert.True(await observed.Task);
    }

    private static string Describe(Activepieces.Emulator.Inspection.RecordedRequest request) => request.Method + " " + request.Path;
}
