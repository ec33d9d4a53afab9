using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Activepieces.Emulator.Embed;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Activepieces.Emulator.Tests.ManagedAuthn;

public sealed class EmbedTokenTests : IDisposable
{
    private const string KeyId = "signing-key-1";
    private const string ExchangePath = "/api/v1/managed-authn/external-token";
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero));

    public void Dispose() => _rsa.Dispose();

    [Fact]
    public async Task A_valid_token_creates_the_project_named_by_externalProjectId()
    {
        await using var emulator = await StartAsync();
        using var api = new EmulatorApi(emulator) { ApiKey = null };

        var answer = await api.PostAsync(ExchangePath, Body(Mint(KeyId, _rsa)));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var project = Assert.Single(emulator.Projects);
        Assert.Equal("acme", project.ExternalId);
        Assert.Equal("acme", project.DisplayName);
        Assert.Equal(project.Id, answer.String("projectId"));
        Assert.Equal(emulator.PlatformId, answer.String("platformId"));
        Assert.False(string.IsNullOrEmpty(answer.String("token")));
        Assert.False(string.IsNullOrEmpty(answer.String("id")));
    }

    [Fact]
    public async Task A_second_exchange_reuses_the_project_and_never_renames_it_from_projectDisplayName()
    {
        await using var emulator = await StartAsync();
        using var api = new EmulatorApi(emulator) { ApiKey = null };
        var existing = emulator.AddProject("Old name", "acme");

        var answer = await api.PostAsync(ExchangePath, Body(Mint(KeyId, _rsa, projectDisplayName: "Acme Inc")));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(existing.Id, answer.String("projectId"));
        Assert.Equal("Old name", Assert.Single(emulator.Projects).DisplayName);
    }

    [Fact]
    public async Task A_new_project_is_named_after_externalProjectId_even_with_projectDisplayName()
    {
        await using var emulator = await StartAsync();
        using var api = new EmulatorApi(emulator) { ApiKey = null };

        var answer = await api.PostAsync(ExchangePath, Body(Mint(KeyId, _rsa, projectDisplayName: "Acme Inc")));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("acme", Assert.Single(emulator.Projects).DisplayName);
    }

    [Fact]
    public async Task Every_exchange_assigns_a_piece_set_v4_key_else_first_v3_tag_else_the_default_set()
    {
        var options = Options().AddPieceSet("crm", TestPieceFiles.Gelato, TestPieceFiles.MySql).AddPieceSet("ai", TestPieceFiles.Mistral);
        await using var emulator = await ActivepiecesEmulator.StartAsync(options, TestContext.Current.CancellationToken);
        using var api = new EmulatorApi(emulator);
        var sets = (await api.GetAsync("/api/v1/piece-sets")).Data.ToDictionary(set => set!["key"]!.GetValue<string>(), set => set!["id"]!.GetValue<string>());
        var projectId = emulator.AddProject("Acme", "acme").Id;
        var ignoredPlan = await api.PostAsync($"/api/v1/projects/{projectId}", new JsonObject
        {
            ["plan"] = new JsonObject { ["piecesFilterType"] = "ALLOWED", ["pieces"] = new JsonArray("@activepieces/piece-slack") },
        });
        api.ApiKey = null;

        async Task<string?> LoginAsync(Dictionary<string, object>? claims)
        {
            Assert.Equal(HttpStatusCode.OK, (await api.PostAsync(ExchangePath, Body(Mint(KeyId, _rsa, extraClaims: claims)))).Status);
            return Assert.Single(emulator.Projects).PieceSetId;
        }

        Assert.Equal(HttpStatusCode.OK, ignoredPlan.Status);
        Assert.Equal("NONE", ignoredPlan.Body!["plan"]!["piecesFilterType"]!.GetValue<string>());
        Assert.Null(ignoredPlan.Body!["pieceSetId"]);
        Assert.Equal(sets["ai"], await LoginAsync(new() { ["version"] = "v4", ["pieceSet"] = "ai" }));
        Assert.Equal(sets["crm"], await LoginAsync(new() { ["piecesFilterType"] = "ALLOWED", ["piecesTags"] = new[] { "crm", "ai" } }));
        Assert.Equal(sets["default"], await LoginAsync(new() { ["version"] = "v4", ["pieceSet"] = "no-such-set" }));
        Assert.Equal(sets["crm"], await LoginAsync(new() { ["version"] = "v4", ["pieceSet"] = "crm" }));
        Assert.Equal(sets["default"], await LoginAsync(null));
        Assert.Equal(sets["crm"], await LoginAsync(new() { ["piecesFilterType"] = "ALLOWED", ["piecesTags"] = new[] { "crm" } }));
        Assert.Equal(sets["default"], await LoginAsync(new() { ["version"] = "v2", ["pieces"] = new Dictionary<string, object> { ["filterType"] = "ALLOWED", ["tags"] = new[] { "crm" } } }));

        api.ApiKey = emulator.ApiKey;
        var project = await api.GetAsync($"/api/v1/projects/{projectId}");
        Assert.Equal(sets["default"], project.String("pieceSetId"));
        await ContractAssert.MatchesResponseAsync(ContractSchemas.ProjectWithLimits, project.Body);
    }

    [Fact]
    public async Task A_token_whose_nbf_is_one_second_ahead_of_the_emulator_clock_answers_401_jwt_not_active()
    {
        await using var emulator = await StartAsync();
        using var api = new EmulatorApi(emulator) { ApiKey = null };
        var now = _time.GetUtcNow().UtcDateTime;

        var notBefore = await api.PostAsync(ExchangePath, Body(Mint(KeyId, _rsa, notBefore: now.AddSeconds(1))));
        var issuedLater = await api.PostAsync(ExchangePath, Body(Mint(KeyId, _rsa, issuedAt: now.AddSeconds(1))));
        _time.Advance(TimeSpan.FromSeconds(1));
        var onTime = await api.PostAsync(ExchangePath, Body(Mint(KeyId, _rsa, notBefore: now.AddSeconds(1))));

        Assert.Equal(HttpStatusCode.Unauthorized, notBefore.Status);
        Assert.Equal("""{"code":"INVALID_BEARER_TOKEN","params":{"message":"jwt not active"}}""", notBefore.Text);
        Assert.Equal(HttpStatusCode.Unauthorized, issuedLater.Status);
        Assert.Equal("jwt not active", issuedLater.Body!["params"]!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, onTime.Status);
    }

    [Fact]
    public async Task A_token_without_kid_answers_401_INVALID_BEARER_TOKEN()
    {
        await using var emulator = await StartAsync();
        using var api = new EmulatorApi(emulator) { ApiKey = null };

        var answer = await api.PostAsync(ExchangePath, Body(Mint(keyId: null, _rsa)));

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal("""{"code":"INVALID_BEARER_TOKEN","params":{"message":"signing key id is not found in the header"}}""", answer.Text);
        Assert.Empty(emulator.Projects);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_answers_401()
    {
        await using var emulator = await StartAsync();
        using var api = new EmulatorApi(emulator) { ApiKey = null };
        using var attacker = RSA.Create(2048);

        var answer = await api.PostAsync(ExchangePath, Body(Mint(KeyId, attacker)));

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal("INVALID_BEARER_TOKEN", answer.String("code"));
        Assert.Empty(emulator.Projects);
    }

    [Fact]
    public async Task An_expired_token_answers_401()
    {
        await using var emulator = await StartAsync();
        using var api = new EmulatorApi(emulator) { ApiKey = null };
        var token = Mint(KeyId, _rsa);

        _time.Advance(TimeSpan.FromMinutes(10));
        var answer = await api.PostAsync(ExchangePath, Body(token));

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal("INVALID_BEARER_TOKEN", answer.String("code"));
    }

    [Fact]
    public async Task A_key_registered_from_PEM_at_runtime_verifies_tokens()
    {
        await using var emulator = await ActivepiecesEmulator.StartAsync(new ActivepiecesEmulatorOptions { TimeProvider = _time }, TestContext.Current.CancellationToken);
        using var api = new EmulatorApi(emulator) { ApiKey = null };

        emulator.AddSigningKey(EmbedSigningKey.FromPem("pem-key", _rsa.ExportSubjectPublicKeyInfoPem()));
        var answer = await api.PostAsync(ExchangePath, Body(Mint("pem-key", _rsa)));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }

    private Task<ActivepiecesEmulator> StartAsync() => ActivepiecesEmulator.StartAsync(Options(), TestContext.Current.CancellationToken);

    private ActivepiecesEmulatorOptions Options()
    {
        var options = TestPieces.Options();
        options.TimeProvider = _time;
        options.SigningKeys.Add(EmbedSigningKey.FromRsa(KeyId, _rsa));
        return options;
    }

    private static JsonObject Body(string token) => new() { ["externalAccessToken"] = token };

    private string Mint(
        string? keyId,
        RSA signer,
        string? projectDisplayName = null,
        Dictionary<string, object>? extraClaims = null,
        DateTime? notBefore = null,
        DateTime? issuedAt = null)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>
        {
            ["version"] = "v3",
            ["externalUserId"] = "user-1",
            ["externalProjectId"] = "acme",
            ["firstName"] = "Ada",
            ["lastName"] = "Lovelace",
            ["role"] = "EDITOR",
        };
        if (projectDisplayName is not null)
        {
            claims["projectDisplayName"] = projectDisplayName;
        }

        foreach (var (name, value) in extraClaims ?? [])
        {
            claims[name] = value;
        }

        var key = new RsaSecurityKey(signer.ExportParameters(includePrivateParameters: true)) { KeyId = keyId };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            IssuedAt = issuedAt ?? now,
            NotBefore = notBefore ?? now,
            Expires = now.AddMinutes(5),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }
}
