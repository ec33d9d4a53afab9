using System.Net;
using Activepieces.Emulator;
using Activepieces.Emulator.Faults;

namespace Activepieces.Tests.Fleet;

/// <summary>
/// <see cref="AuditOptions.Revalidate"/> and <see cref="DiagnoseOptions.Revalidate"/> on the emulator: a credential the
/// piece now rejects is reported as <see cref="FindingKind.InvalidCredentials"/> (never with its value), a row listing no
/// project is not sent and stays an orphan, and an engine failure is counted, not fatal.
/// </summary>
public sealed class CredentialHealthTests
{
    private const string RevokedSecret = "secret-REVOKED-b";
    private const string CrashingSecret = "secret-CRASHES-c";

    private static readonly PredefinedConnectionDescriptor Gelato =
        new(TestPieceFiles.Gelato, AuthType.SecretText, "gelato_", "Gelato Connection");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The piece rejects <see cref="RevokedSecret"/> and fails in the engine on <see cref="CrashingSecret"/> once <paramref name="check"/> says so.</summary>
    private static ActivepiecesEmulatorOptions Options(Func<bool> check) => EmulatorHarness.DefaultOptions().AddPieceValidation(TestPieceFiles.Gelato, value =>
    {
        var secret = value.GetProperty("secret_text").GetString();
        return !check() ? null
            : secret == RevokedSecret ? "API key revoked"
            : secret == CrashingSecret ? throw new InvalidOperationException("engine crashed")
            : null;
    });

    [Fact]
    public async Task Audit_with_revalidation_reports_the_rejected_credential_skips_the_row_listing_no_project_and_counts_the_engine_failure()
    {
        var checking = false;
        await using var h = await EmulatorHarness.StartAsync(Options(() => checking), Ct);
        var api = h.Client.PredefinedConnections;
        var good = await api.CreateAsync(Gelato, "org_a", new SecretTextValue("secret-good-a"), Ct);
        var revoked = await api.CreateAsync(Gelato, "org_b", new SecretTextValue(RevokedSecret), Ct);
        var crashing = await api.CreateAsync(Gelato, "org_c", new SecretTextValue(CrashingSecret), Ct);
        var unlisted = await api.CreateAsync(Gelato, "org_d", new SecretTextValue(RevokedSecret), Ct);
        await h.Client.GlobalConnections.UpdateAsync(unlisted.Id, new GlobalConnectionUpdateRequest { DisplayName = "Gelato", ProjectIds = [] }, Ct);
        checking = true;

        // Without the option nothing is revalidated: the revoked credential still looks ACTIVE.
        h.Emulator.ResetRequestLog();
        var plain = await api.AuditAsync(Gelato, Ct);
        Assert.Equal([FindingKind.Orphaned], plain.Findings.Select(f => f.Kind));
        Assert.Equal(0, plain.Revalidated);
        Assert.Equal(0, h.Emulator.CountRequests("POST", "/api/v1/app-connections/*/revalidate"));

        h.Emulator.ResetRequestLog();
        var audit = await api.AuditAsync(Gelato, new AuditOptions { Revalidate = true, MaxRevalidationConcurrency = 2 }, Ct);

        Assert.Collection(
            audit.Findings,
            f =>
            {
                Assert.Equal(FindingKind.InvalidCredentials, f.Kind);
                Assert.Equal("gelato_org_b", f.ExternalId);
                Assert.Equal(revoked.Id, f.ConnectionId);
                Assert.False(f.IsRepairable);
                Assert.Contains("rejected its stored credentials", f.Detail, StringComparison.Ordinal);
            },
            f =>
            {
                Assert.Equal(FindingKind.Orphaned, f.Kind);
                Assert.Equal(unlisted.Id, f.ConnectionId);
            });
        Assert.Equal(2, audit.Revalidated);           // a and b
        Assert.Equal(1, audit.RevalidationFailures);  // c: the validation threw; its status stays ACTIVE
        Assert.Equal(3, h.Emulator.CountRequests("POST", "/api/v1/app-connections/*/revalidate")); // d lists no project: not sent
        Assert.Equal("ERROR", h.Emulator.Connections.Single(c => c.Id == revoked.Id).Status);
        Assert.Equal("ACTIVE", h.Emulator.Connections.Single(c => c.Id == good.Id).Status);
        Assert.Equal("ACTIVE", h.Emulator.Connections.Single(c => c.Id == crashing.Id).Status);
        Assert.All(audit.Findings, f => Assert.DoesNotContain("secret", f.ToString(), StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(h.LogTexts(), text => text.Contains(RevokedSecret, StringComparison.Ordinal));

        // The rejected row is now ERROR on the server: a plain audit sees it as NotActive.
        var after = await api.AuditAsync(Gelato, Ct);
        Assert.Equal([FindingKind.NotActive, FindingKind.Orphaned], after.Findings.Select(f => f.Kind));
    }

    [Fact]
    public async Task Audit_holds_at_most_MaxRevalidationConcurrency_revalidations_in_flight()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        foreach (var org in new[] { "org_a", "org_b", "org_c", "org_d", "org_e" })
        {
            await h.Client.PredefinedConnections.CreateAsync(Gelato, org, new SecretTextValue("secret-" + org), Ct);
        }

        var gate = new FaultGate();
        h.Emulator.Faults.Add(FaultRule.Always("POST", "/api/v1/app-connections/*/revalidate", Fault.Hold(gate)));
        var audit = h.Client.PredefinedConnections.AuditAsync(Gelato, new AuditOptions { Revalidate = true, MaxRevalidationConcurrency = 2 }, Ct);

        // Two are held at the gate; the audit cannot send a third before one of them is answered.
        await gate.WaitUntilHeldAsync(2, Ct);
        Assert.Equal(2, gate.ArrivedCount);
        Assert.False(audit.IsCompleted);
        gate.Release();

        var result = await audit;
        Assert.Equal(5, result.Revalidated);
        Assert.Equal(5, gate.ArrivedCount);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public async Task Audit_options_out_of_range_are_refused_before_any_request()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);

        var e = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            h.Client.PredefinedConnections.AuditAsync(Gelato, new AuditOptions { Revalidate = true, MaxRevalidationConcurrency = 0 }, Ct));

