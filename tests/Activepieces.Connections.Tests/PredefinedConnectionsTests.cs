using System.Net;
using System.Text.Json;
using Activepieces.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Activepieces.Tests;

public sealed class PredefinedConnectionsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_gets_or_creates_the_project_then_upserts_the_global_connection()
    {
        var server = new MiniActivepieces();
        using var client = server.CreateClient();
        var connection = await client.PredefinedConnections.CreateAsync(TestData.Gelato, "org_1", new SecretTextValue("s3cr3t"), Ct);

        Assert.Equal("gelato_org_1", connection.ExternalId);
        var upsert = Assert.Single(server.Handler.Requests, r => r.Method == HttpMethod.Post && r.Path == "/api/v1/global-connections");
        Assert.Equal(
            """{"externalId":"gelato_org_1","displayName":"Gelato Connection","pieceName":"@activepieces/piece-gelato","type":"SECRET_TEXT","value":{"type":"SECRET_TEXT","secret_text":"s3cr3t"},"scope":"PLATFORM","projectIds":["proj1"]}""",
            upsert.Body);
        Assert.Equal("Bearer " + TestData.ApiKey, upsert.Authorization);
    }

    [Fact]
    public async Task Steady_state_create_is_a_single_upsert()
    {
        var server = new MiniActivepieces();
        using var client = server.CreateClient();
        await client.PredefinedConnections.CreateAsync(TestData.Gelato, "org_1", new SecretTextValue("v1"), Ct);
        var before = server.Handler.Requests.Count;
        await client.PredefinedConnections.CreateAsync(TestData.Gelato, "org_1", new SecretTextValue("v2"), Ct);
        var after = server.Handler.Requests.Skip(before).ToArray();
        Assert.Equal("POST /api/v1/global-connections", Assert.Single(after).ToString());
        Assert.Equal(1, server.ConnectionCount);
    }

    [Fact]
    public async Task Project_scope_upserts_an_app_connection_with_the_project_id()
    {
        var server = new MiniActivepieces();
        server.AddProject("org_1", "p1");
        using var client = server.CreateClient();
        var connection = await client.PredefinedConnections.CreateAsync(TestData.GelatoPerProject, "org_1", new SecretTextValue("s"), Ct);
        Assert.Equal("PROJECT", connection.Scope);
        var upsert = Assert.Single(server.Handler.Requests, r => r.Method == HttpMethod.Post);
        Assert.Equal("/api/v1/app-connections", upsert.Path);
        Assert.Equal(
            """{"externalId":"gelato_org_1","displayName":"Gelato Connection","pieceName":"@activepieces/piece-gelato","projectId":"p1","type":"SECRET_TEXT","value":{"type":"SECRET_TEXT","secret_text":"s"}}""",
            upsert.Body);
        Assert.Equal(connection.Id, (await client.PredefinedConnections.GetAsync(TestData.GelatoPerProject, "org_1", Ct))?.Id);
        Assert.True(await client.PredefinedConnections.DeleteAsync(TestData.GelatoPerProject, "org_1", Ct));
        Assert.Equal(1, server.Handler.Count(HttpMethod.Delete, "/api/v1/app-connections/" + connection.Id));
    }

    [Fact]
    public async Task Pinned_piece_version_is_sent()
    {
        var server = new MiniActivepieces();
        using var client = server.CreateClient();
        var pinned = new PredefinedConnectionDescriptor("@activepieces/piece-gelato", AuthType.SecretText, "gelato_", "Gelato", "0.2.1");
        await client.PredefinedConnections.CreateAsync(pinned, "org_1", new SecretTextValue("s"), Ct);
        var upsert = Assert.Single(server.Handler.Requests, r => r.Path == "/api/v1/global-connections");
        using var body = JsonDocument.Parse(upsert.Body!);
        Assert.Equal("0.2.1", body.RootElement.GetProperty("pieceVersion").GetString());
    }

    [Fact]
    public async Task A_value_of_the_wrong_auth_type_is_rejected_before_any_request()
    {
        var server = new MiniActivepieces();
        using var client = server.CreateClient();
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => client.PredefinedConnections.CreateAsync(TestData.Gelato, "org_1", new BasicAuthValue("u", "p"), Ct));
        Assert.Equal("value", error.ParamName);
        Assert.Empty(server.Handler.Requests);
    }

    [Fact]
    public async Task Ensure_with_an_equal_value_makes_no_request()
    {
        var server = new MiniActivepieces();
        using var client = server.CreateClient();
        var first = await client.PredefinedConnections.EnsureAsync(TestData.Gelato, "org_1", new SecretTextValue("s"), Ct);
        var count = server.Handler.Requests.Count;
        var second = await client.PredefinedConnections.EnsureAsync(TestData.Gelato, "org_1", new SecretTextValue("s"), Ct);
        Assert.Equal(count, server.Handler.Requests.Count);
        Assert.Same(first, second);
    }

    [Fact]
    public async Task Ensure_with_a_changed_value_is_one_upsert()
    {
        var server = new MiniActivepieces();
        using var client = server.CreateClient();
        await client.PredefinedConnections.EnsureAsync(TestData.Gelato, "org_1", new SecretTextValue("old"), Ct);
        var count = server.Handler.Requests.Count;
        await client.PredefinedConnections.EnsureAsync(TestData.Gelato, "org_1", new SecretTextValue("new"), Ct);
        var last = server.Handler.Requests.Skip(count).ToArray();
        Assert.Equal("POST /api/v1/global-connections", Assert.Single(last).ToString());
        Assert.Contains("\"secret_text\":\"new\"", last[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ensure_cache_expires()
    {
        var time = new FakeTimeProvider();
        var server = new MiniActivepieces();
        using var client = server.CreateClient(time, TimeSpan.FromMinutes(1));
        await client.PredefinedConnections.EnsureAsync(TestData.Gelato, "org_1", new SecretTextValue("s"), Ct);
        time.Advance(TimeSpan.FromSeconds(59));
        await client.PredefinedConnections.EnsureAsync(TestData.Gelato, "org_1", new SecretTextValue("s"), Ct);
        Assert.Equal(1, server.Handler.Count(HttpMethod.Post, "/v1/global-connections"));
        time.Advance(TimeSpan.FromSeconds(2));
        await client.PredefinedConnections.EnsureAsync(TestData.Gelato, "org_1", new SecretTextValue("s"), Ct);
        Assert.Equal(2, server.Handler.Count(HttpMethod.Post, "/v1/global-connections"));
    }

    [Fact]
    public async Task Zero_cache_duration_disables_the_cache()
    {
        var server = new MiniActivepieces();
        using var client = server.CreateClient(ensureCacheDuration: TimeSpan.Zero);
        await client.PredefinedConnections.EnsureAsync(TestData.Gelato, "org_1", new SecretTextValue("s"), Ct);
        await client.PredefinedConnections.EnsureAsync(TestData.Gelato, "org_1", new SecretTextValue("s"), Ct);
        Assert.Equal(2, server.Handler.Count(HttpMethod.Post, "/v1/global-connections"));
    }

    [Fact]
    public async Task Concurrent_ensures_share_one_operation()
    {
        var server = new MiniActivepieces { CreateDelay = TimeSpan.FromMilliseconds(50) };
        using var client = server.CreateClient();
        var results = await Task.WhenAll(Enumerable.Range(0, 100)
            .Select(_ => client.PredefinedConnections.EnsureAsync(TestData.Gelato, "org_1", new SecretTextValue("s"), Ct).AsTask()));
        Assert.Equal(1, server.Handler.Count(HttpMethod.Post, "/v1/global-connections"));
        Assert.Equal(1, server.Handler.Count(HttpMethod.Post, "/v1/projects"));
        Assert.Single(results.Distinct());
    }

    [Fact]
    public async Task Create_and_delete_invalidate_the_ensure_cache()
    {
        var server = new MiniActivepieces();
        using var client = server.CreateClient();
        var value = new SecretTextValue("s");
        await client.PredefinedConnections.EnsureAsync(TestData.Gelato, "org_1", value, Ct);
        await client.PredefinedConnections.CreateAsync(TestData.Gelato, "org_1", value, Ct);
        await client.PredefinedConnections.EnsureAsync(TestData.Gelato, "org_1", value, Ct);
        Assert.Equal(3, server.Handler.Count(HttpMethod.Post, "/v1/global-connections"));

        Assert.True(await client.PredefinedConnections.DeleteAsync(TestData.Gelato, "org_1", Ct));
        Assert.Equal(0, server.ConnectionCount);
        await client.PredefinedConnections.EnsureAsync(TestData.Gelato, "org_1", value, Ct);
        Assert.Equal(4, server.Handler.Count(HttpMethod.Post, "/v1/global-connections"));
        Assert.Equal(1, server.ConnectionCount);
    }

    [Fact]
    public async Task Get_and_delete_of_a_missing_project_or_connection()
    {
        var server = new MiniActivepieces();
        using var client = server.CreateClient();
        Assert.Null(await client.PredefinedConnections.GetAsync(TestData.Gelato, "nobody", Ct));
        Assert.False(await client.PredefinedConnections.DeleteAsync(TestData.Gelato, "nobody", Ct));
        Assert.Equal(0, server.Handler.Count(HttpMethod.Post, "/v1/projects"));

        server.AddProject("org_2", "p2");
        Assert.Null(await client.PredefinedConnections.GetAsync(TestData.Gelato, "org_2", Ct));
        Assert.False(await client.PredefinedConnections.DeleteAsync(TestData.Gelato, "org_2", Ct));
    }

    [Fact]
    public async Task Get_finds_only_the_connection_listing_the_project()
    {
        var server = new MiniActivepieces();
        using var client = server.CreateClient();
        var created = await client.PredefinedConnections.CreateAsync(TestData.Gelato, "org_1", new SecretTextValue("s"), Ct);
        await client.PredefinedConnections.CreateAsync(TestData.Gelato, "org_2", new SecretTextValue("s"), Ct);
        var found = await client.PredefinedConnections.GetAsync(TestData.Gelato, "org_1", Ct);
        Assert.Equal(created.Id, found?.Id);
    }

    [Fact]
    public async Task A_stale_cached_project_id_is_looked_up_again()
    {
        var server = new MiniActivepieces();
        using var client = server.CreateClient();
        await client.PredefinedConnections.CreateAsync(TestData.Gelato, "org_1", new SecretTextValue("s"), Ct);
        server.RemoveProject("org_1"); // deleted outside this client
        var connection = await client.PredefinedConnections.CreateAsync(TestData.Gelato, "org_1", new SecretTextValue("s"), Ct);
        Assert.Equal("proj3", connection.ProjectIds.Single());
        Assert.Equal(2, server.Handler.Count(HttpMethod.Post, "/v1/projects"));
    }

    [Fact]
    public async Task Other_upsert_errors_surface_unchanged()
    {
        var server = new MiniActivepieces
        {
            Intercept = r => r.Path == "/api/v1/global-connections" && r.Method == HttpMethod.Post
                ? FakeHttpHandler.Json(HttpStatusCode.PaymentRequired, """{"code":"FEATURE_DISABLED","params":{"message":"Feature is disabled"}}""")
                : null,
        };
        using var client = server.CreateClient();
        var error = await Assert.ThrowsAsync<ActivepiecesApiException>(
            () => client.PredefinedConnections.EnsureAsync(TestData.Gelato, "org_1", new SecretTextValue("s"), Ct).AsTask());
        Assert.Equal("FEATURE_DISABLED", error.Code);
        Assert.Equal(HttpStatusCode.PaymentRequired, error.StatusCode);
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
}

public sealed class EnsureCacheAllocationTests
{
#pragma warning disable xUnit1031 // .Result of a ValueTask asserted to be already completed: no blocking; awaiting would add state-machine noise.
    [Fact]
    public async Task A_cache_hit_completes_synchronously_without_allocating()
    {
        var server = new MiniActivepieces();
        using var client = server.CreateClient();
        var api = client.PredefinedConnections;
        var mysql = new PredefinedConnectionDescriptor("@activepieces/piece-mysql", AuthType.CustomAuth, "mysql_", "MySQL");
        var value = new CustomAuthValue(("host", "db"), ("port", 3306));
        var equal = new CustomAuthValue(("host", "db"), ("port", 3306));
        var ct = TestContext.Current.CancellationToken;
        var first = await api.EnsureAsync(mysql, "org_1", value, ct);
        for (var i = 0; i < 100; i++)
        {
            _ = api.EnsureAsync(mysql, "org_1", equal, ct).Result; // warm up (JIT, tiering)
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        AppConnection? last = null;
        for (var i = 0; i < 1000; i++)
        {
            var pending = api.EnsureAsync(mysql, "org_1", equal, ct);
            Assert.True(pending.IsCompletedSuccessfully);
            last = pending.Result;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.Same(first, last);
    }
#pragma warning restore xUnit1031
}
