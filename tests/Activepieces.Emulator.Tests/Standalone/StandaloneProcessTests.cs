using System.Net;
using System.Text.RegularExpressions;

namespace Activepieces.Emulator.Tests.Standalone;

public sealed partial class StandaloneProcessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_standalone_emulator_prints_its_address_and_serves_a_global_connection_upsert()
    {
        var apiKey = ApiKeyFormat.Generate();
        await using var process = StartStandalone("--urls", "http://127.0.0.1:0", "--api-key", apiKey, "--pieces", TestPieceFiles.Directory);
        var baseUrl = (await process.WaitForLineAsync(ListeningLine(), Ct)).Groups[1].Value;
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl + "/") };
        http.DefaultRequestHeaders.Authorization = new("Bearer", apiKey);

        using var created = await http.PostAsync("api/v1/projects", Json("""{"displayName":"Acme","externalId":"acme"}"""), Ct);
        var projectId = System.Text.Json.Nodes.JsonNode.Parse(await created.Content.ReadAsStringAsync(Ct))!["id"]!.GetValue<string>();
        using var upsert = await http.PostAsync("api/v1/global-connections", Json($$"""
            {"displayName":"MySQL key","pieceName":"@activepieces/piece-mistral-ai","type":"SECRET_TEXT",
             "value":{"type":"SECRET_TEXT","secret_text":"k-123"},"scope":"PLATFORM","projectIds":["{{projectId}}"],"externalId":"mistral_acme"}
            """), Ct);
        var body = System.Text.Json.Nodes.JsonNode.Parse(await upsert.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.Created, upsert.StatusCode);
        await ContractAssert.MatchesResponseAsync(ContractSchemas.AppConnectionWithoutSensitiveData, body);
        Assert.Equal("mistral_acme", body!["externalId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_malformed_api_key_is_rejected_with_a_clear_message()
    {
        await using var process = StartStandalone("--api-key", "sk-short");

        var exitCode = await process.WaitForExitAsync(Ct);

        Assert.Equal(2, exitCode);
        Assert.Contains(process.Output, line => line.Contains("'sk-' followed by 61 characters", StringComparison.Ordinal));
        Assert.DoesNotContain(process.Output, line => line.Contains("sk-short", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Help_prints_the_usage_and_exits_0()
    {
        await using var process = StartStandalone("--help");

        var exitCode = await process.WaitForExitAsync(Ct);

        Assert.Equal(0, exitCode);
        Assert.Contains(process.StandardOutput, line => line.Contains("Usage:", StringComparison.Ordinal));
        Assert.Contains(process.StandardOutput, line => line.Contains("5199", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_api_key_it_prints_and_accepts_the_development_key()
    {
        await using var process = StartStandalone("--urls", "http://127.0.0.1:0");
        var baseUrl = (await process.WaitForLineAsync(ListeningLine(), Ct)).Groups[1].Value;
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl + "/") };
        http.DefaultRequestHeaders.Authorization = new("Bearer", ActivepiecesEmulatorOptions.DevelopmentApiKey);

        using var projects = await http.GetAsync("api/v1/projects", Ct);

        Assert.Contains($"API key: {ActivepiecesEmulatorOptions.DevelopmentApiKey}", process.StandardOutput);
        Assert.Equal(HttpStatusCode.OK, projects.StatusCode);
    }

    private static ChildProcess StartStandalone(params string[] args) =>
        ChildProcess.Start("dotnet", [Path.Combine(AppContext.BaseDirectory, "Activepieces.Emulator.dll"), .. args]);

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    [GeneratedRegex(@"^Activepieces emulator listening on (http://127\.0\.0\.1:\d+)$")]
    private static partial Regex ListeningLine();
}
