using System.Net.Http.Headers;
using System.Text;

namespace Activepieces.Tests.Fleet;

/// <summary>
/// A fleet with one planted problem per org, built on the emulator through the public routes (plus the emulator's
/// status setter for the ERROR row, which no route can set): the audit finds exactly those problems, the doctor names
/// each cause, and a repair leaves a second audit with nothing repairable.
/// </summary>
public sealed class MessyFleetTests
{
    private const string MySql = "@activepieces/piece-mysql";

    private static readonly PredefinedConnectionDescriptor Gelato =
        new(TestPieceFiles.Gelato, AuthType.SecretText, "gelato_", "Gelato Connection");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Audit_finds_exactly_the_planted_problems_doctor_names_each_cause_and_repair_leaves_nothing_repairable()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var fleet = await PlantAsync(h);
        var api = h.Client.PredefinedConnections;

        h.Emulator.ResetRequestLog();
        var audit = await api.AuditAsync(Gelato, Ct);

        Assert.Equal(8, audit.Connections); // a, b (old and new), c, e (mysql), f, g, h
        Assert.Equal(7, audit.Projects);    // b (new), c, d, e, f, g, h
        Assert.Collection(
            audit.Findings,
            f => AssertFinding(f, FindingKind.Orphaned, "gelato_org_a", fleet.OrphanId, repairable: true),
            f => AssertFinding(f, FindingKind.Duplicate, "gelato_org_b", fleet.StaleDuplicateId, repairable: true),
            f => AssertFinding(f, FindingKind.ProjectMismatch, "gelato_org_c", fleet.MismatchId, repairable: false),
            f => AssertFinding(f, FindingKind.WrongPiece, "gelato_org_e", fleet.WrongPieceId, repairable: false),
            f => AssertFinding(f, FindingKind.Shadowed, "gelato_org_f", fleet.PlaceholderId, repairable: true),
            f => AssertFinding(f, FindingKind.NotActive, "gelato_org_h", fleet.ErrorId, repairable: false));

        // One pass over the projects and two over the platform-wide listing (PLATFORM rows, PROJECT rows), one page each here.
        Assert.False(audit.UsedPerProjectPass);
        Assert.Equal(1, h.Emulator.CountRequests("GET", "/api/v1/projects"));
        Assert.Equal(2, h.Emulator.CountRequests("GET", "/api/v1/platform-app-connections"));
        Assert.Equal(3, h.Emulator.RequestCount);

