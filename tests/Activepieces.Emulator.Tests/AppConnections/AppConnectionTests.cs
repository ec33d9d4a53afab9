using System.Net;
using System.Text.Json.Nodes;

namespace Activepieces.Emulator.Tests.AppConnections;

public sealed class AppConnectionTests
{
    [Fact]
    public async Task Upsert_answers_201_stores_metadata_and_updates_by_externalId()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();
        var body = AppConnectionBodies.ProjectSecretText("mine", project);
        body["metadata"] = new JsonObject { ["team"] = "ops" };

        var first = await api.PostAsync("/api/v1/app-connections", body);
        var second = await api.PostAsync("/api/v1/app-connections", AppConnectionBodies.ProjectSecretText("mine", project, "rotated"));

        Assert.Equal(HttpStatusCode.Created, first.Status);
        await ContractAssert.MatchesResponseAsync(ContractSchemas.AppConnectionWithoutSensitiveData, first.Body);
        Assert.Equal("PROJECT", first.String("scope"));
        Assert.Equal("ops", first.Body!["metadata"]!["team"]!.GetValue<string>());
        Assert.Equal(first.String("id"), second.String("id"));
        var stored = Assert.Single(emulator.Connections);
        Assert.Equal("""{"team":"ops"}""", stored.MetadataJson);
        Assert.Contains("rotated", stored.ValueJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upsert_for_an_unknown_project_answers_404()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);

        var answer = await api.PostAsync("/api/v1/app-connections", AppConnectionBodies.ProjectSecretText("mine", "AAAAAAAAAAAAAAAAAAAAA"));

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Empty(emulator.Connections);
    }

    [Fact]
    public async Task List_by_project_returns_its_project_connections_and_the_global_connections_that_include_it()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync("A");
        var other = await api.CreateProjectAsync("B");
        await api.PostAsync("/api/v1/app-connections", AppConnectionBodies.ProjectSecretText("own", project));
        await api.PostAsync("/api/v1/app-connections", AppConnectionBodies.ProjectSecretText("foreign", other));
        await api.UpsertGlobalAsync("global-in", [project, other]);
        await api.UpsertGlobalAsync("global-out", [other]);

        var all = await api.GetAsync($"/api/v1/app-connections?projectId={project}");
        var onlyGlobal = await api.GetAsync($"/api/v1/app-connections?projectId={project}&scope=PLATFORM");

        Assert.Equal(["own", "global-in"], all.Data.Select(item => item!["externalId"]!.GetValue<string>()));
        await ContractAssert.MatchesResponseAsync(ContractSchemas.SeekPageOfAppConnections, all.Body);
        Assert.All(all.Data, item => Assert.Empty(item!["flowIds"]!.AsArray()));
        Assert.Equal(["global-in"], onlyGlobal.Data.Select(item => item!["externalId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Update_and_delete_by_id()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();
        var id = (await api.PostAsync("/api/v1/app-connections", AppConnectionBodies.ProjectSecretText("own", project))).String("id");

        var updated = await api.PostAsync($"/api/v1/app-connections/{id}", new JsonObject { ["displayName"] = "Renamed", ["metadata"] = new JsonObject { ["k"] = 1 } });
        var unknown = await api.PostAsync("/api/v1/app-connections/AAAAAAAAAAAAAAAAAAAAA", new JsonObject { ["displayName"] = "x" });
        var deleted = await api.DeleteAsync($"/api/v1/app-connections/{id}");
        var deletedAgain = await api.DeleteAsync($"/api/v1/app-connections/{id}");

        Assert.Equal(HttpStatusCode.OK, updated.Status);
        Assert.Equal("Renamed", updated.String("displayName"));
        Assert.Equal(1, updated.Body!["metadata"]!["k"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        Assert.Equal(HttpStatusCode.NotFound, deletedAgain.Status);
        Assert.Empty(emulator.Connections);
    }
}
