using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Activepieces.Emulator.Tests.GlobalConnections;

public sealed partial class GlobalConnectionUpsertTests
{
    [Fact]
    public async Task Upsert_of_a_new_connection_answers_201_with_the_real_response_shape_and_no_value()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var projectId = await api.CreateProjectAsync();

        var answer = await api.UpsertGlobalAsync("gelato_acme", [projectId]);

        Assert.Equal(HttpStatusCode.Created, answer.Status);
        await ContractAssert.MatchesResponseAsync(ContractSchemas.AppConnectionWithoutSensitiveData, answer.Body);
        var body = answer.Body!.AsObject();
        Assert.Matches(ApIdPattern(), body["id"]!.GetValue<string>());
        Assert.Matches(IsoPattern(), body["created"]!.GetValue<string>());
        Assert.Matches(IsoPattern(), body["updated"]!.GetValue<string>());
        Assert.Equal("gelato_acme", body["externalId"]!.GetValue<string>());
        Assert.Equal("PLATFORM", body["scope"]!.GetValue<string>());
        Assert.Equal("ACTIVE", body["status"]!.GetValue<string>());
        Assert.Equal("0.3.1", body["pieceVersion"]!.GetValue<string>());
        Assert.Equal(emulator.PlatformId, body["platformId"]!.GetValue<string>());
        Assert.Equal([projectId], body["projectIds"]!.AsArray().Select(id => id!.GetValue<string>()));
        Assert.False(body.ContainsKey("value"));
        Assert.False(body.ContainsKey("owner"));
        Assert.False(body.ContainsKey("flowIds"));
        Assert.DoesNotContain("s3cr3t-value", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upsert_with_the_same_externalId_and_projects_updates_the_row_and_still_answers_201()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var projectId = await api.CreateProjectAsync();

        var first = await api.UpsertGlobalAsync("gelato_acme", [projectId], secret: "one");
        var second = await api.UpsertGlobalAsync("gelato_acme", [projectId], secret: "two");

        Assert.Equal(HttpStatusCode.Created, second.Status);
        Assert.Equal(first.String("id"), second.String("id"));
        var connection = Assert.Single(emulator.Connections);
        Assert.Contains("\"two\"", connection.ValueJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upsert_with_a_subset_of_the_stored_projects_updates_the_row_and_replaces_its_projects()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var a = await api.CreateProjectAsync("A");
        var b = await api.CreateProjectAsync("B");

        var first = await api.UpsertGlobalAsync("shared", [a, b]);
        var second = await api.UpsertGlobalAsync("shared", [a]);

        Assert.Equal(first.String("id"), second.String("id"));
        Assert.Equal([a], Assert.Single(emulator.Connections).ProjectIds);
    }

    [Fact]
    public async Task Upsert_with_a_project_the_stored_row_lacks_creates_a_second_row_with_the_same_externalId()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var a = await api.CreateProjectAsync("A");
        var b = await api.CreateProjectAsync("B");

        var first = await api.UpsertGlobalAsync("shared", [a]);
        var second = await api.UpsertGlobalAsync("shared", [a, b]);

        Assert.Equal(HttpStatusCode.Created, second.Status);
        Assert.NotEqual(first.String("id"), second.String("id"));
        Assert.Equal(2, emulator.Connections.Count(connection => connection.ExternalId == "shared"));
    }

    [Fact]
    public async Task Upsert_with_empty_projectIds_matches_any_row_with_that_externalId()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var a = await api.CreateProjectAsync("A");

        var first = await api.UpsertGlobalAsync("shared", [a]);
        var second = await api.UpsertGlobalAsync("shared", []);

