using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Activepieces.Emulator.Tests;

public sealed partial class StandaloneProcessTests
{
    [Fact]
    public async Task The_standalone_emulator_prints_its_address_and_serves_a_global_connection_upsert()
    {
        var apiKey = ApiKeyFormat.Generate();
        using var process = StartStandalone("--urls", "http://127.0.0.1:0", "--api-key", apiKey, "--pieces", TestPieces.Directory);
        try
        {
            var (baseUrl, _) = await WaitForListeningLineAsync(process);
            using var http = new HttpClient { BaseAddress = new Uri(baseUrl + "/") };
            http.DefaultRequestHeaders.Authorization = new("Bearer", apiKey);

            using var created = await http.PostAsync("api/v1/projects", Json("""{"displayName":"Acme","externalId":"acme"}"""), TestContext.Current.CancellationToken);
            var projectId = System.Text.Json.Nodes.JsonNode.Parse(await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["id"]!.GetValue<string>();
            using var upsert = await http.PostAsync("api/v1/global-connections", Json($$"""
                {"displayName":"MySQL key","pieceName":"@activepieces/piece-mistral-ai","type":"SECRET_TEXT",
                 "value":{"type":"SECRET_TEXT","secret_text":"k-123"},"scope":"PLATFORM","projectIds":["{{projectId}}"],"externalId":"mistral_acme"}
                """), TestContext.Current.CancellationToken);
            var body = System.Text.Json.Nodes.JsonNode.Parse(await upsert.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

            Assert.Equal(HttpStatusCode.Created, upsert.StatusCode);
            ResponseSchemas.AssertMatches(ResponseSchemas.Connection, body);
            Assert.Equal("mistral_acme", body!["externalId"]!.GetValue<string>());
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task A_malformed_api_key_is_rejected_with_a_clear_message()
    {
        using var process = StartStandalone("--api-key", "sk-short");

        var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains("'sk-' followed by 61 characters", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_prints_the_usage_and_exits_0()
    {
        using var process = StartStandalone("--help");

        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, process.ExitCode);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Contains("5199", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_api_key_it_prints_and_accepts_the_development_key()
    {
        using var process = StartStandalone("--urls", "http://127.0.0.1:0");
        try
        {
            var (baseUrl, lines) = await WaitForListeningLineAsync(process);
            using var http = new HttpClient { BaseAddress = new Uri(baseUrl + "/") };
            http.DefaultRequestHeaders.Authorization = new("Bearer", ActivepiecesEmulatorOptions.DevelopmentApiKey);

            using var projects = await http.GetAsync("api/v1/projects", TestContext.Current.CancellationToken);

            Assert.Contains($"API key: {ActivepiecesEmulatorOptions.DevelopmentApiKey}", lines);
            Assert.Equal(HttpStatusCode.OK, projects.StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }

    private static Process StartStandalone(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Activepieces.Emulator.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    /// <summary>Reads standard output up to the listening line; returns the address and every line read before it.</summary>
    private static async Task<(string BaseUrl, IReadOnlyList<string> Before)> WaitForListeningLineAsync(Process process)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var before = new List<string>();
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            var match = ListeningLine().Match(line);
            if (match.Success)
            {
                return (match.Groups[1].Value, before);
            }

            before.Add(line);
        }

        throw new InvalidOperationException("The emulator exited without printing its listening line: " + await process.StandardError.ReadToEndAsync(timeout.Token));
    }

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    [GeneratedRegex(@"^Activepieces emulator listening on (http://127\.0\.0\.1:\d+)$")]
    private static partial Regex ListeningLine();
}
