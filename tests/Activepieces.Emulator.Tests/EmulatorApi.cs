using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Activepieces.Emulator.Tests;

/// <summary>A thin HTTP client for tests: sends JSON to the emulator and returns status and parsed body.</summary>
internal sealed class EmulatorApi : IDisposable
{
    private readonly HttpClient _http;

    public EmulatorApi(ActivepiecesEmulator emulator, string? apiKey = null)
    {
        Emulator = emulator;
        _http = new HttpClient { BaseAddress = emulator.BaseUrl };
        ApiKey = apiKey ?? emulator.ApiKey;
    }

    public ActivepiecesEmulator Emulator { get; }

    /// <summary>The key sent as <c>Authorization: Bearer …</c>; null sends no header.</summary>
    public string? ApiKey { get; set; }

    public Task<ApiAnswer> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    public Task<ApiAnswer> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path, null);

    public Task<ApiAnswer> PostAsync(string path, JsonNode body) => SendAsync(HttpMethod.Post, path, body.ToJsonString());

    public Task<ApiAnswer> PostRawAsync(string path, string body) => SendAsync(HttpMethod.Post, path, body);

    public async Task<ApiAnswer> SendAsync(HttpMethod method, string path, string? body)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (ApiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await _http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return new ApiAnswer(response.StatusCode, text, text.Length == 0 ? null : JsonNode.Parse(text), response.Headers.RetryAfter);
    }

    // ------------------------------------------------------------ fixtures

    public async Task<string> CreateProjectAsync(string displayName = "Acme", string? externalId = null)
    {
        var body = new JsonObject { ["displayName"] = displayName };
        if (externalId is not null)
        {
            body["externalId"] = externalId;
        }

        var answer = await PostAsync("/api/v1/projects", body);
        Assert.Equal(HttpStatusCode.Created, answer.Status);
        return answer.String("id");
    }

    public Task<ApiAnswer> UpsertGlobalAsync(string? externalId, IEnumerable<string> projectIds, string secret = "s3cr3t-value", string pieceName = TestPieces.Gelato, string? pieceVersion = null, string displayName = "Gelato")
    {
        var body = GlobalSecretText(externalId, projectIds, secret, pieceName, displayName);
        if (pieceVersion is not null)
        {
            body["pieceVersion"] = pieceVersion;
        }

        return PostAsync("/api/v1/global-connections", body);
    }

    public static JsonObject GlobalSecretText(string? externalId, IEnumerable<string> projectIds, string secret = "s3cr3t-value", string pieceName = TestPieces.Gelato, string displayName = "Gelato")
    {
        var body = new JsonObject
        {
            ["displayName"] = displayName,
            ["pieceName"] = pieceName,
            ["type"] = "SECRET_TEXT",
            ["value"] = new JsonObject { ["type"] = "SECRET_TEXT", ["secret_text"] = secret },
            ["scope"] = "PLATFORM",
            ["projectIds"] = new JsonArray(projectIds.Select(id => (JsonNode?)JsonValue.Create(id)).ToArray()),
        };
        if (externalId is not null)
        {
            body["externalId"] = externalId;
        }

        return body;
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>An HTTP answer.</summary>
internal sealed record ApiAnswer(HttpStatusCode Status, string Text, JsonNode? Body, RetryConditionHeaderValue? RetryAfter)
{
    public string String(string name) => Body![name]!.GetValue<string>();

    public JsonArray Data => Body!["data"]!.AsArray();

    public override string ToString() => $"{(int)Status}";
}
