using System.Net;
using System.Text.Json.Nodes;

namespace Activepieces.Emulator.Tests.AppConnections;

public sealed class AppConnectionByIdTests
{
    private const string UnknownId = "AAAAAAAAAAAAAAAAAAAAA";

    [Fact]
    public async Task Deleting_a_global_connection_through_the_project_route_answers_403_and_deletes_nothing()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();
        var id = (await api.UpsertGlobalAsync("gelato_acme", [project])).String("id");

        var answer = await api.DeleteAsync($"/api/v1/app-connections/{id}");

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        Assert.Equal(
            """{"code":"AUTHORIZATION","params":{"message":"Platform connections must be deleted from the platform admin connections page"}}""",
            answer.Text);
        Assert.Equal(id, Assert.Single(emulator.Connections).Id);
    }

    [Fact]
    public async Task An_unknown_id_on_POST_or_DELETE_answers_404_app_connection()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);

        var update = await api.PostAsync($"/api/v1/app-connections/{UnknownId}", new JsonObject { ["displayName"] = "x" });
        var delete = await api.DeleteAsync($"/api/v1/app-connections/{UnknownId}");

        const string expected = """{"code":"ENTITY_NOT_FOUND","params":{"entityId":"AAAAAAAAAAAAAAAAAAAAA","entityType":"app_connection"}}""";
        Assert.Equal(HttpStatusCode.NotFound, update.Status);
        Assert.Equal(expected, update.Text);
        Assert.Equal(HttpStatusCode.NotFound, delete.Status);
        Assert.Equal(expected, delete.Text);
    }

    [Fact]
    public async Task The_project_route_deletes_a_project_connection()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();
        var id = (await api.PostAsync("/api/v1/app-connections", AppConnectionBodies.ProjectSecretText("own", project))).String("id");

        var answer = await api.DeleteAsync($"/api/v1/app-connections/{id}");

        Assert.Equal(HttpStatusCode.NoContent, answer.Status);
        Assert.Empty(emulator.Connections);
    }
}
