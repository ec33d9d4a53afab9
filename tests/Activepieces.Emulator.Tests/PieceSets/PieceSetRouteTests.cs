using System.Net;
using System.Text.Json.Nodes;

namespace Activepieces.Emulator.Tests.PieceSets;

/// <summary><c>/api/v1/piece-sets</c>: the sets that replaced piece tags and project piece filters.</summary>
public sealed class PieceSetRouteTests
{
    private const string UnknownId = "AAAAAAAAAAAAAAAAAAAAA";

    private static async Task<JsonObject> DefaultSetAsync(EmulatorApi api) =>
        Assert.Single((await api.GetAsync("/api/v1/piece-sets")).Data, set => set!["isDefault"]!.GetValue<bool>())!.AsObject();

    [Fact]
    public async Task A_platform_starts_with_one_default_set_and_a_new_set_gets_a_key_from_its_name()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);

        var created = await api.PostAsync("/api/v1/piece-sets", new JsonObject { ["name"] = "Pro Tier (2026)" });
        var explicitKey = await api.PostAsync("/api/v1/piece-sets", new JsonObject { ["name"] = "Basic", ["key"] = "basic-v1" });
        var list = await api.GetAsync("/api/v1/piece-sets");

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal("pro-tier-2026", created.String("key"));
        Assert.False(created.Body!["isDefault"]!.GetValue<bool>());
        Assert.Equal("""{"mode":"include_all","exceptions":[]}""", created.Body!["pieces"]!.ToJsonString());
        Assert.Equal("basic-v1", explicitKey.String("key"));
        Assert.Equal(["default", "pro-tier-2026", "basic-v1"], list.Data.Select(set => set!["key"]!.GetValue<string>()));
        Assert.Single(list.Data, set => set!["isDefault"]!.GetValue<bool>());
        Assert.Equal(created.Text, (await api.GetAsync($"/api/v1/piece-sets/{created.String("id")}")).Text);
    }

    [Fact]
    public async Task A_used_key_answers_409_on_create_update_and_duplicate()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var pro = await api.PostAsync("/api/v1/piece-sets", new JsonObject { ["name"] = "Pro" });
        var basic = await api.PostAsync("/api/v1/piece-sets", new JsonObject { ["name"] = "Basic" });

        const string expected = """{"code":"VALIDATION","params":{"message":"Piece set key already used"}}""";
        var create = await api.PostAsync("/api/v1/piece-sets", new JsonObject { ["name"] = "Other", ["key"] = "pro" });
        var update = await api.PostAsync($"/api/v1/piece-sets/{basic.String("id")}", new JsonObject { ["key"] = "pro" });
        var duplicate = await api.PostAsync($"/api/v1/piece-sets/{basic.String("id")}/duplicate", new JsonObject { ["name"] = "PRO" });

        Assert.Equal((HttpStatusCode.Conflict, expected), (create.Status, create.Text));
        Assert.Equal((HttpStatusCode.Conflict, expected), (update.Status, update.Text));
        Assert.Equal((HttpStatusCode.Conflict, expected), (duplicate.Status, duplicate.Text));
        Assert.Equal("pro", (await api.GetAsync($"/api/v1/piece-sets/{pro.String("id")}")).String("key"));
    }

    [Fact]
    public async Task Update_and_duplicate_keep_the_pieces_actions_and_triggers()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var id = (await api.PostAsync("/api/v1/piece-sets", new JsonObject { ["name"] = "CRM" })).String("id");

        var updated = await api.PostAsync($"/api/v1/piece-sets/{id}", new JsonObject
        {
            ["name"] = "CRM tools",
            ["pieces"] = new JsonObject { ["mode"] = "exclude_all", ["exceptions"] = new JsonArray(TestPieceFiles.Gelato) },
            ["actions"] = new JsonObject { [TestPieceFiles.Gelato] = new JsonObject { ["mode"] = "selected", ["selected"] = new JsonArray("create_order") } },
        });
        var copy = await api.PostAsync($"/api/v1/piece-sets/{id}/duplicate", new JsonObject { ["name"] = "CRM copy" });
        var badMode = await api.PostAsync($"/api/v1/piece-sets/{id}", new JsonObject { ["pieces"] = new JsonObject { ["mode"] = "some", ["exceptions"] = new JsonArray() } });

        Assert.Equal(HttpStatusCode.OK, updated.Status);
        Assert.Equal("CRM tools", updated.String("name"));
        Assert.Equal("crm", updated.String("key"));
        Assert.Equal(HttpStatusCode.Created, copy.Status);
        Assert.Equal("crm-copy", copy.String("key"));
        Assert.Equal(updated.Body!["pieces"]!.ToJsonString(), copy.Body!["pieces"]!.ToJsonString());
        Assert.Equal(updated.Body!["actions"]!.ToJsonString(), copy.Body!["actions"]!.ToJsonString());
        Assert.True(badMode.IsSchemaRejection);
    }

    [Fact]
    public async Task Projects_are_assigned_and_unassigned_and_fall_back_to_the_default_set()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var acme = await api.CreateProjectAsync("Acme");
        var globex = await api.CreateProjectAsync("Globex");
        var id = (await api.PostAsync("/api/v1/piece-sets", new JsonObject { ["name"] = "Pro" })).String("id");

        var assign = await api.PostAsync($"/api/v1/piece-sets/{id}/projects", new JsonObject { ["projectIds"] = new JsonArray(acme, globex) });
        var afterAssign = (await api.GetAsync($"/api/v1/projects/{acme}")).Body!["pieceSetId"]!.GetValue<string>();
        var unassign = await api.DeleteAsync($"/api/v1/piece-sets/{id}/projects/{acme}");
        var empty = await api.PostAsync($"/api/v1/piece-sets/{id}/projects", new JsonObject { ["projectIds"] = new JsonArray() });
        var unknownProject = await api.PostAsync($"/api/v1/piece-sets/{id}/projects", new JsonObject { ["projectIds"] = new JsonArray(UnknownId) });
        var deleted = await api.DeleteAsync($"/api/v1/piece-sets/{id}");

        Assert.Equal(HttpStatusCode.NoContent, assign.Status);
        Assert.Equal(id, afterAssign);
        Assert.Equal(HttpStatusCode.NoContent, unassign.Status);
        Assert.True(empty.IsSchemaRejection);
        Assert.Equal(HttpStatusCode.NotFound, unknownProject.Status);
        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        Assert.All(emulator.Projects, project => Assert.Null(project.PieceSetId));
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/piece-sets/{id}")).Status);
    }

    [Fact]
    public async Task The_default_set_cannot_be_deleted_and_an_unknown_id_answers_404_PieceSet()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var defaultSet = await DefaultSetAsync(api);

        var delete = await api.DeleteAsync($"/api/v1/piece-sets/{defaultSet["id"]!.GetValue<string>()}");
        var unknown = await api.GetAsync($"/api/v1/piece-sets/{UnknownId}");

        Assert.Equal(HttpStatusCode.Conflict, delete.Status);
        Assert.Equal("VALIDATION", delete.ErrorCode);
        Assert.Equal("""{"code":"ENTITY_NOT_FOUND","params":{"entityId":"AAAAAAAAAAAAAAAAAAAAA","entityType":"PieceSet"}}""", unknown.Text);
    }

    [Fact]
    public async Task Without_managePiecesEnabled_every_route_answers_402_after_authentication()
    {
        var options = TestPieces.Options();
        options.ManagePiecesEnabled = false;
        await using var emulator = await TestPieces.StartAsync(options);
        using var api = new EmulatorApi(emulator);

        var list = await api.GetAsync("/api/v1/piece-sets");
        var create = await api.PostAsync("/api/v1/piece-sets", new JsonObject { ["name"] = "Pro" });
        var invalid = await api.PostAsync("/api/v1/piece-sets", new JsonObject { ["name"] = "" });
        api.ApiKey = null;
        var anonymous = await api.GetAsync("/api/v1/piece-sets");
        api.ApiKey = emulator.ApiKey;
        emulator.ManagePiecesEnabled = true;
        var enabledAgain = await api.GetAsync("/api/v1/piece-sets");

        Assert.Equal(HttpStatusCode.PaymentRequired, list.Status);
        Assert.Equal("FEATURE_DISABLED", list.ErrorCode);
        Assert.Equal(HttpStatusCode.PaymentRequired, create.Status);
        Assert.True(invalid.IsSchemaRejection);
        Assert.Equal(HttpStatusCode.Forbidden, anonymous.Status);
        Assert.Equal(HttpStatusCode.OK, enabledAgain.Status);
    }

    [Fact]
    public async Task The_list_pages_by_cursor_with_limit_1_to_100()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        for (var i = 0; i < 11; i++)
        {
            await api.PostAsync("/api/v1/piece-sets", new JsonObject { ["name"] = $"Set {i:00}" });
        }

        var first = await api.GetAsync("/api/v1/piece-sets");
        var rest = await api.GetAsync("/api/v1/piece-sets?cursor=" + Uri.EscapeDataString(first.String("next")));

        Assert.Equal(10, first.Data.Count);
        Assert.Equal(["set-09", "set-10"], rest.Data.Select(set => set!["key"]!.GetValue<string>()));
        Assert.True((await api.GetAsync("/api/v1/piece-sets?limit=101")).IsSchemaRejection);
        Assert.True((await api.GetAsync("/api/v1/piece-sets?limit=0")).IsSchemaRejection);
        Assert.Equal(12, (await api.GetAsync("/api/v1/piece-sets?limit=100")).Data.Count);
    }
}
