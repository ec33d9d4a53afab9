using System.Net;
using System.Text.Json.Nodes;

namespace Activepieces.Emulator.Tests.PlatformAppConnections;

/// <summary><c>GET /api/v1/platform-app-connections</c> and <c>/owners</c>: both scopes across projects, with each row's projects.</summary>
public sealed class PlatformAppConnectionListTests
{
    private static IReadOnlyList<string> ExternalIds(ApiAnswer answer) =>
        answer.Data.Select(item => item!["externalId"]!.GetValue<string>()).ToArray();

    [Fact]
    public async Task Both_scopes_of_every_project_are_listed_with_their_live_projects()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var acme = await api.CreateProjectAsync("Acme");
        var globex = await api.CreateProjectAsync("Globex");
        await api.UpsertGlobalAsync("gelato_acme", [acme, globex]);
        await api.PostAsync("/api/v1/app-connections", AppConnectionBodies.ProjectSecretText("own_globex", globex));

        var answer = await api.GetAsync("/api/v1/platform-app-connections");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(["gelato_acme", "own_globex"], ExternalIds(answer));
        var global = answer.Data[0]!.AsObject();
        Assert.Equal(
            $$"""[{"id":"{{acme}}","displayName":"Acme","type":"TEAM"},{"id":"{{globex}}","displayName":"Globex","type":"TEAM"}]""",
            global["projects"]!.ToJsonString());
        Assert.True(global.ContainsKey("owner"));
        Assert.Empty(global["flowIds"]!.AsArray());
        Assert.DoesNotContain("s3cr3t-value", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("project-secret", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dead_project_drops_out_of_projects_but_stays_in_projectIds()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var live = await api.CreateProjectAsync("Live");
        var dead = await api.CreateProjectAsync("Dead");
        await api.UpsertGlobalAsync("gelato_shared", [live, dead]);
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/v1/projects/{dead}")).Status);

        var item = (await api.GetAsync("/api/v1/platform-app-connections")).Data.Single()!;

        Assert.Equal([live, dead], item["projectIds"]!.AsArray().Select(id => id!.GetValue<string>()));
        Assert.Equal([live], item["projects"]!.AsArray().Select(project => project!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_filters_combine_and_an_externalId_query_is_ignored()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var acme = await api.CreateProjectAsync("Acme");
        var globex = await api.CreateProjectAsync("Globex");
        await api.UpsertGlobalAsync("gelato_acme", [acme], displayName: "Gelato Acme");
        var globexId = (await api.UpsertGlobalAsync("gelato_globex", [globex], displayName: "Gelato Globex")).String("id");
        await api.PostAsync("/api/v1/app-connections", AppConnectionBodies.ProjectSecretText("own_acme", acme));
        emulator.SetConnectionStatus(globexId, "ERROR");

        async Task<IReadOnlyList<string>> ListAsync(string query) => ExternalIds(await api.GetAsync("/api/v1/platform-app-connections?" + query));

        Assert.Equal(["gelato_acme", "gelato_globex", "own_acme"], await ListAsync("externalId=gelato_acme"));
        Assert.Equal(["gelato_acme", "gelato_globex"], await ListAsync("scope=PLATFORM"));
        Assert.Equal(["own_acme"], await ListAsync("scope=PROJECT"));
        Assert.Equal(["gelato_globex"], await ListAsync("status=ERROR"));
        Assert.Equal(["gelato_acme", "own_acme"], await ListAsync("status[]=ACTIVE&status[]=MISSING"));
        Assert.Equal(["gelato_acme", "own_acme"], await ListAsync($"projectIds={acme}"));
        Assert.Equal(["gelato_acme", "gelato_globex", "own_acme"], await ListAsync($"projectIds={acme}&projectIds={globex}"));
        Assert.Equal(["gelato_globex"], await ListAsync("displayName=globex"));
        Assert.Equal(["gelato_acme", "gelato_globex", "own_acme"], await ListAsync("pieceName=" + Uri.EscapeDataString(TestPieceFiles.Gelato)));
        Assert.Empty(await ListAsync("pieceName=%40activepieces%2Fpiece-other"));
        Assert.Empty(await ListAsync("ownerIds=AAAAAAAAAAAAAAAAAAAAA"));
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync("/api/v1/platform-app-connections?status=BROKEN")).Status);
    }

    [Fact]
    public async Task Pages_seek_by_cursor_default_to_10_and_have_no_upper_bound()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();
        for (var i = 0; i < 12; i++)
        {
            await api.UpsertGlobalAsync($"gelato_{i:00}", [project]);
        }

        var first = await api.GetAsync("/api/v1/platform-app-connections");
        var second = await api.GetAsync("/api/v1/platform-app-connections?cursor=" + Uri.EscapeDataString(first.String("next")));
        var all = await api.GetAsync("/api/v1/platform-app-connections?limit=5000");

        Assert.Equal(10, first.Data.Count);
        Assert.Equal(["gelato_10", "gelato_11"], ExternalIds(second));
        Assert.Null(second.Body!["next"]);
        Assert.Equal(12, all.Data.Count);
    }

    [Fact]
    public async Task Owners_lists_the_connection_owners_once()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var empty = await api.GetAsync("/api/v1/platform-app-connections/owners");
        var project = await api.CreateProjectAsync();
        await api.UpsertGlobalAsync("gelato_a", [project]);
        await api.UpsertGlobalAsync("gelato_b", [project]);

        var answer = await api.GetAsync("/api/v1/platform-app-connections/owners");

        Assert.Equal("""{"data":[],"truncated":false}""", empty.Text);
        var owner = Assert.Single(answer.Data)!.AsObject();
        Assert.Equal(["id", "firstName", "lastName", "email"], owner.Select(pair => pair.Key));
        Assert.Equal(Assert.Single(emulator.Connections, c => c.ExternalId == "gelato_a").OwnerId, owner["id"]!.GetValue<string>());
        Assert.False(answer.Body!["truncated"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Without_credentials_the_route_answers_403()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator) { ApiKey = null };

        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/platform-app-connections")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/platform-app-connections/owners")).Status);
    }
}
