using System.Net;
using System.Text.Json.Nodes;

namespace Activepieces.Emulator.Tests.AppConnections;

public sealed class WorkerLookupTests
{
    private const string WorkerPath = "/api/v1/worker/app-connections/";

    [Fact]
    public async Task A_piece_receives_the_value_exactly_as_sent()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();
        const string value = """{ "props" : {"host":"db","port":3306,"ssl":true,"user":"u","password":"p\u00e9"}, "type":"CUSTOM_AUTH" }""";
        var body = $$"""
            {"displayName":"MySQL","pieceName":"{{TestPieceFiles.MySql}}","type":"CUSTOM_AUTH","value":{{value}},
             "scope":"PLATFORM","projectIds":["{{project}}"],"externalId":"mysql_acme"}
            """;
        Assert.Equal(HttpStatusCode.Created, (await api.PostRawAsync("/api/v1/global-connections", body)).Status);

        var answer = await api.GetAsync($"{WorkerPath}mysql_acme?projectId={project}");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(value, answer.Text);
        Assert.Equal(value, emulator.GetConnectionValueForPiece("mysql_acme", project));
    }

    [Fact]
    public async Task Lookup_is_exact_and_case_sensitive_and_limited_to_connections_that_include_the_project()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync("A");
        var other = await api.CreateProjectAsync("B");
        await api.UpsertGlobalAsync("gelato_acme", [project]);

        var wrongCase = await api.GetAsync($"{WorkerPath}Gelato_acme?projectId={project}");
        var prefix = await api.GetAsync($"{WorkerPath}gelato_ac?projectId={project}");
        var otherProject = await api.GetAsync($"{WorkerPath}gelato_acme?projectId={other}");

        Assert.Equal(HttpStatusCode.NotFound, wrongCase.Status);
        Assert.Equal("""{"code":"ENTITY_NOT_FOUND","params":{"entityId":"externalId=Gelato_acme","entityType":"AppConnection"}}""", wrongCase.Text);
        Assert.Equal(HttpStatusCode.NotFound, prefix.Status);
        Assert.Equal(HttpStatusCode.NotFound, otherProject.Status);
        Assert.Null(emulator.GetConnectionValueForPiece("gelato_acme", other));
    }

    [Fact]
    public async Task Lookup_finds_project_scoped_connections_too()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();
        await api.PostAsync("/api/v1/app-connections", AppConnectionBodies.ProjectSecretText("own", project, "abc"));

        var answer = await api.GetAsync($"{WorkerPath}own?projectId={project}");

        Assert.Equal("""{"type":"SECRET_TEXT","secret_text":"abc"}""", answer.Text);
    }

    [Fact]
    public async Task Lookup_requires_the_api_key()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator) { ApiKey = null };

        var answer = await api.GetAsync($"{WorkerPath}x?projectId=AAAAAAAAAAAAAAAAAAAAA");

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
    }

    [Fact]
    public async Task An_OAuth2_code_is_claimed_into_a_token_value_and_the_piece_gets_it_with_the_refresh_token_redacted()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();
        var body = new JsonObject
        {
            ["displayName"] = "Square",
            ["pieceName"] = TestPieceFiles.Square,
            ["type"] = "PLATFORM_OAUTH2",
            ["value"] = new JsonObject
            {
                ["type"] = "PLATFORM_OAUTH2",
                ["client_id"] = "client-1",
                ["code"] = "auth-code",
                ["redirect_url"] = "https://app.example/redirect",
                ["scope"] = "ITEMS_READ",
                ["props"] = new JsonObject { ["region"] = "eu" },
            },
            ["scope"] = "PLATFORM",
            ["projectIds"] = new JsonArray(project),
            ["externalId"] = "square_acme",
        };

        var upsert = await api.PostAsync("/api/v1/global-connections", body);
        var answer = await api.GetAsync($"{WorkerPath}square_acme?projectId={project}");

        Assert.Equal(HttpStatusCode.Created, upsert.Status);
        var value = answer.Body!.AsObject();
        Assert.Equal("PLATFORM_OAUTH2", value["type"]!.GetValue<string>());
        Assert.Equal("client-1", value["client_id"]!.GetValue<string>());
        Assert.Equal("Bearer", value["token_type"]!.GetValue<string>());
        Assert.StartsWith("emulated-access-", value["access_token"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("(REDACTED)", value["refresh_token"]!.GetValue<string>());
        Assert.Equal("https://connect.squareup.com/oauth2/token", value["token_url"]!.GetValue<string>());
        Assert.Equal("ITEMS_READ", value["scope"]!.GetValue<string>());
        Assert.Equal(3600, value["expires_in"]!.GetValue<int>());
        Assert.True(value["claimed_at"]!.GetValue<long>() > 0);
        Assert.Empty(value["data"]!.AsObject());
        Assert.Equal("eu", value["props"]!["region"]!.GetValue<string>());
        Assert.DoesNotContain("emulated-refresh-", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_OAuth2_connection_for_a_piece_without_OAuth2_auth_answers_400_INVALID_APP_CONNECTION()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var body = new JsonObject
        {
            ["displayName"] = "Gelato",
            ["pieceName"] = TestPieceFiles.Gelato,
            ["type"] = "CLOUD_OAUTH2",
            ["value"] = new JsonObject { ["type"] = "CLOUD_OAUTH2", ["client_id"] = "c", ["code"] = "x", ["scope"] = "s" },
            ["scope"] = "PLATFORM",
            ["projectIds"] = new JsonArray(),
        };

        var answer = await api.PostAsync("/api/v1/global-connections", body);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("""{"code":"INVALID_APP_CONNECTION","params":{"error":"invalid auth type"}}""", answer.Text);
    }
}
