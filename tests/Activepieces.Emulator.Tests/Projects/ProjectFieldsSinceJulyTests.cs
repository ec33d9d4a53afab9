using System.Net;
using System.Text.Json.Nodes;

namespace Activepieces.Emulator.Tests.Projects;

/// <summary>The project fields of 0.86.x (reference §11.6): in every answer, and the updatable ones in <c>POST /v1/projects/:id</c>.</summary>
public sealed class ProjectFieldsSinceJulyTests
{
    [Fact]
    public async Task A_new_project_answers_the_new_fields_with_their_defaults()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);

        var created = await api.PostAsync("/api/v1/projects", new JsonObject { ["displayName"] = "Acme", ["alertReceiverEmail"] = "ops@acme.example" });

        Assert.Equal(HttpStatusCode.Created, created.Status);
        var body = created.Body!.AsObject();
        Assert.Null(body["pieceSetId"]);
        Assert.Null(body["workerGroupId"]);
        Assert.Null(body["executionDataRetentionDays"]);
        Assert.False(body["notifyFlowOwnerOnFailure"]!.GetValue<bool>());
        Assert.True(body["plan"]!.AsObject().ContainsKey("activeFlowsLimit"));
        Assert.Null(body["plan"]!["activeFlowsLimit"]);
        await ContractAssert.MatchesResponseAsync(ContractSchemas.ProjectWithLimits, created.Body);
    }

    [Fact]
    public async Task An_update_sets_the_new_fields_null_clears_them_and_absent_keeps_them()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var id = await api.CreateProjectAsync();

        var set = await api.PostAsync($"/api/v1/projects/{id}", new JsonObject
        {
            ["notifyFlowOwnerOnFailure"] = true,
            ["executionDataRetentionDays"] = 30,
            ["workerGroupId"] = "group-1",
            ["plan"] = new JsonObject { ["activeFlowsLimit"] = 5 },
        });
        var kept = await api.PostAsync($"/api/v1/projects/{id}", new JsonObject { ["displayName"] = "Renamed" });
        var cleared = await api.PostAsync($"/api/v1/projects/{id}", new JsonObject
        {
            ["workerGroupId"] = null,
            ["plan"] = new JsonObject { ["activeFlowsLimit"] = null },
        });
        var zeroLimit = await api.PostAsync($"/api/v1/projects/{id}", new JsonObject { ["plan"] = new JsonObject { ["activeFlowsLimit"] = 0 } });

        Assert.Equal(HttpStatusCode.OK, set.Status);
        Assert.True(set.Body!["notifyFlowOwnerOnFailure"]!.GetValue<bool>());
        Assert.Equal(30, set.Body!["executionDataRetentionDays"]!.GetValue<double>());
        Assert.Equal("group-1", set.String("workerGroupId"));
        Assert.Equal(5, set.Body!["plan"]!["activeFlowsLimit"]!.GetValue<double>());
        Assert.Equal("group-1", kept.String("workerGroupId"));
        Assert.Equal(5, kept.Body!["plan"]!["activeFlowsLimit"]!.GetValue<double>());
        Assert.Null(cleared.Body!["workerGroupId"]);
        Assert.Null(cleared.Body!["plan"]!["activeFlowsLimit"]);
        Assert.Equal(30, cleared.Body!["executionDataRetentionDays"]!.GetValue<double>());
        Assert.True(zeroLimit.IsSchemaRejection);
        await ContractAssert.MatchesResponseAsync(ContractSchemas.ProjectWithLimits, set.Body);
    }
}