        var expected = new Dictionary<string, DiagnosisCause>
        {
            ["org_a"] = DiagnosisCause.ProjectMissing,
            ["org_b"] = DiagnosisCause.Ok,
            ["org_c"] = DiagnosisCause.ConnectionDoesNotListProject,
            ["org_d"] = DiagnosisCause.ConnectionMissing,
            ["org_e"] = DiagnosisCause.WrongPiece,
            ["org_f"] = DiagnosisCause.Ambiguous,
            ["org_g"] = DiagnosisCause.Ok,
            ["org_h"] = DiagnosisCause.NotActive,
        };
        foreach (var (org, cause) in expected)
        {
            var diagnosis = await api.DiagnoseAsync(Gelato, org, Ct);
            Assert.True(cause == diagnosis.Cause, $"{org}: expected {cause}, got {diagnosis}");
            Assert.Equal(cause == DiagnosisCause.Ok, diagnosis.Resolves);
            Assert.DoesNotContain("secret", diagnosis.Message, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(fleet.MismatchId, (await api.DiagnoseAsync(Gelato, "org_c", Ct)).Connection?.Id);
        Assert.Equal(fleet.ProjectIds["org_h"], (await api.DiagnoseAsync(Gelato, "org_h", Ct)).ProjectId);

        var repair = await api.RepairAsync(audit, Ct);

        Assert.Equal([fleet.OrphanId, fleet.StaleDuplicateId, fleet.PlaceholderId], repair.Deleted.Select(f => f.ConnectionId));
        Assert.Equal([FindingKind.ProjectMismatch, FindingKind.WrongPiece, FindingKind.NotActive], repair.Left.Select(f => f.Kind));
        var remaining = h.Emulator.Connections.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(fleet.OrphanId, remaining);
        Assert.DoesNotContain(fleet.StaleDuplicateId, remaining);
        Assert.DoesNotContain(fleet.PlaceholderId, remaining);
        Assert.Equal(6, remaining.Count); // 8 global rows and the placeholder, minus 3

        var second = await api.AuditAsync(Gelato, Ct);
        Assert.DoesNotContain(second.Findings, f => f.IsRepairable);
        Assert.Equal([FindingKind.ProjectMismatch, FindingKind.WrongPiece, FindingKind.NotActive], second.Findings.Select(f => f.Kind));
        Assert.Equal(DiagnosisCause.Ok, (await api.DiagnoseAsync(Gelato, "org_f", Ct)).Cause);
        Assert.Equal("secret-f", h.Emulator.GetConnectionValueForPiece("gelato_org_f", fleet.ProjectIds["org_f"]) is { } json
            ? System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("secret_text").GetString()
            : null);

        // A repair interrupted and run again with the old audit finds its rows gone and still reports them deleted.
        var again = await api.RepairAsync(audit, Ct);
        Assert.Equal(3, again.Deleted.Count);
        Assert.Equal(6, h.Emulator.Connections.Count);
    }

    [Fact]
    public async Task On_a_server_without_the_platform_listing_the_audit_falls_back_to_the_per_project_pass_with_the_same_findings()
    {
        var options = EmulatorHarness.DefaultOptions();
        options.OmitConnectionRoutesAfter072 = true;
        await using var h = await EmulatorHarness.StartAsync(options, Ct);
        var fleet = await PlantAsync(h);

        h.Emulator.ResetRequestLog();
        var audit = await h.Client.PredefinedConnections.AuditAsync(Gelato, Ct);

        Assert.True(audit.UsedPerProjectPass);
        Assert.Equal(8, audit.Connections);
        Assert.Equal(7, audit.Projects);
        Assert.Collection(
            audit.Findings,
            f => AssertFinding(f, FindingKind.Orphaned, "gelato_org_a", fleet.OrphanId, repairable: true),
            f => AssertFinding(f, FindingKind.Duplicate, "gelato_org_b", fleet.StaleDuplicateId, repairable: true),
            f => AssertFinding(f, FindingKind.ProjectMismatch, "gelato_org_c", fleet.MismatchId, repairable: false),
            f => AssertFinding(f, FindingKind.WrongPiece, "gelato_org_e", fleet.WrongPieceId, repairable: false),
            f => AssertFinding(f, FindingKind.Shadowed, "gelato_org_f", fleet.PlaceholderId, repairable: true),
            f => AssertFinding(f, FindingKind.NotActive, "gelato_org_h", fleet.ErrorId, repairable: false));

        // The listing's 404, then one pass over each list, then one PROJECT-scope listing per project the kept rows list (b, d, f, g, h).
        Assert.Equal(1, h.Emulator.CountRequests("GET", "/api/v1/platform-app-connections"));
        Assert.Equal(1, h.Emulator.CountRequests("GET", "/api/v1/global-connections"));
        Assert.Equal(1, h.Emulator.CountRequests("GET", "/api/v1/projects"));
        Assert.Equal(5, h.Emulator.CountRequests("GET", "/api/v1/app-connections"));
        Assert.Equal(8, h.Emulator.RequestCount);
    }

    [Fact]
    public async Task Audit_of_a_project_scoped_descriptor_is_refused_before_any_request()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var perProject = new PredefinedConnectionDescriptor(TestPieceFiles.Gelato, AuthType.SecretText, "gelato_", "Gelato", scope: ConnectionScope.Project);

        var e = await Assert.ThrowsAsync<ArgumentException>(() => h.Client.PredefinedConnections.AuditAsync(perProject, Ct));
        Assert.Equal("descriptor", e.ParamName);
        await Assert.ThrowsAsync<ArgumentException>(() => h.Client.PredefinedConnections.DiagnoseAsync(Gelato, "", Ct));
        Assert.Equal(0, h.Emulator.RequestCount);
    }

