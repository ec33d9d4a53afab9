using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Activepieces.Embedding.Tests.Tokens;

public sealed class ActivepiecesEmbedTokenTests : IDisposable
{
    private readonly RSA _key = RSA.Create(2048);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    private static readonly EmbedTokenClaims Ada = new()
    {
        ExternalUserId = "u1",
        ExternalProjectId = "org_1234",
        FirstName = "Ada",
        LastName = "L",
    };

    public void Dispose() => _key.Dispose();

    private ActivepiecesEmbedToken Factory() => ActivepiecesEmbedToken.FromPem("key-1", _key.ExportPkcs8PrivateKeyPem(), _time);

    private async Task<JsonWebToken> ValidateAsync(string token)
    {
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidateIssuer = false,
            ValidateAudience = false,
            IssuerSigningKey = new RsaSecurityKey(_key.ExportParameters(false)) { KeyId = "key-1" },
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            LifetimeValidator = (notBefore, expires, _, _) => expires > _time.GetUtcNow().UtcDateTime,
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        return (JsonWebToken)result.SecurityToken;
    }

    [Fact]
    public async Task The_token_is_RS256_with_the_kid_header_and_the_v3_claims()
    {
        using var factory = Factory();
        var jwt = await ValidateAsync(factory.CreateToken(Ada with { ProjectDisplayName = "Acme", PiecesFilterType = EmbedPiecesFilterType.Allowed, PiecesTags = ["crm"] }));

        Assert.Equal("RS256", jwt.Alg);
        Assert.Equal("key-1", jwt.Kid);
        using var payload = JsonDocument.Parse(Base64UrlEncoder.Decode(jwt.EncodedPayload));
        var root = payload.RootElement;
        Assert.Equal("v3", root.GetProperty("version").GetString());
        Assert.Equal("u1", root.GetProperty("externalUserId").GetString());
        Assert.Equal("org_1234", root.GetProperty("externalProjectId").GetString());
        Assert.Equal("Ada", root.GetProperty("firstName").GetString());
        Assert.Equal("L", root.GetProperty("lastName").GetString());
        Assert.Equal("EDITOR", root.GetProperty("role").GetString());
        Assert.Equal("ALLOWED", root.GetProperty("piecesFilterType").GetString());
        Assert.Equal(["crm"], root.GetProperty("piecesTags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("Acme", root.GetProperty("projectDisplayName").GetString());
        Assert.Equal(_time.GetUtcNow().AddMinutes(10).ToUnixTimeSeconds(), root.GetProperty("exp").GetInt64());
    }

    [Fact]
    public async Task Optional_claims_are_omitted_and_the_lifetime_is_honoured()
    {
        using var factory = Factory();
        var jwt = await ValidateAsync(factory.CreateToken(Ada with { Role = EmbedUserRole.Viewer }, TimeSpan.FromMinutes(1)));

        using var payload = JsonDocument.Parse(Base64UrlEncoder.Decode(jwt.EncodedPayload));
        var root = payload.RootElement;
        Assert.Equal("VIEWER", root.GetProperty("role").GetString());
        Assert.False(root.TryGetProperty("piecesFilterType", out _));
        Assert.False(root.TryGetProperty("piecesTags", out _));
        Assert.False(root.TryGetProperty("projectDisplayName", out _));
        Assert.Equal(_time.GetUtcNow().AddMinutes(1).ToUnixTimeSeconds(), root.GetProperty("exp").GetInt64());
    }

    [Fact]
    public async Task A_token_signed_with_another_key_does_not_validate()
    {
        using var other = RSA.Create(2048);
        using var factory = ActivepiecesEmbedToken.FromPem("key-1", other.ExportRSAPrivateKeyPem(), _time);
        var token = factory.CreateToken(Ada);

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
            IssuerSigningKey = new RsaSecurityKey(_key.ExportParameters(false)) { KeyId = "key-1" },
        });
        Assert.False(result.IsValid);
    }

    [Theory]
    [InlineData("externalUserId")]
    [InlineData("externalProjectId")]
    [InlineData("firstName")]
    [InlineData("lastName")]
    public void A_missing_required_claim_is_named(string claim)
    {
        using var factory = Factory();
        var claims = claim switch
        {
            "externalUserId" => Ada with { ExternalUserId = " " },
            "externalProjectId" => Ada with { ExternalProjectId = "" },
            "firstName" => Ada with { FirstName = null! },
            _ => Ada with { LastName = "" },
        };

        var error = Assert.Throws<ArgumentException>(() => factory.CreateToken(claims));
        Assert.Equal(claim, error.ParamName);
        Assert.Contains(claim, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_positive_pool_limit_or_lifetime_is_rejected()
    {
        using var factory = Factory();
        Assert.Equal("concurrencyPoolLimit", Assert.Throws<ArgumentException>(() => factory.CreateToken(Ada with { ConcurrencyPoolLimit = 0 })).ParamName);
        Assert.Equal("lifetime", Assert.Throws<ArgumentOutOfRangeException>(() => factory.CreateToken(Ada, TimeSpan.Zero)).ParamName);
    }

    [Fact]
    public void A_public_key_or_garbage_is_not_a_signing_key_and_the_message_does_not_echo_it()
    {
        var publicPem = _key.ExportSubjectPublicKeyInfoPem();
        var error = Assert.Throws<ArgumentException>(() => ActivepiecesEmbedToken.FromPem("key-1", publicPem));
        Assert.Equal("privateKeyPem", error.ParamName);
        Assert.DoesNotContain("MII", error.Message, StringComparison.Ordinal);

        const string garbage = "not-a-pem-secret-123";
        error = Assert.Throws<ArgumentException>(() => ActivepiecesEmbedToken.FromPem("key-1", garbage));
        Assert.DoesNotContain(garbage, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_weak_key_and_an_empty_key_id_are_rejected()
    {
        using var weak = RSA.Create(1024);
        Assert.Contains("2048", Assert.Throws<ArgumentException>(() => ActivepiecesEmbedToken.FromPem("key-1", weak.ExportPkcs8PrivateKeyPem())).Message, StringComparison.Ordinal);
        Assert.Equal("signingKeyId", Assert.Throws<ArgumentException>(() => ActivepiecesEmbedToken.FromPem(" ", _key.ExportPkcs8PrivateKeyPem())).ParamName);
    }

    [Fact]
    public void ToString_names_the_key_id_only()
    {
        using var factory = Factory();
        Assert.Equal("ActivepiecesEmbedToken(kid = key-1)", factory.ToString());
    }
}
