using System.Net;
using System.Text.Json;
using Activepieces.Tests.Support;

namespace Activepieces.Tests.Fleet;

/// <summary>A failed org of a Sync shows the piece's own message beside the code, never the org's credential.</summary>
public sealed class SyncFailureMessageTests
{
    private const string Secret = "gk-RejectedAdminToken-4711";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_credential_the_piece_rejected_shows_the_pieces_message_next_to_the_code()
    {
        var options = EmulatorHarness.DefaultOptions().AddPieceValidation(TestPieceFiles.Gelato, (JsonElement _) => "Invalid admin token");
        await using var h = await EmulatorHarness.StartAsync(options, Ct);
        h.Emulator.AddProject("Org 1", externalId: "org_1");

        var result = await h.Client.PredefinedConnections.SyncAsync(TestData.Gelato, [("org_1", new SecretTextValue(Secret))], cancellationToken: Ct);

        var failure = Assert.Single(result.Failed);
        Assert.True(Assert.IsType<ActivepiecesApiException>(failure.Error).IsPieceValidationFailure);
        Assert.Equal(
            "org_1: ActivepiecesApiException: Activepieces API POST /api/v1/global-connections failed with HTTP 400 (BadRequest), code INVALID_APP_CONNECTION. The piece said: Invalid admin token",
            failure.ToString());
    }

    [Fact]
    public async Task A_piece_message_that_repeats_the_credential_is_shown_without_it()
    {
        var options = EmulatorHarness.DefaultOptions().AddPieceValidation(
            TestPieceFiles.Gelato,
            (JsonElement value) => "bad key " + value.GetProperty("secret_text").GetString() + "\nfor SECRET_TEXT");
        await using var h = await EmulatorHarness.StartAsync(options, Ct);
        h.Emulator.AddProject("Org 1", externalId: "org_1");

        var result = await h.Client.PredefinedConnections.SyncAsync(TestData.Gelato, [("org_1", new SecretTextValue(Secret))], cancellationToken: Ct);

        var failure = Assert.Single(result.Failed).ToString();
        Assert.EndsWith("code INVALID_APP_CONNECTION. The piece said: bad key *** for SECRET_TEXT", failure, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_failures_print_the_exception_message_only()
    {
        var failure = new SyncFailure("org_2", new ActivepiecesApiException("Activepieces API POST /api/v1/global-connections failed with HTTP 409 (Conflict), code VALIDATION.")
        {
            StatusCode = HttpStatusCode.Conflict,
            Code = "VALIDATION",
        });

        Assert.Equal("org_2: ActivepiecesApiException: Activepieces API POST /api/v1/global-connections failed with HTTP 409 (Conflict), code VALIDATION.", failure.ToString());
    }
}
