using System.Net;

namespace Activepieces.Emulator.Tests.Inspection;

public sealed class RequestLogTests
{
    [Fact]
    public async Task Every_request_is_logged_with_method_path_query_status_and_bodies()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();
        await api.UpsertGlobalAsync("gelato_acme", [project], secret: "top-secret");
        await api.GetAsync("/api/v1/global-connections?limit=3");

        var log = emulator.RequestLog;

        Assert.Equal(3, emulator.RequestCount);
        Assert.Equal(["POST", "POST", "GET"], log.Select(entry => entry.Method));
        var upsert = log[1];
        Assert.Equal("/api/v1/global-connections", upsert.Path);
        Assert.Equal(201, upsert.StatusCode);
        Assert.Contains("top-secret", upsert.RequestBody, StringComparison.Ordinal);
        Assert.Contains("\"gelato_acme\"", upsert.ResponseBody, StringComparison.Ordinal);
        Assert.Equal("?limit=3", log[2].Query);
        Assert.Equal("Bearer sk-…", upsert.RequestHeaders["Authorization"]);
        Assert.StartsWith("application/json", upsert.RequestHeaders["content-type"], StringComparison.Ordinal);
        Assert.DoesNotContain(emulator.ApiKey, string.Join(",", upsert.RequestHeaders.Values), StringComparison.Ordinal);
        Assert.Equal(1, emulator.CountRequests("POST", "/api/v1/global-connections"));
        Assert.Equal(2, emulator.CountRequests("*", "/api/v1/global-connections"));
        Assert.Equal(3, emulator.CountRequests("*", "/api/**"));
    }

    [Fact]
    public async Task ToString_of_log_entries_and_snapshots_never_contains_secrets()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();
        await api.UpsertGlobalAsync("gelato_acme", [project], secret: "top-secret");

        var rendered = string.Join("\n", emulator.RequestLog.Select(entry => entry.ToString()))
            + string.Join("\n", emulator.Connections.Select(connection => connection.ToString()))
            + emulator.ToString();

        Assert.Contains("POST /api/v1/global-connections -> 201", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("top-secret", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain(emulator.ApiKey, rendered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetRequestLog_empties_the_log()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        await api.GetAsync("/api/v1/projects");

        emulator.ResetRequestLog();
        await api.GetAsync("/api/v1/nothing");

        var entry = Assert.Single(emulator.RequestLog);
        Assert.Equal(404, entry.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (HttpStatusCode)entry.StatusCode!);
    }
}
