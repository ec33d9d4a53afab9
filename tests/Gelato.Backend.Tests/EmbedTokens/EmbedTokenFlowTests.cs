using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gelato.Backend.Tests.Infrastructure;

namespace Gelato.Backend.Tests.EmbedTokens;

/// <summary>
/// The README's main job, end to end: start the sample (embedded emulator), POST /embed-token, and check that the
/// emulator accepts the token for the org's project and that the piece resolves <c>gelato_{org}</c> there.
/// </summary>
public sealed class EmbedTokenFlowTests(GelatoBackendFixture fixture) : IClassFixture<GelatoBackendFixture>, IDisposable
{
    private readonly GelatoBackendProcess _backend = fixture.Backend;
    private readonly HttpClient _http = new() { BaseAddress = fixture.Backend.BackendUrl };

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task The_sample_prints_its_url_the_emulator_url_and_ready_and_both_urls_serve()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(
            [$"Gelato backend listening on {_backend.BackendUrl.OriginalString}", $"Activepieces emulator listening on {_backend.EmulatorUrl!.OriginalString}", "ready"],
            _backend.Output.Take(3));

        // The printed URLs are the servers: the backend answers its own 400, the emulator the server's 403 without a key.
        using var backend = await _http.PostAsync("/embed-token", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"), ct);
        Assert.Equal(HttpStatusCode.BadRequest, backend.StatusCode);
        using var emulator = new HttpClient { BaseAddress = _backend.EmulatorUrl };
        using var projects = await emulator.GetAsync("api/v1/projects", ct);
        Assert.Equal(HttpStatusCode.Forbidden, projects.StatusCode);
    }

    [Fact]
    public async Task An_org_without_gelato_credentials_is_a_404_problem()
    {
        var ct = TestContext.Current.CancellationToken;
        using var response = await _http.PostAsJsonAsync("/embed-token", new { orgId = "org_without_settings", userId = "u1", firstName = "Ada", lastName = "L" }, ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        Assert.Equal("The org has no Gelato credentials.", problem.RootElement.GetProperty("title").GetString());
        Assert.Contains("org_without_settings", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Embed_token_ensures_the_project_and_connection_and_the_emulator_accepts_the_token()
    {
        var ct = TestContext.Current.CancellationToken;
        using var response = await _http.PostAsJsonAsync("/embed-token", new { orgId = "org_1234", userId = "u1", firstName = "Ada", lastName = "L" }, ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        var token = body.RootElement.GetProperty("token").GetString()!;
        var projectId = body.RootElement.GetProperty("projectId").GetString()!;
        Assert.Equal("gelato_org_1234", body.RootElement.GetProperty("connectionExternalId").GetString());

        // The embedding SDK exchanges the token: the emulator verifies signature, kid and expiry, and lands in that project.
        using var emulator = new HttpClient { BaseAddress = _backend.EmulatorUrl };
        using var exchange = await emulator.PostAsJsonAsync("api/v1/managed-authn/external-token", new { externalAccessToken = token }, ct);
        Assert.Equal(HttpStatusCode.OK, exchange.StatusCode);
        using var session = JsonDocument.Parse(await exchange.Content.ReadAsStringAsync(ct));
        Assert.Equal(projectId, session.RootElement.GetProperty("projectId").GetString());

        // What the Gelato piece sees for connections.get("gelato_org_1234") in that project.
        using var view = JsonDocument.Parse(await _http.GetStringAsync("/dev/piece-view/org_1234", ct));
        Assert.Equal(projectId, view.RootElement.GetProperty("projectId").GetString());
        Assert.Equal("CUSTOM_AUTH", view.RootElement.GetProperty("type").GetString());
        Assert.Equal(["apiKey", "storeId"], view.RootElement.GetProperty("props").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task A_second_mint_for_the_same_org_returns_the_same_project_and_a_token_the_emulator_accepts()
    {
        var ct = TestContext.Current.CancellationToken;
        var request = new { orgId = "org_5678", userId = "u2", firstName = "Grace", lastName = "H" };
        using var first = JsonDocument.Parse(await (await _http.PostAsJsonAsync("/embed-token", request, ct)).Content.ReadAsStringAsync(ct));
        using var second = JsonDocument.Parse(await (await _http.PostAsJsonAsync("/embed-token", request, ct)).Content.ReadAsStringAsync(ct));
        var projectId = first.RootElement.GetProperty("projectId").GetString();
        Assert.NotNull(projectId);
        Assert.Equal(projectId, second.RootElement.GetProperty("projectId").GetString());

        var token = second.RootElement.GetProperty("token").GetString();
        Assert.NotNull(token);
        Assert.Equal(3, token.Split('.').Length);
        using var emulator = new HttpClient { BaseAddress = _backend.EmulatorUrl };
        using var exchange = await emulator.PostAsJsonAsync("api/v1/managed-authn/external-token", new { externalAccessToken = token }, ct);
        Assert.Equal(HttpStatusCode.OK, exchange.StatusCode);
        using var session = JsonDocument.Parse(await exchange.Content.ReadAsStringAsync(ct));
        Assert.Equal(projectId, session.RootElement.GetProperty("projectId").GetString());
    }

    [Theory]
    [InlineData("""{"orgId":"org/1","userId":"u1","firstName":"Ada","lastName":"L"}""", "orgId")]
    [InlineData("""{"orgId":"org 1","userId":"u1","firstName":"Ada","lastName":"L"}""", "orgId")]
    [InlineData("""{"orgId":"..","userId":"u1","firstName":"Ada","lastName":"L"}""", "orgId")]
    [InlineData("""{"orgId":"org_1234","userId":"","firstName":"Ada","lastName":"L"}""", "userId")]
    [InlineData("""{"orgId":"org_1234","userId":"u1","lastName":"L"}""", "firstName")]
    public async Task Bad_input_is_a_400_problem_naming_the_field(string json, string field)
    {
        var ct = TestContext.Current.CancellationToken;
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync("/embed-token", content, ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_400_problem()
    {
        var ct = TestContext.Current.CancellationToken;
        using var content = new StringContent("garbage", System.Text.Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync("/embed-token", content, ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_sample_output_contains_no_credential()
    {
        var ct = TestContext.Current.CancellationToken;
        (await _http.PostAsJsonAsync("/embed-token", new { orgId = "org_1234", userId = "u1", firstName = "Ada", lastName = "L" }, ct)).Dispose();
        var output = string.Join('\n', _backend.Output);
        Assert.DoesNotContain("demo-gelato-key", output, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-", output, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIVATE KEY", output, StringComparison.Ordinal);
    }
}
