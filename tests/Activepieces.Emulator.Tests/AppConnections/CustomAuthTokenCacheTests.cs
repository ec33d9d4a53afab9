using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace Activepieces.Emulator.Tests.AppConnections;

/// <summary>CUSTOM_AUTH token caching (a piece with <c>refresh</c>): generated at a read, refreshed early, dropped by a re-upsert.</summary>
public sealed class CustomAuthTokenCacheTests
{
    private const string WorkerPath = "/api/v1/worker/app-connections/";

    private static JsonObject Upsert(string projectId, string apiKey) => new()
    {
        ["displayName"] = "Gelato",
        ["pieceName"] = TestPieceFiles.Gelato,
        ["type"] = "CUSTOM_AUTH",
        ["value"] = new JsonObject { ["type"] = "CUSTOM_AUTH", ["props"] = new JsonObject { ["apiKey"] = apiKey } },
        ["scope"] = "PLATFORM",
        ["projectIds"] = new JsonArray(projectId),
        ["externalId"] = "gelato_acme",
    };

    private static JsonNode Stored(ActivepiecesEmulator emulator) => JsonNode.Parse(Assert.Single(emulator.Connections).ValueJson)!;

    [Fact]
    public async Task A_read_caches_a_token_a_late_read_refreshes_it_and_a_re_upsert_of_the_same_value_drops_it()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 7, 22, 12, 0, 0, TimeSpan.Zero));
        var options = TestPieces.Options().AddCustomAuthTokenRefresh(TestPieceFiles.Gelato, TimeSpan.FromHours(1));
        options.TimeProvider = time;
        await using var emulator = await TestPieces.StartAsync(options);
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsync("/api/v1/global-connections", Upsert(project, "key-1"))).Status);
        Assert.Null(Stored(emulator)["access_token"]);

        var read = await api.GetAsync($"{WorkerPath}gelato_acme?projectId={project}");
        var first = Stored(emulator);
        time.Advance(TimeSpan.FromMinutes(44));
        var cachedToken = JsonNode.Parse(emulator.GetConnectionValueForPiece("gelato_acme", project)!)!["access_token"]!.GetValue<string>();
        time.Advance(TimeSpan.FromMinutes(1));
        emulator.GetConnectionValueForPiece("gelato_acme", project);
        var refreshed = Stored(emulator);
        await api.PostAsync("/api/v1/global-connections", Upsert(project, "key-1"));
        var afterUpsert = Stored(emulator);

        Assert.Equal(first["access_token"]!.GetValue<string>(), read.Body!["access_token"]!.GetValue<string>());
        Assert.Equal(new DateTimeOffset(2026, 7, 22, 12, 45, 0, TimeSpan.Zero).ToUnixTimeSeconds(), first["token_refresh_at"]!.GetValue<long>());
        Assert.Equal(first["access_token"]!.GetValue<string>(), cachedToken);
        Assert.NotEqual(first["access_token"]!.GetValue<string>(), refreshed["access_token"]!.GetValue<string>());
        Assert.Null(afterUpsert["access_token"]);
        Assert.Null(afterUpsert["token_refresh_at"]);
        Assert.Equal("key-1", afterUpsert["props"]!["apiKey"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_the_option_a_read_writes_nothing_as_at_0_86_3()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();
        await api.PostAsync("/api/v1/global-connections", Upsert(project, "key-1"));

        await api.GetAsync($"{WorkerPath}gelato_acme?projectId={project}");

        Assert.Null(Stored(emulator)["access_token"]);
    }
}
