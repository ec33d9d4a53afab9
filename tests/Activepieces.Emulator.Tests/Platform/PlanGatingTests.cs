using System.Net;
using System.Text.Json.Nodes;

namespace Activepieces.Emulator.Tests.Platform;

public sealed class PlanGatingTests
{
    private const string FeatureDisabled = """{"code":"FEATURE_DISABLED","params":{"message":"Feature is disabled"}}""";

    [Fact]
    public async Task Without_global_connections_every_global_route_answers_402_FEATURE_DISABLED()
    {
        var options = TestPieces.Options();
        options.GlobalConnectionsEnabled = false;
        await using var emulator = await TestPieces.StartAsync(options);
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();

        var upsert = await api.UpsertGlobalAsync("gelato_acme", [project]);
        var list = await api.GetAsync("/api/v1/global-connections");
        var update = await api.PostAsync("/api/v1/global-connections/AAAAAAAAAAAAAAAAAAAAA", new JsonObject { ["displayName"] = "x" });
        var delete = await api.DeleteAsync("/api/v1/global-connections/AAAAAAAAAAAAAAAAAAAAA");
        var projectRoute = await api.PostAsync("/api/v1/app-connections", AppConnectionBodies.ProjectSecretText("own", project));

        Assert.All([upsert, list, update, delete], answer =>
        {
            Assert.Equal(HttpStatusCode.PaymentRequired, answer.Status);
            Assert.Equal(FeatureDisabled, answer.Text);
        });
        Assert.Equal(HttpStatusCode.Created, projectRoute.Status);
        Assert.Single(emulator.Connections);
    }

    [Fact]
    public async Task Without_global_connections_a_bad_body_is_still_400_and_no_key_still_403()
    {
        var options = TestPieces.Options();
        options.GlobalConnectionsEnabled = false;
        await using var emulator = await TestPieces.StartAsync(options);
        using var api = new EmulatorApi(emulator);

        var badBody = await api.PostAsync("/api/v1/global-connections", new JsonObject { ["displayName"] = "x" });
        api.ApiKey = null;
        var noKey = await api.GetAsync("/api/v1/global-connections");

        Assert.Equal(HttpStatusCode.BadRequest, badBody.Status);
        Assert.Equal(HttpStatusCode.Forbidden, noKey.Status);
    }

    [Fact]
    public async Task Without_global_connections_globalConnectionExternalIds_on_project_create_is_silently_ignored()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var first = await api.CreateProjectAsync("First", "first");
        Assert.Equal(HttpStatusCode.Created, (await api.UpsertGlobalAsync("gelato_shared", [first])).Status);
        var joined = await api.PostAsync("/api/v1/projects", new JsonObject
        {
            ["displayName"] = "Second",
            ["globalConnectionExternalIds"] = new JsonArray("gelato_shared"),
        });

        emulator.GlobalConnectionsEnabled = false;
        var ignored = await api.PostAsync("/api/v1/projects", new JsonObject
        {
            ["displayName"] = "Third",
            ["globalConnectionExternalIds"] = new JsonArray("gelato_shared"),
        });

        Assert.Equal(HttpStatusCode.Created, joined.Status);
        Assert.Equal(HttpStatusCode.Created, ignored.Status);
        Assert.Equal([first, joined.String("id")], Assert.Single(emulator.Connections).ProjectIds);
    }

    [Fact]
    public async Task Team_project_limit_NONE_answers_409_VALIDATION_on_create()
    {
        var options = TestPieces.Options();
        options.TeamProjectsLimit = TeamProjectsLimit.None;
        await using var emulator = await TestPieces.StartAsync(options);
        using var api = new EmulatorApi(emulator);

        var answer = await api.PostAsync("/api/v1/projects", new JsonObject { ["displayName"] = "Acme", ["externalId"] = "acme" });

        Assert.Equal(HttpStatusCode.Conflict, answer.Status);
        Assert.Equal("""{"code":"VALIDATION","params":{"message":"Team projects are not available on your current plan"}}""", answer.Text);
        Assert.Empty(emulator.Projects);
    }

    [Fact]
    public async Task Team_project_limit_ONE_allows_one_live_project_then_answers_402_FEATURE_DISABLED()
    {
        var options = TestPieces.Options();
        options.TeamProjectsLimit = TeamProjectsLimit.One;
        await using var emulator = await TestPieces.StartAsync(options);
        using var api = new EmulatorApi(emulator);

        var first = await api.PostAsync("/api/v1/projects", new JsonObject { ["displayName"] = "Acme" });
        var second = await api.PostAsync("/api/v1/projects", new JsonObject { ["displayName"] = "Globex" });
        await api.DeleteAsync($"/api/v1/projects/{first.String("id")}");
        var afterDelete = await api.PostAsync("/api/v1/projects", new JsonObject { ["displayName"] = "Globex" });

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(HttpStatusCode.PaymentRequired, second.Status);
        Assert.Equal("FEATURE_DISABLED", second.String("code"));
        Assert.Equal(HttpStatusCode.Created, afterDelete.Status);
        Assert.Equal("Globex", Assert.Single(emulator.Projects).DisplayName);
    }
}
