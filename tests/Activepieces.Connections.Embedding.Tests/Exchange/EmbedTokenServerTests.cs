using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Activepieces.Emulator;
using Activepieces.Emulator.Embed;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Activepieces.Embedding.Tests.Exchange;

/// <summary>
/// The token as the server reads it (the emulator's exchange, which mirrors the real one): no clock tolerance, a piece
/// set assigned at every login, no rename from <c>projectDisplayName</c>.
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
            .AddPieceSet("crm", "@activepieces/piece-gelato");
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

    private static async Task<IReadOnlyDictionary<string, string>> PieceSetIdsAsync(ActivepiecesEmulator emulator)
    {
        using var http = new HttpClient { BaseAddress = emulator.BaseUrl };
        http.DefaultRequestHeaders.Authorization = new("Bearer", emulator.ApiKey);
        using var page = JsonDocument.Parse(await http.GetStringAsync("api/v1/piece-sets", Ct));
        return page.RootElement.GetProperty("data").EnumerateArray()
            .ToDictionary(set => set.GetProperty("key").GetString()!, set => set.GetProperty("id").GetString()!);
    }

    [Fact]
    public async Task Every_login_assigns_the_tokens_piece_set_and_never_renames_the_project()
    {
        await using var emulator = await StartEmulatorAsync(Now);
        using var factory = Factory(new FakeTimeProvider(Now));
        var sets = await PieceSetIdsAsync(emulator);

        var v4 = Claims("org_1") with { PieceSet = "crm", ProjectDisplayName = "Acme Corp" };
        Assert.Equal(HttpStatusCode.OK, await ExchangeAsync(emulator, factory.CreateToken(v4)));
        var project = Assert.Single(emulator.Projects, p => p.ExternalId == "org_1");
        Assert.Equal(sets["crm"], project.PieceSetId);
        Assert.Equal("org_1", project.DisplayName);

        // A token without a set assigns the default set: the claim's absence replaces the earlier assignment.
        Assert.Equal(HttpStatusCode.OK, await ExchangeAsync(emulator, factory.CreateToken(Claims("org_1"))));
        Assert.Equal(sets["default"], Assert.Single(emulator.Projects, p => p.ExternalId == "org_1").PieceSetId);

        // The legacy v3 form: one ALLOWED tag is read as a set key.
        var v3 = Claims("org_1") with { PiecesFilterType = EmbedPiecesFilterType.Allowed, PiecesTags = ["crm"] };
        Assert.Equal(HttpStatusCode.OK, await ExchangeAsync(emulator, factory.CreateToken(v3)));
        Assert.Equal(sets["crm"], Assert.Single(emulator.Projects, p => p.ExternalId == "org_1").PieceSetId);

        // A key the platform does not have falls back to the default set, without an error.
        Assert.Equal(HttpStatusCode.OK, await ExchangeAsync(emulator, factory.CreateToken(Claims("org_1") with { PieceSet = "enterprise" })));
        Assert.Equal(sets["default"], Assert.Single(emulator.Projects, p => p.ExternalId == "org_1").PieceSetId);
    }

    [Fact]
    public void A_piece_set_mints_a_v4_token_without_filter_claims()
    {
        using var factory = Factory(new FakeTimeProvider(Now));
        var jwt = new JsonWebToken(factory.CreateToken(Claims("org_1") with { PieceSet = "crm" }));
        using var payload = JsonDocument.Parse(Base64UrlEncoder.Decode(jwt.EncodedPayload));

        Assert.Equal("v4", payload.RootElement.GetProperty("version").GetString());
        Assert.Equal("crm", payload.RootElement.GetProperty("pieceSet").GetString());
        Assert.False(payload.RootElement.TryGetProperty("piecesFilterType", out _));
        Assert.False(payload.RootElement.TryGetProperty("piecesTags", out _));
    }

    [Fact]
    public void A_piece_set_with_filter_claims_is_rejected_before_signing_naming_the_fields()
    {
        using var factory = Factory(new FakeTimeProvider(Now));

        var withFilter = Assert.Throws<ArgumentException>(() => factory.CreateToken(Claims("org_1") with { PieceSet = "crm", PiecesFilterType = EmbedPiecesFilterType.None }));
        var withTags = Assert.Throws<ArgumentException>(() => factory.CreateToken(Claims("org_1") with { PieceSet = "crm", PiecesFilterType = EmbedPiecesFilterType.Allowed, PiecesTags = ["crm"] }));
        var tagsAlone = Assert.Throws<ArgumentException>(() => factory.CreateToken(Claims("org_1") with { PieceSet = "crm", PiecesTags = ["crm"] }));
        var blank = Assert.Throws<ArgumentException>(() => factory.CreateToken(Claims("org_1") with { PieceSet = " " }));

        Assert.Equal("pieceSet", withFilter.ParamName);
        Assert.Contains("'piecesFilterType'", withFilter.Message, StringComparison.Ordinal);
        Assert.Contains("'piecesTags'", withTags.Message, StringComparison.Ordinal);
        Assert.Equal("pieceSet", tagsAlone.ParamName);
        Assert.Equal("pieceSet", blank.ParamName);
    }

    [Fact]
    public void A_v3_token_with_several_tags_is_rejected_with_a_pointer_to_piece_sets()
    {
        using var factory = Factory(new FakeTimeProvider(Now));

        var error = Assert.Throws<ArgumentException>(() => factory.CreateToken(Claims("org_1") with
        {
            PiecesFilterType = EmbedPiecesFilterType.Allowed,
            PiecesTags = ["crm", "marketing"],
        }));

        Assert.Equal("piecesTags", error.ParamName);
        Assert.Contains("first", error.Message, StringComparison.Ordinal);
        Assert.Contains("PieceSet", error.Message, StringComparison.Ordinal);
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
