using System.Text.Json;

namespace Activepieces.Connections.IntegrationTests.Runtime;

/// <summary>The project fields of the 0.86.x server (reference §11.6) through <c>client.Projects</c>.</summary>
public sealed class ProjectFieldsIntegrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_new_project_reads_the_new_fields_at_their_defaults()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var project = await h.Client.Projects.CreateAsync(new CreateProjectRequest { DisplayName = "Acme", ExternalId = "org_1", AlertReceiverEmail = "ops@acme.test" }, Ct);

        Assert.Null(project.PieceSetId);
        Assert.Null(project.WorkerGroupId);
        Assert.Null(project.ExecutionDataRetentionDays);
        Assert.NotNull(project.Plan);
        Assert.Null(project.Plan.ActiveFlowsLimit);
        using var sent = JsonDocument.Parse(Assert.Single(h.Emulator.RequestLog, r => r.Method == "POST").RequestBody);
        Assert.Equal("ops@acme.test", sent.RootElement.GetProperty("alertReceiverEmail").GetString());
    }

    [Fact]
    public async Task The_updatable_fields_are_written_kept_and_cleared()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var project = await h.Client.Projects.GetOrCreateAsync("org_1", cancellationToken: Ct);

        var updated = await h.Client.Projects.UpdateAsync(project.Id, new UpdateProjectRequest
        {
            NotifyFlowOwnerOnFailure = true,
            Plan = new ProjectPlanUpdate { ActiveFlowsLimit = 5 },
            ExecutionDataRetentionDays = 30,
            WorkerGroupId = "wg_1",
        }, Ct);
        Assert.True(updated.NotifyFlowOwnerOnFailure);
        Assert.Equal(5, updated.Plan!.ActiveFlowsLimit);
        Assert.Equal(30, updated.ExecutionDataRetentionDays);
        Assert.Equal("wg_1", updated.WorkerGroupId);

        // Members left null are not sent, so the server keeps them.
        var renamed = await h.Client.Projects.UpdateAsync(project.Id, new UpdateProjectRequest { DisplayName = "Acme" }, Ct);
        Assert.True(renamed.NotifyFlowOwnerOnFailure);
        Assert.Equal(5, renamed.Plan!.ActiveFlowsLimit);
        Assert.Equal(30, renamed.ExecutionDataRetentionDays);
        Assert.Equal("wg_1", renamed.WorkerGroupId);
        using (var sent = JsonDocument.Parse(h.Emulator.RequestLog[^1].RequestBody))
        {
            Assert.False(sent.RootElement.TryGetProperty("plan", out _));
        }

        // A plan whose limit is null removes the limit: the null is sent.
        var unlimited = await h.Client.Projects.UpdateAsync(project.Id, new UpdateProjectRequest { Plan = new ProjectPlanUpdate { ActiveFlowsLimit = null } }, Ct);
        Assert.Null(unlimited.Plan!.ActiveFlowsLimit);
        Assert.Equal(30, unlimited.ExecutionDataRetentionDays);
        using (var sent = JsonDocument.Parse(h.Emulator.RequestLog[^1].RequestBody))
        {
            Assert.Equal(JsonValueKind.Null, sent.RootElement.GetProperty("plan").GetProperty("activeFlowsLimit").ValueKind);
        }
    }

    [Fact]
    public async Task Out_of_range_values_throw_naming_the_field_before_any_request()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var projects = h.Client.Projects;

        Assert.Equal("request.Plan", (await Assert.ThrowsAsync<ArgumentException>(() =>
            projects.UpdateAsync("p1", new UpdateProjectRequest { Plan = new ProjectPlanUpdate { ActiveFlowsLimit = 0 } }, Ct))).ParamName);
        Assert.Equal("request.ExecutionDataRetentionDays", (await Assert.ThrowsAsync<ArgumentException>(() =>
            projects.UpdateAsync("p1", new UpdateProjectRequest { ExecutionDataRetentionDays = -1 }, Ct))).ParamName);
        Assert.Equal("request.WorkerGroupId", (await Assert.ThrowsAsync<ArgumentException>(() =>
            projects.UpdateAsync("p1", new UpdateProjectRequest { WorkerGroupId = "" }, Ct))).ParamName);
        Assert.Equal("request.AlertReceiverEmail", (await Assert.ThrowsAsync<ArgumentException>(() =>
            projects.CreateAsync(new CreateProjectRequest { DisplayName = "Acme", AlertReceiverEmail = "not an address" }, Ct))).ParamName);

        Assert.Equal(0, h.Emulator.RequestCount);
    }

    [Fact]
    public async Task A_login_assigned_piece_set_shows_on_the_project()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var project = await h.Client.Projects.GetOrCreateAsync("org_1", cancellationToken: Ct);
        var set = await h.Client.PieceSets.EnsureAsync("pro", "Pro", ["@activepieces/piece-gelato"], Ct);
        await h.Client.PieceSets.AssignProjectsAsync(set.Id, [project.Id], Ct);

        var read = await h.Client.Projects.GetByExternalIdAsync("org_1", Ct);

        Assert.Equal(set.Id, read!.PieceSetId);
    }
}
