using System.Net;
using System.Text.Json.Nodes;

namespace Activepieces.Emulator.Tests.AppConnections;

public sealed class PlaceholderTests
{
    private const string WorkerPath = "/api/v1/worker/app-connections/";

    internal static JsonObject Placeholder(string externalId, string projectId, string pieceName = TestPieceFiles.Gelato, string? pieceVersion = null)
    {
        var body = new JsonObject
        {
            ["externalId"] = externalId,
            ["displayName"] = "To be filled",
            ["pieceName"] = pieceName,
            ["projectId"] = projectId,
            ["type"] = "PLACEHOLDER",
        };
        if (pieceVersion is not null)
        {
            body["pieceVersion"] = pieceVersion;
        }

        return body;
    }

    [Fact]
    public async Task A_placeholder_creates_a_MISSING_NO_AUTH_row_and_a_repeat_updates_that_row()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();

        var first = await api.PostAsync("/api/v1/app-connections", Placeholder("later", project));
        var second = await api.PostAsync("/api/v1/app-connections", Placeholder("later", project));

        Assert.Equal(HttpStatusCode.Created, first.Status);
        await ContractAssert.MatchesResponseAsync(ContractSchemas.AppConnectionWithoutSensitiveData, first.Body);
        Assert.Equal("MISSING", first.String("status"));
        Assert.Equal("NO_AUTH", first.String("type"));
        Assert.Equal("PROJECT", first.String("scope"));
        Assert.Equal("0.3.1", first.String("pieceVersion"));
        Assert.Equal(first.String("id"), second.String("id"));
        var stored = Assert.Single(emulator.Connections);
        Assert.Equal("""{"type":"NO_AUTH"}""", stored.ValueJson);
    }

    [Fact]
    public async Task A_placeholder_goes_through_the_piece_semver_and_project_checks_of_any_upsert()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();

        var unknownPiece = await api.PostAsync("/api/v1/app-connections", Placeholder("later", project, "@activepieces/piece-nope"));
        var badVersion = await api.PostAsync("/api/v1/app-connections", Placeholder("later", project, pieceVersion: "latest"));
        var unknownProject = await api.PostAsync("/api/v1/app-connections", Placeholder("later", "AAAAAAAAAAAAAAAAAAAAA"));

        Assert.Equal(HttpStatusCode.NotFound, unknownPiece.Status);
        Assert.Equal("""{"code":"ENTITY_NOT_FOUND","params":{"message":"piece_metadata_not_found pieceName=@activepieces/piece-nope"}}""", unknownPiece.Text);
        Assert.Equal(HttpStatusCode.Conflict, badVersion.Status);
        Assert.Equal("VALIDATION", badVersion.String("code"));
        Assert.Equal(HttpStatusCode.NotFound, unknownProject.Status);
        Assert.Empty(emulator.Connections);
    }

    [Fact]
    public async Task A_placeholder_answers_an_ACTIVE_project_row_with_that_externalId_unchanged()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();
        var real = await api.PostAsync("/api/v1/app-connections", AppConnectionBodies.ProjectSecretText("mine", project, "kept-secret"));

        var placeholder = await api.PostAsync("/api/v1/app-connections", Placeholder("mine", project));

        Assert.Equal(HttpStatusCode.Created, placeholder.Status);
        Assert.Equal(real.String("id"), placeholder.String("id"));
        Assert.Equal("ACTIVE", placeholder.String("status"));
        Assert.Equal("SECRET_TEXT", placeholder.String("type"));
        Assert.Contains("kept-secret", Assert.Single(emulator.Connections).ValueJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_global_connection_with_the_same_externalId_does_not_stop_a_placeholder_and_the_lookup_answers_the_oldest_row()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync("A");
        var other = await api.CreateProjectAsync("B");
        Assert.Equal(HttpStatusCode.Created, (await api.UpsertGlobalAsync("gelato_acme", [project], "global-secret")).Status);
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsync("/api/v1/app-connections", Placeholder("gelato_other", other))).Status);
        Assert.Equal(HttpStatusCode.Created, (await api.UpsertGlobalAsync("gelato_other", [other], "global-later")).Status);

        var placeholder = await api.PostAsync("/api/v1/app-connections", Placeholder("gelato_acme", project));
        var globalFirst = await api.GetAsync($"{WorkerPath}gelato_acme?projectId={project}");
        var placeholderFirst = await api.GetAsync($"{WorkerPath}gelato_other?projectId={other}");

        Assert.Equal(HttpStatusCode.Created, placeholder.Status);
        Assert.Equal("MISSING", placeholder.String("status"));
        Assert.Equal(2, emulator.Connections.Count(row => row.ExternalId == "gelato_acme"));
        Assert.Equal("""{"type":"SECRET_TEXT","secret_text":"global-secret"}""", globalFirst.Text);
        Assert.Equal("""{"type":"NO_AUTH"}""", placeholderFirst.Text);
    }
}
