using System.Text.Json;
using System.Text.Json.Nodes;
using Activepieces.Emulator;
using Activepieces.TestSupport;

namespace Activepieces.Contract.Tests.Responses;

/// <summary>
/// A realistic scenario against the emulator (projects create/get/list/update, global connections upsert/list/update,
/// app connections upsert/list/update); every successful response recorded in the emulator's request log is checked
/// against the real OUTPUT schema the server serializes it through, strictly: it must parse, carry no key the schema
/// does not know, and never contain a connection secret.
/// </summary>
public sealed class EmulatorResponseContractTests
{
    private const string PieceName = "@activepieces/piece-mysql";
    private const string Secret = "contract-s3cr3t-never-returned";

    [Fact]
    public async Task Every_response_of_the_scenario_matches_the_real_output_schemas()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var emulator = await ActivepiecesEmulator.StartAsync(new ActivepiecesEmulatorOptions().AddPiece(PieceName, "0.2.3"), ct);
        using var client = new EmulatorApi(emulator);

        await RunScenarioAsync(client);

        var responses = emulator.RequestLog
            .Where(r => r.StatusCode is >= 200 and < 300)
            .Select(r => (Request: r, Schema: ResponseSchemas.For(r.Method, r.Path)))
            .Where(r => r.Schema is not null)
            .ToList();
        var results = await ContractValidator.ValidateAsync(
            responses.Select(r => ContractCase.Output($"#{r.Request.Sequence} {r.Request.Method} {r.Request.Path}", r.Schema!, r.Request.ResponseBody)), ct);

        TestReport.WriteLine($"Response contract: {results.Count(r => r.Accepted && r.UnknownKeys.All(ContractAssert.IsNewerServerKey))}/{results.Count} responses match "
            + $"({string.Join(", ", responses.GroupBy(r => r.Schema).Select(g => $"{g.Key} ×{g.Count()}"))})");
        Assert.All(results, r => Assert.True(r.Accepted && r.UnknownKeys.All(ContractAssert.IsNewerServerKey), r.Describe()));
        Assert.DoesNotContain(responses, r => r.Request.ResponseBody.Contains(Secret, StringComparison.Ordinal));
        foreach (var schema in new[]
        {
            ContractSchemas.ProjectWithLimits, ContractSchemas.SeekPageOfProjects,
            ContractSchemas.AppConnectionWithoutSensitiveData, ContractSchemas.SeekPageOfAppConnections,
        })
        {
            Assert.Contains(responses, r => r.Schema == schema);
        }
    }

    private static async Task RunScenarioAsync(EmulatorApi client)
    {
        var projectId = await client.CreateAsync(Routes.Projects, Json(new JsonObject
        {
            ["displayName"] = "Acme",
            ["externalId"] = "acme",
            ["metadata"] = new JsonObject { ["tier"] = "gold" },
        }));
        await client.CreateAsync(Routes.Projects, Json(new JsonObject { ["displayName"] = "Beta" }));
        await ExpectOkAsync(client.GetAsync($"{Routes.Projects}/{projectId}", null));
        await ExpectOkAsync(client.GetAsync(Routes.Projects, new Dictionary<string, string[]> { ["externalId"] = ["acme"] }));
        await ExpectOkAsync(client.GetAsync(Routes.Projects, new Dictionary<string, string[]> { ["limit"] = ["1"] }));
        await ExpectOkAsync(client.PostRawAsync($"{Routes.Projects}/{projectId}", Json(new JsonObject
        {
            ["displayName"] = "Acme Inc",
            ["icon"] = new JsonObject { ["color"] = "CYAN" },
            ["plan"] = new JsonObject { ["piecesFilterType"] = "NONE" },
            ["maxConcurrentJobs"] = 3,
        })));

        var customAuthId = await client.CreateAsync(Routes.GlobalConnections, Json(new JsonObject
        {
            ["displayName"] = "MySQL for Acme",
            ["pieceName"] = PieceName,
            ["type"] = "CUSTOM_AUTH",
            ["value"] = new JsonObject { ["type"] = "CUSTOM_AUTH", ["props"] = new JsonObject { ["host"] = "db", ["port"] = 3306, ["password"] = Secret } },
            ["scope"] = "PLATFORM",
            ["projectIds"] = new JsonArray(projectId),
            ["externalId"] = "mysql_acme",
            ["metadata"] = new JsonObject { ["ignored"] = true },
            ["preSelectForNewProjects"] = false,
        }));
        await client.CreateAsync(Routes.GlobalConnections, Json(new JsonObject
        {
            ["displayName"] = "Secret text",
            ["pieceName"] = PieceName,
            ["pieceVersion"] = "0.2.3",
            ["type"] = "SECRET_TEXT",
            ["value"] = new JsonObject { ["type"] = "SECRET_TEXT", ["secret_text"] = Secret },
            ["scope"] = "PLATFORM",
            ["projectIds"] = new JsonArray(),
            ["externalId"] = "secret_all",
        }));
        await ExpectOkAsync(client.GetAsync(Routes.GlobalConnections, null));
        var firstPage = await client.GetAsync(Routes.GlobalConnections, new Dictionary<string, string[]> { ["limit"] = ["1"], ["status"] = ["ACTIVE"] });
        using (var page = JsonDocument.Parse(firstPage.Text))
        {
            var next = page.RootElement.GetProperty("next").GetString();
            Assert.NotNull(next);
            await ExpectOkAsync(client.GetAsync(Routes.GlobalConnections, new Dictionary<string, string[]> { ["limit"] = ["1"], ["cursor"] = [next] }));
        }

        await ExpectOkAsync(client.PostRawAsync($"{Routes.GlobalConnections}/{customAuthId}", Json(new JsonObject
        {
            ["displayName"] = "MySQL (renamed)",
            ["projectIds"] = new JsonArray(projectId),
            ["preSelectForNewProjects"] = true,
        })));

        var appId = await client.CreateAsync(Routes.AppConnections, Json(new JsonObject
        {
            ["externalId"] = "basic_acme",
            ["displayName"] = "Basic",
            ["pieceName"] = PieceName,
            ["projectId"] = projectId,
            ["type"] = "BASIC_AUTH",
            ["value"] = new JsonObject { ["type"] = "BASIC_AUTH", ["username"] = "u", ["password"] = Secret },
            ["metadata"] = new JsonObject { ["stored"] = "yes" },
        }));
        await ExpectOkAsync(client.GetAsync(Routes.AppConnections, new Dictionary<string, string[]> { ["projectId"] = [projectId] }));
        await ExpectOkAsync(client.PostRawAsync($"{Routes.AppConnections}/{appId}", Json(new JsonObject
        {
            ["displayName"] = "Basic (renamed)",
            ["metadata"] = new JsonObject { ["stored"] = "again" },
        })));
    }

    private static async Task ExpectOkAsync(Task<ApiAnswer> request)
    {
        var response = await request;
        Assert.True(response.StatusCode is >= 200 and < 300, $"expected success, got {response.StatusCode} {response.ErrorCode}");
    }

    private static string Json(JsonObject body) => body.ToJsonString();
}
