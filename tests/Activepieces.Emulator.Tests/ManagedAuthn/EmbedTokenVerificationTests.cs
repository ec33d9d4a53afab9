using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Activepieces.Emulator.Embed;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Activepieces.Emulator.Tests.ManagedAuthn;

/// <summary>
/// What the embed-token exchange refuses (every refusal is 401 <c>INVALID_BEARER_TOKEN</c> and creates nothing) and
/// what it keeps across exchanges: the server verifies RS256 only, with no clock tolerance.
/// </summary>
public sealed class EmbedTokenVerificationTests : IDisposable
{
    private const string KeyId = "signing-key-1";
    private const string ExchangePath = "/api/v1/managed-authn/external-token";
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero));

    public void Dispose() => _rsa.Dispose();

    [Fact]
    public async Task An_unsigned_token_with_alg_none_is_refused()
    {
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = KeyId };
        var token = Encode(header) + "." + Encode(Payload()) + ".";

        await AssertRefusedAsync(token);
    }

    [Fact]
    public async Task A_token_signed_with_HS256_using_the_public_key_as_secret_is_refused()
    {
        // The algorithm-confusion attack: anyone holding the public key could mint tokens if HMAC were accepted.
        var secret = _rsa.ExportSubjectPublicKeyInfo();
        var key = new SymmetricSecurityKey(secret) { KeyId = KeyId };

        await AssertRefusedAsync(Sign(new SigningCredentials(key, SecurityAlgorithms.HmacSha256)));
    }

    [Fact]
    public async Task A_token_signed_with_the_right_key_but_RS512_is_refused()
    {
        var key = new RsaSecurityKey(_rsa.ExportParameters(includePrivateParameters: true)) { KeyId = KeyId };

        await AssertRefusedAsync(Sign(new SigningCredentials(key, SecurityAlgorithms.RsaSha512)));
    }

    [Fact]
    public async Task A_token_whose_nbf_is_ahead_of_the_server_clock_is_not_active_yet()
    {
        // No clock tolerance: one second ahead is refused; at that second the same token is accepted.
        var token = Sign(Rs256(), notBefore: _time.GetUtcNow().UtcDateTime.AddSeconds(1));

        var answer = await AssertRefusedAsync(token);
        Assert.Equal("jwt not active", answer.Body!["params"]!["message"]!.GetValue<string>());

        _time.Advance(TimeSpan.FromSeconds(1));
        await using var emulator = await StartAsync();
        using var api = new EmulatorApi(emulator) { ApiKey = null };
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync(ExchangePath, Body(token))).Status);
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.eyJ2ZXJzaW9uIjoidjMifQ")]
    [InlineData("")]
    public async Task A_malformed_token_is_refused(string token)
    {
        await AssertRefusedAsync(token);
    }

    [Theory]
    [InlineData("externalUserId")]
    [InlineData("externalProjectId")]
    public async Task A_token_without_a_required_claim_is_refused(string claim)
    {
        var payload = Payload();
        payload.Remove(claim);

        await AssertRefusedAsync(Sign(Rs256(), payload: payload));
    }

    [Fact]
    public async Task The_same_external_user_is_the_same_user_across_exchanges_and_projects()
    {
        await using var emulator = await StartAsync();
        using var api = new EmulatorApi(emulator) { ApiKey = null };

        var first = await api.PostAsync(ExchangePath, Body(Sign(Rs256())));
        var again = await api.PostAsync(ExchangePath, Body(Sign(Rs256(), payload: Payload(externalProjectId: "globex"))));
        var other = await api.PostAsync(ExchangePath, Body(Sign(Rs256(), payload: Payload(externalUserId: "user-2"))));

        Assert.All(new[] { first, again, other }, answer => Assert.Equal(HttpStatusCode.OK, answer.Status));
        Assert.Equal(first.String("id"), again.String("id"));
        Assert.NotEqual(first.String("id"), other.String("id"));
        Assert.Equal("user-1", again.String("externalId"));
        Assert.NotEqual(first.String("projectId"), again.String("projectId"));
        Assert.NotEqual(first.String("token"), again.String("token")); // a new session per exchange
        Assert.Equal(2, emulator.Projects.Count);
    }

    private async Task<ApiAnswer> AssertRefusedAsync(string token)
    {
        await using var emulator = await StartAsync();
        using var api = new EmulatorApi(emulator) { ApiKey = null };

        var answer = await api.PostAsync(ExchangePath, Body(token));

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal("INVALID_BEARER_TOKEN", answer.String("code"));
        Assert.Empty(emulator.Projects);
        return answer;
    }

    private Task<ActivepiecesEmulator> StartAsync()
    {
        var options = new ActivepiecesEmulatorOptions { TimeProvider = _time };
        options.SigningKeys.Add(EmbedSigningKey.FromRsa(KeyId, _rsa));
        return ActivepiecesEmulator.StartAsync(options, TestContext.Current.CancellationToken);
    }

    private SigningCredentials Rs256() =>
        new(new RsaSecurityKey(_rsa.ExportParameters(includePrivateParameters: true)) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256);

    private string Sign(SigningCredentials credentials, JsonObject? payload = null, DateTime? notBefore = null)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Claims = (payload ?? Payload()).ToDictionary(p => p.Key, p => (object)p.Value!.GetValue<string>()),
            IssuedAt = now,
            NotBefore = notBefore ?? now,
            Expires = now.AddMinutes(5),
            SigningCredentials = credentials,
        });
    }

    private static JsonObject Payload(string externalUserId = "user-1", string externalProjectId = "acme") => new()
    {
        ["version"] = "v3",
        ["externalUserId"] = externalUserId,
        ["externalProjectId"] = externalProjectId,
        ["firstName"] = "Ada",
        ["lastName"] = "Lovelace",
    };

    private static string Encode(JsonObject json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json.ToJsonString()));

    private static JsonObject Body(string token) => new() { ["externalAccessToken"] = token };
}
