using Activepieces.Connections.IntegrationTests.Connections;
using Activepieces.Connections.IntegrationTests.Infrastructure;
using Activepieces.TestSupport;

namespace Activepieces.Connections.IntegrationTests.Generated;

/// <summary>
/// The generated fleet methods (<c>Sync…ConnectionsAsync</c>, <c>Audit…ConnectionsAsync</c>,
/// <c>Diagnose…ConnectionAsync</c>) through the real client against the emulator.
/// </summary>
public sealed class FleetTests : IAsyncLifetime
{
    private EmulatorHarness _environment = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _environment = await EmulatorHarness.StartAsync(IntegrationPieces.Options(), Ct);

    public async ValueTask DisposeAsync() => await _environment.DisposeAsync();

    [Fact]
    public async Task Sync_audit_and_diagnose_a_fleet_of_Gelato_orgs()
    {
        (string, GelatoConnection)[] fleet =
        [
            ("org_a", new GelatoConnection("gelato-key-a-SECRET", "store-a")),
            ("org_b", new GelatoConnection("gelato-key-b-SECRET", "store-b")),
            ("org_c", new GelatoConnection("gelato-key-c-SECRET", "store-c")),
        ];

        var first = await _environment.Client.SyncGelatoConnectionsAsync(fleet, cancellationToken: Ct);
        _environment.Emulator.ResetRequestLog();
        var second = await _environment.Client.SyncGelatoConnectionsAsync(AsAsync(fleet), cancellationToken: Ct);

        Assert.Equal((3, 0, 0), (first.Succeeded, first.Unchanged, first.Failed.Count));
        Assert.Equal((0, 3, 0), (second.Succeeded, second.Unchanged, second.Failed.Count));
        Assert.Empty(_environment.Upserts());
        Assert.Equal(
            ["gelato_org_a", "gelato_org_b", "gelato_org_c"],
            _environment.Emulator.Connections.Where(c => c.PieceName == GelatoConnection.PieceName).Select(c => c.ExternalId).Order());

        var clean = await _environment.Client.AuditGelatoConnectionsAsync(Ct);
        Assert.Equal((3, 3), (clean.Connections, clean.Projects));
        Assert.Empty(clean.Findings);

        var resolves = await _environment.Client.DiagnoseGelatoConnectionAsync("org_a", Ct);
        Assert.Equal((true, DiagnosisCause.Ok, _environment.ProjectIdOf("org_a")), (resolves.Resolves, resolves.Cause, resolves.ProjectId));
        Assert.Equal("gelato_org_a", resolves.Connection?.ExternalId);

        var broken = _environment.Emulator.Connections.Single(c => c.ExternalId == "gelato_org_b").Id;
        _environment.Emulator.SetConnectionStatus(broken, "ERROR");

        var audit = await _environment.Client.AuditGelatoConnectionsAsync(Ct);
        var finding = Assert.Single(audit.Findings);
        Assert.Equal((FindingKind.NotActive, "gelato_org_b", broken), (finding.Kind, finding.ExternalId, finding.ConnectionId));

        var notActive = await _environment.Client.DiagnoseGelatoConnectionAsync("org_b", Ct);
        var missing = await _environment.Client.DiagnoseGelatoConnectionAsync("org_unknown", Ct);
        Assert.Equal((false, DiagnosisCause.NotActive), (notActive.Resolves, notActive.Cause));
        Assert.Equal((false, DiagnosisCause.ProjectMissing), (missing.Resolves, missing.Cause));
        Assert.DoesNotContain("SECRET", notActive.Message + audit.Findings[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagnose_resolves_a_PROJECT_scope_connection_which_has_no_generated_audit()
    {
        // CrmToken is PROJECT scope: the runtime audits global connections only, so no AuditAcmeCrmConnectionsAsync is
        // generated, but a diagnosis resolves PROJECT-scope rows as the worker does.
        var before = await _environment.Client.DiagnoseAcmeCrmConnectionAsync("org_crm", Ct);
        await _environment.Client.CreateAcmeCrmConnectionAsync("org_crm", new CrmToken { Token = "crm-token-SECRET" }, Ct);
        var after = await _environment.Client.DiagnoseAcmeCrmConnectionAsync("org_crm", Ct);

        Assert.Equal(DiagnosisCause.ProjectMissing, before.Cause);
        Assert.Equal((true, "crm_org_crm", "PROJECT"), (after.Resolves, after.Connection?.ExternalId, after.Connection?.Scope));
        Assert.Null(typeof(CrmToken).Assembly.GetType("Activepieces.Connections.IntegrationTests.Connections.CrmTokenClientExtensions")!
            .GetMethod("AuditAcmeCrmConnectionsAsync"));
    }

    private static async IAsyncEnumerable<(string ExternalProjectId, GelatoConnection Connection)> AsAsync(
        IEnumerable<(string, GelatoConnection)> items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }
}
