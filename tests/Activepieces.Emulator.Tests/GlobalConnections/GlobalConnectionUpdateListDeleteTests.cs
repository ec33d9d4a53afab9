using System.Net;
using System.Text.Json.Nodes;

namespace Activepieces.Emulator.Tests.GlobalConnections;

public sealed class GlobalConnectionUpdateListDeleteTests
{
    [Fact]
    public async Task Update_by_id_changes_displayName_and_projectIds_and_answers_200()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var a = await api.CreateProjectAsync("A");
        var b = await api.CreateProjectAsync("B");
        var id = (await api.UpsertGlobalAsync("x", [a])).String("id");

        var answer = await api.PostAsync($"/api/v1/global-connections/{id}", new JsonObject
        {
            ["displayName"] = "Renamed",
            ["projectIds"] = new JsonArray(a, b),
            ["metadata"] = new JsonObject { ["ignored"] = true },
        });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        await ContractAssert.MatchesResponseAsync(ContractSchemas.AppConnectionWithoutSensitiveData, answer.Body);
        Assert.Equal("Renamed", answer.String("displayName"));
        Assert.Null(answer.Body!["metadata"]);
        Assert.Equal([a, b], Assert.Single(emulator.Connections).ProjectIds);
    }

    [Fact]
    public async Task Update_of_an_unknown_id_answers_500_in_the_Fastify_shape()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);

        var answer = await api.PostAsync("/api/v1/global-connections/AAAAAAAAAAAAAAAAAAAAA", new JsonObject { ["displayName"] = "x" });

        Assert.Equal(HttpStatusCode.InternalServerError, answer.Status);
        Assert.Equal(500, answer.Body!["statusCode"]!.GetValue<int>());
        Assert.Equal("Internal Server Error", answer.String("error"));
        Assert.False(string.IsNullOrEmpty(answer.String("message")));
    }

    [Fact]
    public async Task Update_with_an_unknown_project_answers_404_and_changes_nothing()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var id = (await api.UpsertGlobalAsync("x", [])).String("id");

        var answer = await api.PostAsync($"/api/v1/global-connections/{id}", new JsonObject
        {
            ["displayName"] = "Renamed",
            ["projectIds"] = new JsonArray("AAAAAAAAAAAAAAAAAAAAA"),
        });

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("Gelato", Assert.Single(emulator.Connections).DisplayName);
    }

    [Fact]
    public async Task Delete_answers_204_and_removes_the_connection_and_an_unknown_id_answers_404()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var id = (await api.UpsertGlobalAsync("x", [])).String("id");

        var deleted = await api.DeleteAsync($"/api/v1/global-connections/{id}");
        var again = await api.DeleteAsync($"/api/v1/global-connections/{id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        Assert.Empty(emulator.Connections);
        Assert.Equal(HttpStatusCode.NotFound, again.Status);
        Assert.Equal($$$"""{"code":"ENTITY_NOT_FOUND","params":{"entityId":"{{{id}}}","entityType":"AppConnection"}}""", again.Text);
    }

    [Fact]
    public async Task Delete_through_the_global_route_of_a_project_connection_answers_204_but_keeps_it()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();
        var id = (await api.PostAsync("/api/v1/app-connections", AppConnectionBodies.ProjectSecretText("mine", project))).String("id");

        var answer = await api.DeleteAsync($"/api/v1/global-connections/{id}");

        Assert.Equal(HttpStatusCode.NoContent, answer.Status);
        Assert.Single(emulator.Connections);
    }

    [Fact]
    public async Task List_answers_a_SeekPage_of_10_ascending_by_creation_with_cursors_both_ways()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var ids = new List<string>();
        for (var i = 0; i < 25; i++)
        {
            ids.Add((await api.UpsertGlobalAsync($"c{i}", [])).String("id"));
        }

        var first = await api.GetAsync("/api/v1/global-connections");
        var second = await api.GetAsync($"/api/v1/global-connections?cursor={Uri.EscapeDataString(first.String("next"))}");
        var third = await api.GetAsync($"/api/v1/global-connections?cursor={Uri.EscapeDataString(second.String("next"))}");
        var back = await api.GetAsync($"/api/v1/global-connections?cursor={Uri.EscapeDataString(second.String("previous"))}");

        static IEnumerable<string> Ids(ApiAnswer page) => page.Data.Select(item => item!["id"]!.GetValue<string>());
        Assert.Equal(ids[..10], Ids(first));
        Assert.Null(first.Body!["previous"]);
        Assert.Equal(ids[10..20], Ids(second));
        Assert.Equal(ids[20..], Ids(third));
        Assert.Null(third.Body!["next"]);
        Assert.Equal(ids[..10], Ids(back));
        Assert.StartsWith("next_", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(first.String("next"))), StringComparison.Ordinal);
        Assert.StartsWith("prev_", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(second.String("previous"))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_items_have_the_schema_shape_with_flowIds_and_never_a_value()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        await api.UpsertGlobalAsync("x", []);

        var answer = await api.GetAsync("/api/v1/global-connections?limit=5");

        var item = Assert.Single(answer.Data)!.AsObject();
        await ContractAssert.MatchesResponseAsync(ContractSchemas.SeekPageOfAppConnections, answer.Body);
        Assert.Empty(item["flowIds"]!.AsArray());
        Assert.False(item.ContainsKey("value"));
        Assert.DoesNotContain("s3cr3t-value", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_filters_by_pieceName_displayName_substring_and_status_and_shows_only_global_connections()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();
        await api.UpsertGlobalAsync("a", [], displayName: "Gelato Production");
        await api.UpsertGlobalAsync("b", [], pieceName: TestPieceFiles.MySql, displayName: "MySQL");
        await api.PostAsync("/api/v1/app-connections", AppConnectionBodies.ProjectSecretText("c", project));

        var byPiece = await api.GetAsync($"/api/v1/global-connections?pieceName={Uri.EscapeDataString(TestPieceFiles.MySql)}");
        var byName = await api.GetAsync("/api/v1/global-connections?displayName=production");
        var byStatus = await api.GetAsync("/api/v1/global-connections?status=ERROR");
        var all = await api.GetAsync("/api/v1/global-connections?scope=PROJECT");

        Assert.Equal("b", Assert.Single(byPiece.Data)!["externalId"]!.GetValue<string>());
        Assert.Equal("a", Assert.Single(byName.Data)!["externalId"]!.GetValue<string>());
        Assert.Empty(byStatus.Data);
        Assert.Equal(["a", "b"], all.Data.Select(item => item!["externalId"]!.GetValue<string>()));
    }
}