        Assert.Equal(first.String("id"), second.String("id"));
        Assert.Empty(Assert.Single(emulator.Connections).ProjectIds);
    }

    [Fact]
    public async Task Upsert_without_externalId_generates_an_ApId_and_creates_a_new_row_each_time()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);

        var first = await api.UpsertGlobalAsync(externalId: null, []);
        var second = await api.UpsertGlobalAsync(externalId: null, []);

        Assert.Matches(ApIdPattern(), first.String("externalId"));
        Assert.NotEqual(first.String("externalId"), second.String("externalId"));
        Assert.Equal(2, emulator.Connections.Count);
    }

    [Fact]
    public async Task Upsert_with_an_unknown_project_answers_404_Project_and_stores_nothing()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);

        var answer = await api.UpsertGlobalAsync("x", ["AAAAAAAAAAAAAAAAAAAAA"]);

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("""{"code":"ENTITY_NOT_FOUND","params":{"entityType":"Project"}}""", answer.Text);
        Assert.Empty(emulator.Connections);
    }

    [Fact]
    public async Task Upsert_with_a_repeated_project_id_answers_404_like_the_servers_count_check()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var a = await api.CreateProjectAsync();

        var answer = await api.UpsertGlobalAsync("x", [a, a]);

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
    }

    [Fact]
    public async Task Upsert_for_an_unknown_piece_answers_404()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);

        var answer = await api.UpsertGlobalAsync("x", [], pieceName: "@activepieces/piece-nope");

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("ENTITY_NOT_FOUND", answer.String("code"));
        Assert.Contains("piece-nope", answer.Body!["params"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("latest")]
    [InlineData("1.2")]
    [InlineData("01.2.3")]
    public async Task Upsert_with_a_non_semver_pieceVersion_answers_409_VALIDATION(string version)
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);

        var answer = await api.UpsertGlobalAsync("x", [], pieceVersion: version);

        Assert.Equal(HttpStatusCode.Conflict, answer.Status);
        Assert.Equal("""{"code":"VALIDATION","params":{"message":"Invalid piece version"}}""", answer.Text);
    }

    [Fact]
    public async Task Upsert_stores_a_given_semver_pieceVersion_as_sent()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);

        var answer = await api.UpsertGlobalAsync("x", [], pieceVersion: "0.2.0");

        Assert.Equal("0.2.0", answer.String("pieceVersion"));
    }

    [Fact]
    public async Task Checks_run_in_the_servers_order_piece_then_version_then_projects()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        string[] unknownProject = ["AAAAAAAAAAAAAAAAAAAAA"];

        var pieceFirst = await api.UpsertGlobalAsync("x", unknownProject, pieceName: "@activepieces/piece-nope");
        var versionBeforeProjects = await api.UpsertGlobalAsync("x", unknownProject, pieceVersion: "nope");
        var projectsBeforeValue = await api.UpsertGlobalAsync("x", unknownProject, pieceName: "@activepieces/piece-nope", pieceVersion: "1.0.0");

        Assert.Contains("piece_metadata_not_found", pieceFirst.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, versionBeforeProjects.Status);
        Assert.Equal("""{"code":"ENTITY_NOT_FOUND","params":{"entityType":"Project"}}""", projectsBeforeValue.Text);
    }

    [Fact]
    public async Task Metadata_sent_to_the_global_route_is_ignored_and_answered_as_null()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var body = EmulatorApi.GlobalSecretText("x", []);
        body["metadata"] = new JsonObject { ["tier"] = "gold" };

        var answer = await api.PostAsync("/api/v1/global-connections", body);

        Assert.Equal(HttpStatusCode.Created, answer.Status);
        Assert.Null(answer.Body!["metadata"]);
        Assert.Null(Assert.Single(emulator.Connections).MetadataJson);
    }

    [Fact]
    public async Task Unknown_body_properties_are_ignored()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var body = EmulatorApi.GlobalSecretText("x", []);
        body["somethingNew"] = 42;

        var answer = await api.PostAsync("/api/v1/global-connections", body);

        Assert.Equal(HttpStatusCode.Created, answer.Status);
        Assert.False(answer.Body!.AsObject().ContainsKey("somethingNew"));
    }

    [GeneratedRegex("^[0-9a-zA-Z]{21}$")]
    internal static partial Regex ApIdPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")]
    internal static partial Regex IsoPattern();
}
