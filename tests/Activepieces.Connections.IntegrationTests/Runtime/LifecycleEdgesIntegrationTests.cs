using System.Net;
using Activepieces.Emulator;
using Activepieces.Emulator.Faults;
using Activepieces.Emulator.Pieces;

namespace Activepieces.Connections.IntegrationTests.Runtime;

/// <summary>
/// The client against the emulator's lifecycle edges of the newest server: single-use OAuth codes, piece validation,
/// secret-manager references and the response fields metadata, usingSecretManager and owner.
/// </summary>
public sealed class LifecycleEdgesIntegrationTests
{
    private const string Square = "@activepieces/piece-square";
    private const string Secret = "gk_live_DoNotLeak_7f3a9c";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly PredefinedConnectionDescriptor Gelato = new(TestPieceFiles.Gelato, AuthType.SecretText, "gelato_", "Gelato");

    private static readonly PredefinedConnectionDescriptor SquareOAuth = new(Square, AuthType.CloudOAuth2, "square_", "Square");

    [Fact]
    public async Task A_lost_oauth_upsert_is_not_repeated_and_a_fresh_code_succeeds()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var api = h.Client.PredefinedConnections;
        await h.Client.Projects.GetOrCreateAsync("org_1", cancellationToken: Ct);
        h.Emulator.Faults.Add(FaultRule.Sequenced("POST", "/api/v1/global-connections", Fault.DropConnectionAfterCommit));

        var lost = await Assert.ThrowsAsync<ActivepiecesUnavailableException>(
            () => api.CreateAsync(SquareOAuth, "org_1", new CloudOAuth2Value("square-client", "code-one-Secret", "ITEMS_READ"), Ct));
        Assert.True(lost.OAuthCodeMayBeConsumed);
        Assert.Equal(1, h.Emulator.CountRequests("POST", "/api/v1/global-connections"));

        // The emulator did claim the code: sending it again is the server's 400 INVALID_CLAIM, which the client never
        // does on its own.
        var reused = await Assert.ThrowsAsync<ActivepiecesApiException>(
            () => api.CreateAsync(SquareOAuth, "org_1", new CloudOAuth2Value("square-client", "code-one-Secret", "ITEMS_READ"), Ct));
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Equal("INVALID_CLAIM", reused.Code);
        Assert.False(reused.IsTransient);

        var connection = await api.CreateAsync(SquareOAuth, "org_1", new CloudOAuth2Value("square-client", "code-two-Secret", "ITEMS_READ"), Ct);
        Assert.Equal("square_org_1", connection.ExternalId);
        Assert.Equal(3, h.Emulator.CountRequests("POST", "/api/v1/global-connections"));
    }

    [Fact]
    public async Task A_piece_validation_failure_carries_the_piece_message_and_no_secret()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        h.Emulator.SetPieceValidation(TestPieceFiles.Gelato, new PieceValidation
        {
            Validate = value => value.GetProperty("secret_text").GetString()!.StartsWith("gk_ok", StringComparison.Ordinal) ? null : "Invalid Gelato API key",
        });

        var error = await Assert.ThrowsAsync<ActivepiecesApiException>(
            () => h.Client.PredefinedConnections.CreateAsync(Gelato, "org_1", new SecretTextValue(Secret), Ct));
        Assert.True(error.IsPieceValidationFailure);
        Assert.Equal("Invalid Gelato API key", error.PieceMessage);
        Assert.False(error.IsTransient);
        Assert.Equal(1, h.Emulator.CountRequests("POST", "/api/v1/global-connections"));
        Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.PieceMessage!, StringComparison.Ordinal);
        Assert.All(h.LogTexts(), line => Assert.DoesNotContain(Secret, line, StringComparison.Ordinal));

        var accepted = await h.Client.PredefinedConnections.CreateAsync(Gelato, "org_1", new SecretTextValue("gk_ok_1"), Ct);
        Assert.Equal("ACTIVE", accepted.Status);
    }

    [Fact]
    public async Task A_secret_manager_reference_round_trips_through_the_emulator()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var reference = SecretManagerReference.Format("vault-main", "customers/org_1/gelato");
        Assert.Equal("{{vault-main|ap_sep_v1|customers/org_1/gelato}}", reference);
        Assert.True(SecretManagerReference.TryParse(reference, out var managerId, out var path));
        Assert.Equal(("vault-main", "customers/org_1/gelato"), (managerId, path));

        var created = await h.Client.PredefinedConnections.CreateAsync(Gelato, "org_1", new SecretTextValue(reference), Ct);
        Assert.True(created.UsingSecretManager);
        var listed = await h.Client.PredefinedConnections.GetAsync(Gelato, "org_1", Ct);
        Assert.True(listed!.UsingSecretManager);

        // The piece receives the secret the manager holds, not the reference.
        var projectId = h.Emulator.Projects.Single(p => p.ExternalId == "org_1").Id;
        var pieceView = h.Emulator.GetConnectionValueForPiece("gelato_org_1", projectId);
        Assert.Contains(ActivepiecesEmulator.ResolveSecretReference(managerId, path), pieceView, StringComparison.Ordinal);

        var plain = await h.Client.PredefinedConnections.CreateAsync(Gelato, "org_2", new SecretTextValue(Secret), Ct);
        Assert.False(plain.UsingSecretManager);
    }

    [Theory]
    [InlineData("", "p")]
    [InlineData("a|b", "p")]
    [InlineData("m", "")]
    [InlineData("m", "a}}b")]
    [InlineData("{m", "p")]
    public void A_malformed_reference_part_is_an_argument_error(string managerId, string path) =>
        Assert.ThrowsAny<ArgumentException>(() => SecretManagerReference.Format(managerId, path));

    [Theory]
    [InlineData("plain")]
    [InlineData("{{m|p}}")]
    [InlineData("{{|ap_sep_v1|p}}")]
    [InlineData("{{m|ap_sep_v1|}}")]
    [InlineData("x{{m|ap_sep_v1|p}}")]
    public void Text_that_is_not_a_reference_does_not_parse(string text) =>
        Assert.False(SecretManagerReference.TryParse(text, out _, out _));

    [Fact]
    public async Task Responses_carry_metadata_using_secret_manager_and_owner()
    {
        await using var h = await EmulatorHarness.StartAsync(Ct);
        var project = await h.Client.Projects.GetOrCreateAsync("org_1", cancellationToken: Ct);
        var upserted = await h.Client.AppConnections.UpsertAsync(
            new AppConnectionUpsertRequest
            {
                ProjectId = project.Id,
                ExternalId = "gelato_org_1",
                DisplayName = "Gelato",
                PieceName = TestPieceFiles.Gelato,
                Value = new SecretTextValue(Secret),
                Metadata = new Dictionary<string, string> { ["tier"] = "gold" },
            },
            Ct);
        Assert.Equal("gold", upserted.Metadata!.Value.GetProperty("tier").GetString());
        Assert.False(upserted.UsingSecretManager);

        var listed = await h.Client.AppConnections.FindByExternalIdAsync(project.Id, "gelato_org_1", cancellationToken: Ct);
        Assert.NotNull(listed!.Owner);
        Assert.Equal(listed.OwnerId, listed.Owner.Id);
        Assert.False(string.IsNullOrEmpty(listed.Owner.Email));
        Assert.Equal("gold", listed.Metadata!.Value.GetProperty("tier").GetString());
    }
}
