using System.Net;
using System.Text.Json.Nodes;
using Activepieces.Emulator.Faults;

namespace Activepieces.Emulator.Tests.AppConnections;

public sealed class OAuthCodeTests
{
    private static JsonObject Value(string type, string code)
    {
        var value = new JsonObject { ["type"] = type, ["client_id"] = "client-1", ["code"] = code, ["scope"] = "ITEMS_READ" };
        if (type is "OAUTH2" or "PLATFORM_OAUTH2")
        {
            value["redirect_url"] = "https://app.example/redirect";
        }

        if (type == "OAUTH2")
        {
            value["client_secret"] = "client-secret";
        }

        return value;
    }

    private static JsonObject Global(string type, string code, string projectId, string externalId = "square_acme") => new()
    {
        ["displayName"] = "Square",
        ["pieceName"] = TestPieceFiles.Square,
        ["type"] = type,
        ["value"] = Value(type, code),
        ["scope"] = "PLATFORM",
        ["projectIds"] = new JsonArray(projectId),
        ["externalId"] = externalId,
    };

    private static JsonObject Project(string type, string code, string projectId) => new()
    {
        ["externalId"] = "square_own",
        ["displayName"] = "Square",
        ["pieceName"] = TestPieceFiles.Square,
        ["projectId"] = projectId,
        ["type"] = type,
        ["value"] = Value(type, code),
    };

    [Theory]
    [InlineData("OAUTH2")]
    [InlineData("CLOUD_OAUTH2")]
    [InlineData("PLATFORM_OAUTH2")]
    public async Task Reusing_a_code_after_a_successful_upsert_answers_400_INVALID_CLAIM_and_keeps_the_first_claim(string type)
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();

        var first = await api.PostAsync("/api/v1/global-connections", Global(type, "code-1", project));
        var stored = Assert.Single(emulator.Connections).ValueJson;
        var again = await api.PostAsync("/api/v1/global-connections", Global(type, "code-1", project));
        var viaProjectRoute = await api.PostAsync("/api/v1/app-connections", Project(type, "code-1", project));
        var fresh = await api.PostAsync("/api/v1/global-connections", Global(type, "code-2", project));

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
        Assert.Equal("INVALID_CLAIM", again.String("code"));
        Assert.Equal("client-1", again.Body!["params"]!["clientId"]!.GetValue<string>());
        Assert.Equal("https://connect.squareup.com/oauth2/token", again.Body!["params"]!["tokenUrl"]!.GetValue<string>());
        Assert.DoesNotContain("code-1", again.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("client-secret", again.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, viaProjectRoute.Status);
        Assert.Equal("INVALID_CLAIM", viaProjectRoute.String("code"));
        Assert.Equal(HttpStatusCode.Created, fresh.Status);
        Assert.Equal(first.String("id"), fresh.String("id"));
        Assert.NotEqual(stored, Assert.Single(emulator.Connections).ValueJson);
    }

    [Fact]
    public async Task A_code_is_consumed_even_when_the_answer_is_lost()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();
        emulator.Faults.Add(FaultRule.Sequenced("POST", "/api/v1/global-connections", Fault.DropConnectionAfterCommit));

        await Assert.ThrowsAsync<HttpRequestException>(() => api.PostAsync("/api/v1/global-connections", Global("PLATFORM_OAUTH2", "code-1", project)));
        var retry = await api.PostAsync("/api/v1/global-connections", Global("PLATFORM_OAUTH2", "code-1", project));

        Assert.Equal(HttpStatusCode.BadRequest, retry.Status);
        Assert.Equal("INVALID_CLAIM", retry.String("code"));
        Assert.Single(emulator.Connections);
    }

    [Fact]
    public async Task A_code_is_not_consumed_when_the_project_check_fails_first()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var project = await api.CreateProjectAsync();

        var unknownProject = await api.PostAsync("/api/v1/global-connections", Global("CLOUD_OAUTH2", "code-1", "AAAAAAAAAAAAAAAAAAAAA"));
        var valid = await api.PostAsync("/api/v1/global-connections", Global("CLOUD_OAUTH2", "code-1", project));

        Assert.Equal(HttpStatusCode.NotFound, unknownProject.Status);
        Assert.Equal(HttpStatusCode.Created, valid.Status);
    }
}
