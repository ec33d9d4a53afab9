using System.Net;
using System.Text.Json;

namespace Activepieces.Connections.IntegrationTests.Runtime;

/// <summary>
/// <see cref="AppConnectionsClient.GetAsync"/> and <see cref="AppConnectionsClient.RevalidateAsync"/> on the emulator:
/// the row without its value, the first-project rule (403 for a row listing no project), and revalidation setting
/// ACTIVE or ERROR, or answering 500 when the piece's validation itself fails.
/// </summary>
public sealed class ConnectionByIdIntegrationTests
{
    private const string Secret = "gelato-key-SECRET-by-id";

    private static readonly PredefinedConnectionDescriptor Gelato =
        new(TestPieceFiles.Gelato, AuthType.SecretText, "gelato_", "Gelato Connection");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetAsync_returns_the_row_without_its_value_and_404_for_an_unknown_id()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var created = await h.Client.PredefinedConnections.CreateAsync(Gelato, "org_1", new SecretTextValue(Secret), Ct);

        h.Emulator.ResetRequestLog();
        var read = await h.Client.AppConnections.GetAsync(created.Id, Ct);

        Assert.Equal(created.Id, read.Id);
        Assert.Equal("gelato_org_1", read.ExternalId);
        Assert.Equal(AppConnectionScope.Platform, read.Scope);
        Assert.Equal(AppConnectionStatus.Active, read.Status);
        Assert.Equal(created.ProjectIds, read.ProjectIds);
        Assert.NotNull(read.FlowIds);
        Assert.Null(read.Owner);
        Assert.Equal(1, h.Emulator.CountRequests("GET", "/api/v1/app-connections/*"));

        var unknown = await Assert.ThrowsAsync<ActivepiecesApiException>(() => h.Client.AppConnections.GetAsync("AAAAAAAAAAAAAAAAAAAAA", Ct));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("ENTITY_NOT_FOUND", unknown.Code);
    }

    [Fact]
    public async Task A_row_listing_no_project_answers_403_to_get_and_revalidate()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var created = await h.Client.PredefinedConnections.CreateAsync(Gelato, "org_1", new SecretTextValue(Secret), Ct);
        await h.Client.GlobalConnections.UpdateAsync(created.Id, new GlobalConnectionUpdateRequest { DisplayName = "Gelato", ProjectIds = [] }, Ct);

        var get = await Assert.ThrowsAsync<ActivepiecesApiException>(() => h.Client.AppConnections.GetAsync(created.Id, Ct));
        var revalidate = await Assert.ThrowsAsync<ActivepiecesApiException>(() => h.Client.AppConnections.RevalidateAsync(created.Id, Ct));

        foreach (var e in new[] { get, revalidate })
        {
            Assert.Equal(HttpStatusCode.Forbidden, e.StatusCode);
            Assert.Equal("AUTHORIZATION", e.Code);
            Assert.DoesNotContain(Secret, e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RevalidateAsync_sets_ERROR_when_the_piece_rejects_the_stored_value_and_ACTIVE_when_it_accepts_it_again()
    {
        var revoked = false;
        var options = EmulatorHarness.DefaultOptions().AddPieceValidation(TestPieceFiles.Gelato, _ => revoked ? "API key revoked" : null);
        await using var h = await EmulatorHarness.StartAsync(options, Ct);
        var created = await h.Client.PredefinedConnections.CreateAsync(Gelato, "org_1", new SecretTextValue(Secret), Ct);

        revoked = true;
        var rejected = await h.Client.AppConnections.RevalidateAsync(created.Id, Ct);
        Assert.Equal(AppConnectionStatus.Error, rejected.Status);
        Assert.Equal("ERROR", Assert.Single(h.Emulator.Connections).Status);

        revoked = false;
        var accepted = await h.Client.AppConnections.RevalidateAsync(created.Id, Ct);
        Assert.Equal(AppConnectionStatus.Active, accepted.Status);
        Assert.Equal("ACTIVE", Assert.Single(h.Emulator.Connections).Status);
        Assert.Equal(2, h.Emulator.CountRequests("POST", "/api/v1/app-connections/*/revalidate"));
        Assert.DoesNotContain(h.LogTexts(), text => text.Contains(Secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_validation_that_fails_in_the_engine_answers_500_once_and_leaves_the_status_alone()
    {
        var fail = false;
        var options = EmulatorHarness.DefaultOptions().AddPieceValidation(
            TestPieceFiles.Gelato,
            value => fail ? throw new InvalidOperationException("engine crashed reading " + value.GetRawText()) : null);
        await using var h = await EmulatorHarness.StartAsync(options, Ct);
        var created = await h.Client.PredefinedConnections.CreateAsync(Gelato, "org_1", new SecretTextValue(Secret), Ct);
        h.Emulator.SetConnectionStatus(created.Id, "ERROR");

        fail = true;
        h.Emulator.ResetRequestLog();
        var e = await Assert.ThrowsAsync<ActivepiecesApiException>(() => h.Client.AppConnections.RevalidateAsync(created.Id, Ct));

        Assert.Equal(HttpStatusCode.InternalServerError, e.StatusCode);
        Assert.Equal("ENGINE_OPERATION_FAILURE", e.Code);
        Assert.DoesNotContain(Secret, e.ToString(), StringComparison.Ordinal);
        Assert.Equal("ERROR", Assert.Single(h.Emulator.Connections).Status);
        Assert.Equal(1, h.Emulator.RequestCount); // not retried: the piece's API would be called again for nothing
    }

    [Fact]
    public async Task AccountIdentifier_is_the_server_written_metadata_value()
    {
        var options = EmulatorHarness.DefaultOptions().AddAccountIdentifier(TestPieceFiles.Gelato, "owner@acme.test");
        await using var h = await EmulatorHarness.StartAsync(options, Ct);
        var created = await h.Client.PredefinedConnections.CreateAsync(Gelato, "org_1", new SecretTextValue(Secret), Ct);

        var read = await h.Client.AppConnections.GetAsync(created.Id, Ct);

        Assert.Equal("owner@acme.test", created.AccountIdentifier);
        Assert.Equal("owner@acme.test", read.AccountIdentifier);
        Assert.Equal(JsonValueKind.Object, read.Metadata?.ValueKind);
        Assert.Null(new AppConnection { Id = "i", ExternalId = "e", DisplayName = "d", Type = AuthType.SecretText, PieceName = "p", Scope = ConnectionScope.Platform, Status = AppConnectionStatus.Active }.AccountIdentifier);
    }
}
