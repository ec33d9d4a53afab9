namespace Activepieces.Tests.Fleet;

/// <summary>
/// A server that writes <c>metadata.accountIdentifier</c> (§11.10, the emulator's account-identifier option): Ensure,
/// Sync and Audit see no difference in what the server wrote.
/// </summary>
public sealed class ServerWrittenMetadataTests
{
    private const string Account = "owner@acme.test";

    private static readonly PredefinedConnectionDescriptor Gelato =
        new(TestPieceFiles.Gelato, AuthType.SecretText, "gelato_", "Gelato Connection");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ensure_Sync_and_Audit_do_not_count_the_server_written_account_identifier_as_a_difference()
    {
        var options = EmulatorHarness.DefaultOptions().AddAccountIdentifier(TestPieceFiles.Gelato, Account);
        await using var h = await EmulatorHarness.StartAsync(options, Ct);
        var api = h.Client.PredefinedConnections;
        string[] orgs = ["org_a", "org_b", "org_c"];

        var first = await api.EnsureAsync(Gelato, "org_a", new SecretTextValue("secret-a"), Ct);
        Assert.Equal(Account, first.AccountIdentifier);

        h.Emulator.ResetRequestLog();
        var again = await api.EnsureAsync(Gelato, "org_a", new SecretTextValue("secret-a"), Ct);
        Assert.Equal(0, h.Emulator.RequestCount);
        Assert.Equal(first.Id, again.Id);

        var sync = await api.SyncAsync(Gelato, orgs.Select(org => (org, new SecretTextValue("secret-" + org[^1]))), null, Ct);
        Assert.Equal(2, sync.Succeeded);
        Assert.Equal(1, sync.Unchanged);

        h.Emulator.ResetRequestLog();
        var resync = await api.SyncAsync(Gelato, orgs.Select(org => (org, new SecretTextValue("secret-" + org[^1]))), null, Ct);
        Assert.Equal(3, resync.Unchanged);
        Assert.Equal(0, h.Emulator.RequestCount);

        var audit = await api.AuditAsync(Gelato, Ct);
        Assert.Equal(3, audit.Connections);
        Assert.Empty(audit.Findings);
        Assert.All(h.Emulator.Connections, c => Assert.Contains(Account, c.MetadataJson ?? string.Empty, StringComparison.Ordinal));
    }
}
