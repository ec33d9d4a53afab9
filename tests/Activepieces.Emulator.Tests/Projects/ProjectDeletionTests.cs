using System.Net;
using System.Text.Json.Nodes;

namespace Activepieces.Emulator.Tests.Projects;

public sealed class ProjectDeletionTests
{
    [Fact]
    public async Task Deleting_a_project_removes_its_project_connections_and_leaves_its_id_in_global_connections()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync("Acme", "acme");
        var other = await api.CreateProjectAsync("Other", "other");
        await api.PostAsync("/api/v1/app-connections", AppConnectionBodies.ProjectSecretText("own", project));
        await api.PostAsync("/api/v1/app-connections", AppConnectionBodies.ProjectSecretText("own", other));
        var globalId = (await api.UpsertGlobalAsync("gelato_acme", [project])).String("id");

        var deleted = await api.DeleteAsync($"/api/v1/projects/{project}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        Assert.DoesNotContain(emulator.Connections, row => row.Scope == "PROJECT" && row.ProjectIds.Contains(project));
        Assert.Single(emulator.Connections, row => row.Scope == "PROJECT" && row.ProjectIds.Contains(other));
        var global = Assert.Single(emulator.Connections, row => row.Id == globalId);
        Assert.Equal([project], global.ProjectIds);
        var listed = await api.GetAsync("/api/v1/global-connections");
        Assert.Equal(project, listed.Data.Single()!["projectIds"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_deleted_project_disappears_from_lists_and_externalId_lookups_and_its_externalId_can_be_reused()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var old = await api.CreateProjectAsync("Acme", "acme");
        await api.DeleteAsync($"/api/v1/projects/{old}");

        var byExternalId = await api.GetAsync("/api/v1/projects?externalId=acme");
        var all = await api.GetAsync("/api/v1/projects");
        var recreated = await api.PostAsync("/api/v1/projects", new JsonObject { ["displayName"] = "Acme", ["externalId"] = "acme" });
        var afterRecreate = await api.GetAsync("/api/v1/projects?externalId=acme");

        Assert.Empty(byExternalId.Data);
        Assert.Empty(all.Data);
        Assert.Equal(HttpStatusCode.Created, recreated.Status);
        Assert.NotEqual(old, recreated.String("id"));
        Assert.Equal([recreated.String("id")], afterRecreate.Data.Select(item => item!["id"]!.GetValue<string>()));
        Assert.Equal(recreated.String("id"), Assert.Single(emulator.Projects).Id);
    }

    [Fact]
    public async Task Upserting_the_global_connection_for_the_recreated_project_adds_a_second_row_and_the_old_credentials_stay()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var old = await api.CreateProjectAsync("Acme", "acme");
        var oldRow = (await api.UpsertGlobalAsync("gelato_acme", [old], "old-secret")).String("id");
        await api.DeleteAsync($"/api/v1/projects/{old}");
        var recreated = await api.CreateProjectAsync("Acme", "acme");

        var upsert = await api.UpsertGlobalAsync("gelato_acme", [recreated], "new-secret");

        Assert.Equal(HttpStatusCode.Created, upsert.Status);
        Assert.NotEqual(oldRow, upsert.String("id"));
        var rows = emulator.Connections.Where(row => row.ExternalId == "gelato_acme").ToArray();
        Assert.Equal(2, rows.Length);
        Assert.Contains("old-secret", rows.Single(row => row.Id == oldRow).ValueJson, StringComparison.Ordinal);
        Assert.Equal([old], rows.Single(row => row.Id == oldRow).ProjectIds);
        Assert.Equal("new-secret", System.Text.Json.JsonDocument.Parse(emulator.GetConnectionValueForPiece("gelato_acme", recreated)!).RootElement.GetProperty("secret_text").GetString());
    }

    [Fact]
    public async Task An_upsert_naming_a_deleted_project_answers_404()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync("Acme", "acme");
        await api.DeleteAsync($"/api/v1/projects/{project}");

        var answer = await api.UpsertGlobalAsync("gelato_acme", [project]);

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("""{"code":"ENTITY_NOT_FOUND","params":{"entityType":"Project"}}""", answer.Text);
    }
}
