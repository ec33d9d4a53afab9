using System.Net;
using System.Text.Json.Nodes;
using Activepieces.Emulator.Pieces;
using Microsoft.Extensions.Time.Testing;

namespace Activepieces.Emulator.Tests.AppConnections;

/// <summary><c>POST /api/v1/app-connections/:id/revalidate</c>: the piece's validation decides the status; OAuth2 is refreshed.</summary>
public sealed class RevalidateTests
{
    private const string UnknownId = "AAAAAAAAAAAAAAAAAAAAA";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 7, 22, 12, 0, 0, TimeSpan.Zero));

    private Task<ActivepiecesEmulator> StartAsync(Func<System.Text.Json.JsonElement, string?>? validate = null)
    {
        var options = TestPieces.Options();
        options.TimeProvider = _time;
        if (validate is not null)
        {
            options.AddPieceValidation(TestPieceFiles.Gelato, validate);
        }

        return TestPieces.StartAsync(options);
    }

    private static Task<ApiAnswer> RevalidateAsync(EmulatorApi api, string id) =>
        api.PostAsync($"/api/v1/app-connections/{id}/revalidate", new JsonObject());

    [Fact]
    public async Task A_credential_the_piece_now_rejects_becomes_ERROR_and_a_valid_one_ACTIVE_again()
    {
        var revoked = false;
        await using var emulator = await StartAsync(_ => revoked ? "API key revoked" : null);
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();
        var id = (await api.UpsertGlobalAsync("gelato_acme", [project])).String("id");

        revoked = true;
        _time.Advance(TimeSpan.FromMinutes(1));
        var rejected = await RevalidateAsync(api, id);

        Assert.Equal(HttpStatusCode.OK, rejected.Status);
        Assert.Equal("ERROR", rejected.String("status"));
        Assert.Equal("2026-07-22T12:01:00.000Z", rejected.String("updated"));
        Assert.DoesNotContain("s3cr3t-value", rejected.Text, StringComparison.Ordinal);
        Assert.Equal("ERROR", Assert.Single(emulator.Connections).Status);

        revoked = false;
        var accepted = await RevalidateAsync(api, id);
        Assert.Equal("ACTIVE", accepted.String("status"));
    }

    [Fact]
    public async Task A_validation_that_throws_answers_500_and_leaves_the_status_alone()
    {
        await using var emulator = await StartAsync();
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();
        var id = (await api.UpsertGlobalAsync("gelato_acme", [project])).String("id");
        emulator.SetPieceValidation(TestPieceFiles.Gelato, new PieceValidation { Validate = _ => throw new InvalidOperationException("engine crashed near s3cr3t-value") });
        var before = Assert.Single(emulator.Connections);

        var answer = await RevalidateAsync(api, id);

        Assert.Equal(HttpStatusCode.InternalServerError, answer.Status);
        Assert.Equal("ENGINE_OPERATION_FAILURE", answer.ErrorCode);
        Assert.DoesNotContain("s3cr3t-value", answer.Text, StringComparison.Ordinal);
        var after = Assert.Single(emulator.Connections);
        Assert.Equal("ACTIVE", after.Status);
        Assert.Equal(before.Updated, after.Updated);
    }

    [Theory]
    [InlineData("OAUTH2", true)]
    [InlineData("CLOUD_OAUTH2", true)]
    [InlineData("PLATFORM_OAUTH2", false)]
    public async Task OAUTH2_and_CLOUD_OAUTH2_are_force_refreshed_and_PLATFORM_OAUTH2_never(string type, bool refreshed)
    {
        await using var emulator = await StartAsync();
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();
        var value = new JsonObject { ["type"] = type, ["client_id"] = "client-1", ["code"] = "code-1", ["scope"] = "ITEMS_READ" };
        if (type != "CLOUD_OAUTH2")
        {
            value["redirect_url"] = "https://app.example/redirect";
        }

        if (type == "OAUTH2")
        {
            value["client_secret"] = "client-secret";
        }

        var id = (await api.PostAsync("/api/v1/global-connections", new JsonObject
        {
            ["displayName"] = "Square",
            ["pieceName"] = TestPieceFiles.Square,
            ["type"] = type,
            ["value"] = value,
            ["scope"] = "PLATFORM",
            ["projectIds"] = new JsonArray(project),
            ["externalId"] = "square_acme",
        })).String("id");
        var before = Assert.Single(emulator.Connections).ValueJson;

        _time.Advance(TimeSpan.FromHours(2));
        var answer = await RevalidateAsync(api, id);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("2026-07-22T14:00:00.000Z", answer.String("updated"));
        var after = JsonNode.Parse(Assert.Single(emulator.Connections).ValueJson)!;
        var beforeToken = JsonNode.Parse(before)!["access_token"]!.GetValue<string>();
        Assert.Equal(refreshed, beforeToken != after["access_token"]!.GetValue<string>());
        Assert.Equal(refreshed ? _time.GetUtcNow().ToUnixTimeSeconds() : _time.GetUtcNow().AddHours(-2).ToUnixTimeSeconds(), after["claimed_at"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_NO_AUTH_connection_is_answered_as_is()
    {
        await using var emulator = await StartAsync(_ => "never valid");
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();
        var id = (await api.PostAsync("/api/v1/global-connections", new JsonObject
        {
            ["displayName"] = "Gelato",
            ["pieceName"] = TestPieceFiles.Gelato,
            ["type"] = "NO_AUTH",
            ["value"] = new JsonObject { ["type"] = "NO_AUTH" },
            ["scope"] = "PLATFORM",
            ["projectIds"] = new JsonArray(project),
            ["externalId"] = "gelato_open",
        })).String("id");

        _time.Advance(TimeSpan.FromMinutes(5));
        var answer = await RevalidateAsync(api, id);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("ACTIVE", answer.String("status"));
        Assert.Equal("2026-07-22T12:00:00.000Z", answer.String("updated"));
    }

    [Fact]
    public async Task The_project_rule_of_the_read_applies_403_for_no_project_and_404_for_an_unknown_id()
    {
        await using var emulator = await StartAsync();
        using var api = new EmulatorApi(emulator);
        var id = (await api.UpsertGlobalAsync("gelato_nobody", [])).String("id");
        emulator.SetPieceValidation(TestPieceFiles.Gelato, PieceValidation.Reject("rejected"));

        var orphan = await RevalidateAsync(api, id);
        var unknown = await RevalidateAsync(api, UnknownId);

        Assert.Equal(HttpStatusCode.Forbidden, orphan.Status);
        Assert.Equal("""{"code":"AUTHORIZATION","params":{"message":"Project ID is required"}}""", orphan.Text);
        Assert.Equal("ACTIVE", Assert.Single(emulator.Connections).Status);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
    }
}