        Assert.Equal("options", e.ParamName);
        Assert.Contains("MaxRevalidationConcurrency", e.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentNullException>(() => h.Client.PredefinedConnections.AuditAsync(Gelato, null!, Ct));
        Assert.Equal(0, h.Emulator.RequestCount);
    }

    [Fact]
    public async Task Revalidation_on_a_server_without_the_route_stops_with_an_error_that_says_so()
    {
        var options = EmulatorHarness.DefaultOptions();
        options.OmitConnectionRoutesAfter072 = true;
        await using var h = await EmulatorHarness.StartAsync(options, Ct);
        await h.Client.PredefinedConnections.CreateAsync(Gelato, "org_a", new SecretTextValue("secret-a"), Ct);

        var plain = await h.Client.PredefinedConnections.AuditAsync(Gelato, Ct);
        var e = await Assert.ThrowsAsync<ActivepiecesApiException>(() =>
            h.Client.PredefinedConnections.AuditAsync(Gelato, new AuditOptions { Revalidate = true }, Ct));

        Assert.True(plain.UsedPerProjectPass);
        Assert.Equal(HttpStatusCode.NotFound, e.StatusCode);
        Assert.Contains("0.86.3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagnose_with_revalidation_names_rejected_credentials_and_clears_an_ERROR_the_piece_now_accepts()
    {
        var checking = false;
        await using var h = await EmulatorHarness.StartAsync(Options(() => checking), Ct);
        var api = h.Client.PredefinedConnections;
        var revoked = await api.CreateAsync(Gelato, "org_b", new SecretTextValue(RevokedSecret), Ct);
        var recovered = await api.CreateAsync(Gelato, "org_e", new SecretTextValue("secret-good-e"), Ct);
        h.Emulator.SetConnectionStatus(recovered.Id, "ERROR");
        checking = true;

        Assert.Equal(DiagnosisCause.Ok, (await api.DiagnoseAsync(Gelato, "org_b", Ct)).Cause);
        Assert.Equal(DiagnosisCause.NotActive, (await api.DiagnoseAsync(Gelato, "org_e", Ct)).Cause);

        var rejected = await api.DiagnoseAsync(Gelato, "org_b", new DiagnoseOptions { Revalidate = true }, Ct);
        var cleared = await api.DiagnoseAsync(Gelato, "org_e", new DiagnoseOptions { Revalidate = true }, Ct);

        Assert.Equal(DiagnosisCause.InvalidCredentials, rejected.Cause);
        Assert.False(rejected.Resolves);
        Assert.Equal(revoked.Id, rejected.Connection?.Id);
        Assert.Equal(AppConnectionStatus.Error, rejected.Connection?.Status);
        Assert.DoesNotContain("secret", rejected.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(DiagnosisCause.Ok, cleared.Cause);
        Assert.Equal("ACTIVE", h.Emulator.Connections.Single(c => c.Id == recovered.Id).Status);
    }

    [Fact]
    public async Task Diagnose_with_revalidation_of_an_engine_failure_keeps_the_listed_diagnosis_and_says_there_was_no_verdict()
    {
        var checking = false;
        await using var h = await EmulatorHarness.StartAsync(Options(() => checking), Ct);
        await h.Client.PredefinedConnections.CreateAsync(Gelato, "org_c", new SecretTextValue(CrashingSecret), Ct);
        checking = true;

        var diagnosis = await h.Client.PredefinedConnections.DiagnoseAsync(Gelato, "org_c", new DiagnoseOptions { Revalidate = true }, Ct);

        Assert.Equal(DiagnosisCause.Ok, diagnosis.Cause);
        Assert.Contains("no verdict", diagnosis.Message, StringComparison.Ordinal);
    }
}
