using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Activepieces.Emulator;
using Activepieces.Emulator.Embed;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Activepieces.Embedding.Tests;

/// <summary>
/// The token as the server reads it (the emulator's exchange, which mirrors the real one): no clock tolerance, the piece
/// filter overwritten at every login, no rename from <c>projectDisplayName</c>.
/// </summary>
public sealed class EmbedTokenServerTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private readonly RSA _key = RSA.Create(2048);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static EmbedTokenClaims Claims(string project) => new()
    {
        ExternalUserId = "u1",
        ExternalProjectId = project,
        FirstName = "Ada",
        LastName = "L",
    };

    public void Dispose() => _key.Dispose();

    private ActivepiecesEmbedToken Factory(TimeProvider time) => ActivepiecesEmbedToken.FromPem("key-1", _key.ExportPkcs8PrivateKeyPem(), time);

    private async Task<ActivepiecesEmulator> StartEmulatorAsync(DateTimeOffset serverNow)
    {
        var options = new ActivepiecesEmulatorOptions { TimeProvider = new FakeTimeProvider(serverNow) }
            .AddPiece("@activepieces/piece-gelato")
            .AddPiece("@activepieces/piece-slack")
            .AddPieceTag("crm", "@activepieces/piece-gelato");
        options.SigningKeys.Add(EmbedSigningKey.FromRsa("key-1", _key));
        return await ActivepiecesEmulator.StartAsync(options, Ct);
    }

    private static async Task<HttpStatusCode> ExchangeAsync(ActivepiecesEmulator emulator, string token)
    {
        using var http = new HttpClient { BaseAddress = emulator.BaseUrl };
        using var response = await http.PostAsJsonAsync("api/v1/managed-authn/external-token", new { externalAccessToken = token }, Ct);
        return response.StatusCode;
    }

    [Fact]
    public void The_token_has_no_nbf_and_a_back_dated_iat()
    {
        using var factory = Factory(new FakeTimeProvider(Now));
        var jwt = new JsonWebToken(factory.CreateToken(Claims("org_1")));
        using var payload = JsonDocument.Parse(Base64UrlEncoder.Decode(jwt.EncodedPayload));
        Assert.False(payload.RootElement.TryGetProperty("nbf", out _));
        Assert.Equal((Now - ActivepiecesEmbedToken.IssuedAtBackdate).ToUnixTimeSeconds(), payload.RootElement.GetProperty("iat").GetInt64());
        Assert.Equal(Now.AddMinutes(10).ToUnixTimeSeconds(), payload.RootElement.GetProperty("exp").GetInt64());
    }

    [Fact]
    public async Task A_server_whose_clock_is_behind_accepts_a_fresh_token()
    {
        await using var emulator = await StartEmulatorAsync(Now.AddSeconds(-30));
        using var factory = Factory(new FakeTimeProvider(Now));
        Assert.Equal(HttpStatusCode.OK, await ExchangeAsync(emulator, factory.CreateToken(Claims("org_1"))));
    }

    [Fact]
    public async Task Every_login_overwrites_the_projects_piece_filter_and_never_renames_the_project()
    {
        await using var emulator = await StartEmulatorAsync(Now);
        using var factory = Factory(new FakeTimeProvider(Now));

        var allowed = Claims("org_1") with { PiecesFilterType = EmbedPiecesFilterType.Allowed, PiecesTags = ["crm"], ProjectDisplayName = "Acme Corp" };
        Assert.Equal(HttpStatusCode.OK, await ExchangeAsync(emulator, factory.CreateToken(allowed)));
        var project = Assert.Single(emulator.Projects, p => p.ExternalId == "org_1");
        Assert.Equal("ALLOWED", project.PiecesFilterType);
        Assert.Equal(["@activepieces/piece-gelato"], project.Pieces);
        Assert.Equal("org_1", project.DisplayName);

        // A token without the filter resets it: the claim's absence means NONE.
        Assert.Equal(HttpStatusCode.OK, await ExchangeAsync(emulator, factory.CreateToken(Claims("org_1"))));
        project = Assert.Single(emulator.Projects, p => p.ExternalId == "org_1");
        Assert.Equal("NONE", project.PiecesFilterType);
    }

    [Fact]
    public void Tags_and_filter_type_must_agree()
    {
        using var factory = Factory(new FakeTimeProvider(Now));
        var noTags = Assert.Throws<ArgumentException>(() => factory.CreateToken(Claims("org_1") with { PiecesFilterType = EmbedPiecesFilterType.Allowed }));
        Assert.Equal("piecesTags", noTags.ParamName);
        var tagsWithoutFilter = Assert.Throws<ArgumentException>(() => factory.CreateToken(Claims("org_1") with { PiecesTags = ["crm"] }));
        Assert.Equal("piecesTags", tagsWithoutFilter.ParamName);
        Assert.Throws<ArgumentException>(() => factory.CreateToken(Claims("org_1") with { PiecesFilterType = EmbedPiecesFilterType.None, PiecesTags = ["crm"] }));
    }
}