    private static async Task<Fleet> PlantAsync(EmulatorHarness h)
    {
        var api = h.Client.PredefinedConnections;
        var projects = h.Client.Projects;

        // a: an orphan left by deleting the project.
        var orphan = await api.CreateAsync(Gelato, "org_a", new SecretTextValue("secret-a"), Ct);
        await projects.DeleteAsync(orphan.ProjectIds[0], Ct);

        // b: the project deleted and recreated; syncing the org again adds a second row (§10.6).
        var stale = await api.CreateAsync(Gelato, "org_b", new SecretTextValue("secret-b1"), Ct);
        await projects.DeleteAsync(stale.ProjectIds[0], Ct);
        var fresh = await api.CreateAsync(Gelato, "org_b", new SecretTextValue("secret-b2"), Ct);
        Assert.NotEqual(stale.Id, fresh.Id);

        // c: org_c's connection lists org_d's project.
        var c = h.Emulator.AddProject("org_c", "org_c");
        var d = h.Emulator.AddProject("org_d", "org_d");
        var mismatch = await h.Client.GlobalConnections.UpsertAsync(
            new GlobalConnectionUpsertRequest
            {
                ExternalId = "gelato_org_c", DisplayName = "Gelato", PieceName = TestPieceFiles.Gelato, ProjectIds = [d.Id], Value = new SecretTextValue("secret-c"),
            },
            Ct);

        // e: a MySQL connection under the Gelato prefix.
        var e = h.Emulator.AddProject("org_e", "org_e");
        var wrongPiece = await h.Client.GlobalConnections.UpsertAsync(
            new GlobalConnectionUpsertRequest
            {
                ExternalId = "gelato_org_e", DisplayName = "MySQL", PieceName = MySql, ProjectIds = [e.Id],
                Value = new CustomAuthValue(("host", "db"), ("port", 3306), ("user", "u"), ("password", "secret-e"), ("database", "d")),
            },
            Ct);

        // f: a placeholder in org_f's project shadows its global connection (§10.1).
        var shadowed = await api.CreateAsync(Gelato, "org_f", new SecretTextValue("secret-f"), Ct);
        var placeholderId = await PostPlaceholderAsync(h, shadowed.ProjectIds[0], "gelato_org_f");

        // g: clean.
        var clean = await api.CreateAsync(Gelato, "org_g", new SecretTextValue("secret-g"), Ct);

        // h: a connection in ERROR (a failed OAuth refresh on the real server).
        var broken = await api.CreateAsync(Gelato, "org_h", new SecretTextValue("secret-h"), Ct);
        h.Emulator.SetConnectionStatus(broken.Id, "ERROR");

        return new Fleet(
            orphan.Id,
            stale.Id,
            mismatch.Id,
            wrongPiece.Id,
            placeholderId,
            broken.Id,
            new Dictionary<string, string>
            {
                ["org_b"] = fresh.ProjectIds[0], ["org_c"] = c.Id, ["org_d"] = d.Id, ["org_e"] = e.Id,
                ["org_f"] = shadowed.ProjectIds[0], ["org_g"] = clean.ProjectIds[0], ["org_h"] = broken.ProjectIds[0],
            });
    }

    /// <summary>The web UI's placeholder upsert (<c>type: PLACEHOLDER</c>), which the client does not offer.</summary>
    private static async Task<string> PostPlaceholderAsync(EmulatorHarness h, string projectId, string externalId)
    {
        using var http = new HttpClient { BaseAddress = h.Emulator.BaseUrl };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", h.Emulator.ApiKey);
        var body = $$"""{"type":"PLACEHOLDER","externalId":"{{externalId}}","displayName":"Gelato","pieceName":"{{TestPieceFiles.Gelato}}","projectId":"{{projectId}}"}""";
        using var response = await http.PostAsync(new Uri("api/v1/app-connections", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"), Ct);
        response.EnsureSuccessStatusCode();
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("MISSING", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("PROJECT", json.RootElement.GetProperty("scope").GetString());
        return json.RootElement.GetProperty("id").GetString()!;
    }

    private static void AssertFinding(ConnectionFinding finding, FindingKind kind, string externalId, string connectionId, bool repairable)
    {
        Assert.True(kind == finding.Kind, finding.ToString());
        Assert.Equal(externalId, finding.ExternalId);
        Assert.Equal(connectionId, finding.ConnectionId);
        Assert.Equal(externalId["gelato_".Length..], finding.ExternalProjectId);
        Assert.Equal(repairable, finding.IsRepairable);
        Assert.DoesNotContain("secret", finding.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    private sealed record Fleet(
        string OrphanId,
        string StaleDuplicateId,
        string MismatchId,
        string WrongPieceId,
        string PlaceholderId,
        string ErrorId,
        IReadOnlyDictionary<string, string> ProjectIds);
}
