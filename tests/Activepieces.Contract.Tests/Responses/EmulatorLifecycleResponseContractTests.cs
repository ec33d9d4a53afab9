using System.Text.Json.Nodes;
using Activepieces.Emulator;
using Activepieces.TestSupport;

namespace Activepieces.Contract.Tests.Responses;

/// <summary>
/// The responses of the lifecycle edges (§10 of the API reference) against the real output schemas, strictly: a
/// placeholder, an OIDC connection, a secret-manager reference, a connection set to ERROR, a piece filter, an unlimited
/// list, and the list after a project was deleted and re-created with the same externalId.
/// </summary>
public sealed class EmulatorLifecycleResponseContractTests
{
    private const string PieceName = "@activepieces/piece-mysql";
    private const string Secret = "lifecycle-s3cr3t-never-returned";

    [Fact]
    public async Task Every_response_of_the_lifecycle_scenario_matches_the_real_output_schemas()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var emulator = await ActivepiecesEmulator.StartAsync(new ActivepiecesEmulatorOptions().AddPiece(PieceName, "0.2.3"), ct);
        using var client = new EmulatorApi(emulator);

        var projectId = await client.CreateAsync(Routes.Projects, Json(new JsonObject { ["displayName"] = "Acme", ["externalId"] = "acme" }));
        await client.CreateAsync(Routes.AppConnections, Json(new JsonObject
        {
            ["externalId"] = "later",
            ["displayName"] = "Placeholder",
            ["pieceName"] = PieceName,
            ["projectId"] = projectId,
            ["type"] = "PLACEHOLDER",
        }));
        await client.CreateAsync(Routes.AppConnections, Json(new JsonObject
        {
            ["externalId"] = "oidc",
            ["displayName"] = "OIDC",
            ["pieceName"] = PieceName,
            ["projectId"] = projectId,
            ["type"] = "OIDC",
            ["value"] = new JsonObject { ["type"] = "OIDC", ["props"] = new JsonObject { ["client_secret"] = Secret } },
        }));
        var referenceId = await client.CreateAsync(Routes.GlobalConnections, Json(new JsonObject
        {
            ["displayName"] = "Reference",
            ["pieceName"] = PieceName,
            ["type"] = "SECRET_TEXT",
            ["value"] = new JsonObject { ["type"] = "SECRET_TEXT", ["secret_text"] = "{{vault|ap_sep_v1|mysql/acme}}" },
            ["scope"] = "PLATFORM",
            ["projectIds"] = new JsonArray(projectId),
            ["externalId"] = "mysql_acme",
        }));
        emulator.SetConnectionStatus(referenceId, "ERROR");
        await client.PostRawAsync($"{Routes.Projects}/{projectId}", Json(new JsonObject
        {
            ["plan"] = new JsonObject { ["piecesFilterType"] = "ALLOWED", ["pieces"] = new JsonArray(PieceName) },
        }));
        await client.GetAsync(Routes.AppConnections, new Dictionary<string, string[]> { ["projectId"] = [projectId], ["limit"] = ["-1"] });
        await client.GetAsync(Routes.Projects, new Dictionary<string, string[]> { ["limit"] = ["0"] });
        await client.GetAsync(Routes.GlobalConnections, new Dictionary<string, string[]> { ["status"] = ["ERROR"] });
        using (var http = new HttpClient { BaseAddress = emulator.BaseUrl })
        {
            http.DefaultRequestHeaders.Authorization = new("Bearer", emulator.ApiKey);
            using var deleted = await http.DeleteAsync($"{Routes.Projects}/{projectId}", ct);
            Assert.Equal(System.Net.HttpStatusCode.NoContent, deleted.StatusCode);
        }

        await client.CreateAsync(Routes.Projects, Json(new JsonObject { ["displayName"] = "Acme", ["externalId"] = "acme" }));
        await client.GetAsync(Routes.Projects, new Dictionary<string, string[]> { ["externalId"] = ["acme"] });
        await client.GetAsync(Routes.GlobalConnections, new Dictionary<string, string[]> { ["limit"] = ["-1"] });

        var responses = emulator.RequestLog
            .Where(r => r.StatusCode is >= 200 and < 300)
            .Select(r => (Request: r, Schema: ResponseSchemas.For(r.Method, r.Path)))
            .Where(r => r.Schema is not null)
            .ToList();
        var results = await ContractValidator.ValidateAsync(
            responses.Select(r => ContractCase.Output($"#{r.Request.Sequence} {r.Request.Method} {r.Request.Path}", r.Schema!, r.Request.ResponseBody)), ct);

        TestReport.WriteLine($"Lifecycle response contract: {results.Count(r => r.Accepted && r.UnknownKeys.All(ContractAssert.IsNewerServerKey))}/{results.Count} responses match "
            + $"({string.Join(", ", responses.GroupBy(r => r.Schema).Select(g => $"{g.Key} ×{g.Count()}"))})");
        Assert.Equal(emulator.RequestLog.Count(r => r.Method != "DELETE"), responses.Count);
        Assert.All(results, r => Assert.True(r.Accepted && r.UnknownKeys.All(ContractAssert.IsNewerServerKey), r.Describe()));
        Assert.DoesNotContain(responses, r => r.Request.ResponseBody.Contains(Secret, StringComparison.Ordinal));
        Assert.Contains(responses, r => r.Request.ResponseBody.Contains("\"usingSecretManager\":true", StringComparison.Ordinal));
        Assert.Contains(responses, r => r.Request.ResponseBody.Contains("\"status\":\"MISSING\"", StringComparison.Ordinal));
        // plan.pieces/piecesFilterType are accepted and do nothing (piece sets replaced them, reference §11.4).
        Assert.DoesNotContain(responses, r => r.Request.ResponseBody.Contains("\"piecesFilterType\":\"ALLOWED\"", StringComparison.Ordinal));
    }

    private static string Json(JsonObject body) => body.ToJsonString();
}
