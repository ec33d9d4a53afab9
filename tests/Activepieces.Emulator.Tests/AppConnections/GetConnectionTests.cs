using System.Net;
using System.Text.Json.Nodes;

namespace Activepieces.Emulator.Tests.AppConnections;

/// <summary><c>GET /api/v1/app-connections/:id</c>: the row with <c>flowIds</c> and without <c>owner</c>, checked against its first project.</summary>
public sealed class GetConnectionTests
{
    private const string UnknownId = "AAAAAAAAAAAAAAAAAAAAA";

    [Fact]
    public async Task A_project_connection_is_answered_with_flowIds_and_without_owner_or_value()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();
        var id = (await api.PostAsync("/api/v1/app-connections", AppConnectionBodies.ProjectSecretText("own", project))).String("id");

        var answer = await api.GetAsync($"/api/v1/app-connections/{id}");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var body = answer.Body!.AsObject();
        Assert.Equal(id, body["id"]!.GetValue<string>());
        Assert.Equal("own", body["externalId"]!.GetValue<string>());
        Assert.Empty(body["flowIds"]!.AsArray());
        Assert.False(body.ContainsKey("owner"));
        Assert.False(body.ContainsKey("value"));
        Assert.DoesNotContain("project-secret", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_global_connection_is_read_through_its_first_project()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var first = await api.CreateProjectAsync("First");
        var second = await api.CreateProjectAsync("Second");
        var id = (await api.UpsertGlobalAsync("gelato_acme", [first, second])).String("id");

        var answer = await api.GetAsync($"/api/v1/app-connections/{id}");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("PLATFORM", answer.String("scope"));
        Assert.Equal(new[] { first, second }, answer.Body!["projectIds"]!.AsArray().Select(node => node!.GetValue<string>()));
    }

    [Fact]
    public async Task A_connection_that_lists_no_project_answers_403_Project_ID_is_required()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var id = (await api.UpsertGlobalAsync("gelato_nobody", [])).String("id");

        var answer = await api.GetAsync($"/api/v1/app-connections/{id}");

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        Assert.Equal("""{"code":"AUTHORIZATION","params":{"message":"Project ID is required"}}""", answer.Text);
    }

    [Fact]
    public async Task An_unknown_id_answers_404_app_connection()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);

        var answer = await api.GetAsync($"/api/v1/app-connections/{UnknownId}");

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("""{"code":"ENTITY_NOT_FOUND","params":{"entityId":"AAAAAAAAAAAAAAAAAAAAA","entityType":"app_connection"}}""", answer.Text);
    }
}
