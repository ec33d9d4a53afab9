using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Activepieces.Emulator;
using Xunit;

namespace Activepieces.TestSupport;

/// <summary>
/// Raw HTTP access to a running <see cref="ActivepiecesEmulator"/> (the client under test is not used): sends the exact
/// JSON text given with the emulator's API key and returns the status and the parsed body. Every call is cancelled with
/// the current test's cancellation token.
/// </summary>
public sealed class EmulatorApi : IDisposable
{
    private readonly HttpClient _http;

    /// <summary>Creates a client of <paramref name="emulator"/>.</summary>
    /// <param name="emulator">The emulator.</param>
    /// <param name="apiKey">The key to send; <see langword="null"/> for the emulator's own key.</param>
    public EmulatorApi(ActivepiecesEmulator emulator, string? apiKey = null)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        Emulator = emulator;
        _http = new HttpClient { BaseAddress = emulator.BaseUrl };
        ApiKey = apiKey ?? emulator.ApiKey;
    }

    /// <summary>The emulator.</summary>
    public ActivepiecesEmulator Emulator { get; }

    /// <summary>The key sent as <c>Authorization: Bearer …</c>; <see langword="null"/> sends no header. Secret: never print it.</summary>
    public string? ApiKey { get; set; }

    /// <summary>GET <paramref name="path"/> (with its query string, if any).</summary>
    /// <param name="path">The path, e.g. <c>/api/v1/projects?externalId=acme</c>.</param>
    /// <returns>The answer.</returns>
    public Task<ApiAnswer> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    /// <summary>GET <paramref name="path"/> with a query built from name → values (URL-encoded; repeated names repeated).</summary>
    /// <param name="path">The path without a query.</param>
    /// <param name="query">The query; <see langword="null"/> or empty for none.</param>
    /// <returns>The answer.</returns>
    public Task<ApiAnswer> GetAsync(string path, IReadOnlyDictionary<string, string[]>? query) =>
        GetAsync(query is null || query.Count == 0 ? path : path + "?" + BuildQuery(query));

    /// <summary>DELETE <paramref name="path"/>.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The answer.</returns>
    public Task<ApiAnswer> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path, null);

    /// <summary>POST a JSON body.</summary>
    /// <param name="path">The path.</param>
    /// <param name="body">The body.</param>
    /// <returns>The answer.</returns>
    public Task<ApiAnswer> PostAsync(string path, JsonNode body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return SendAsync(HttpMethod.Post, path, body.ToJsonString());
    }

    /// <summary>POST the exact text given as <c>application/json</c>.</summary>
    /// <param name="path">The path.</param>
    /// <param name="body">The body text (need not be valid JSON).</param>
    /// <returns>The answer.</returns>
    public Task<ApiAnswer> PostRawAsync(string path, string body) =>
        SendAsync(HttpMethod.Post, path, body);

    /// <summary>Sends a request; a body goes as <c>application/json</c>.</summary>
    /// <param name="method">The method.</param>
    /// <param name="path">The path (with its query string, if any).</param>
    /// <param name="body">The body text, or <see langword="null"/> for none.</param>
    /// <returns>The answer.</returns>
    public async Task<ApiAnswer> SendAsync(HttpMethod method, string path, string? body)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);
        var cancellationToken = TestContext.Current.CancellationToken;
        using var request = new HttpRequestMessage(method, new Uri(path.TrimStart('/'), UriKind.Relative));
        if (ApiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return new ApiAnswer(response.StatusCode, text, ApiAnswer.TryParse(text), response.Headers.RetryAfter);
    }

    /// <summary>Creates a project and returns its id; fails the test unless the answer is 201.</summary>
    /// <param name="displayName">The display name.</param>
    /// <param name="externalId">The external id, or <see langword="null"/>.</param>
    /// <returns>The project id.</returns>
    public async Task<string> CreateProjectAsync(string displayName = "Acme", string? externalId = null)
    {
        var body = new JsonObject { ["displayName"] = displayName };
        if (externalId is not null)
        {
            body["externalId"] = externalId;
        }

        var answer = await PostAsync("/api/v1/projects", body).ConfigureAwait(false);
        Assert.Equal(HttpStatusCode.Created, answer.Status);
        return answer.String("id");
    }

    /// <summary>POSTs the exact text given and returns the <c>id</c> of the 2xx answer; fails the test otherwise.</summary>
    /// <param name="path">The path.</param>
    /// <param name="json">The body text.</param>
    /// <returns>The id of the created entity.</returns>
    public async Task<string> CreateAsync(string path, string json)
    {
        var answer = await PostRawAsync(path, json).ConfigureAwait(false);
        Assert.True(answer.IsSuccess, $"POST {path} answered {answer.StatusCode} {answer.ErrorCode}");
        return answer.String("id");
    }

    /// <summary>Upserts a SECRET_TEXT global connection.</summary>
    /// <param name="externalId">The external id, or <see langword="null"/> to leave it out.</param>
    /// <param name="projectIds">The project ids.</param>
    /// <param name="secret">The secret value.</param>
    /// <param name="pieceName">The piece.</param>
    /// <param name="pieceVersion">The piece version, or <see langword="null"/> to leave it out.</param>
    /// <param name="displayName">The display name.</param>
    /// <returns>The answer.</returns>
    public Task<ApiAnswer> UpsertGlobalAsync(string? externalId, IEnumerable<string> projectIds, string secret = "s3cr3t-value", string pieceName = TestPieceFiles.Gelato, string? pieceVersion = null, string displayName = "Gelato")
    {
        var body = GlobalSecretText(externalId, projectIds, secret, pieceName, displayName);
        if (pieceVersion is not null)
        {
            body["pieceVersion"] = pieceVersion;
        }

        return PostAsync("/api/v1/global-connections", body);
    }

    /// <summary>The body of a SECRET_TEXT global-connection upsert.</summary>
    /// <param name="externalId">The external id, or <see langword="null"/> to leave it out.</param>
    /// <param name="projectIds">The project ids.</param>
    /// <param name="secret">The secret value.</param>
    /// <param name="pieceName">The piece.</param>
    /// <param name="displayName">The display name.</param>
    /// <returns>The body.</returns>
    public static JsonObject GlobalSecretText(string? externalId, IEnumerable<string> projectIds, string secret = "s3cr3t-value", string pieceName = TestPieceFiles.Gelato, string displayName = "Gelato")
    {
        ArgumentNullException.ThrowIfNull(projectIds);
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

    /// <summary>The raw query string (without <c>?</c>): names and values URL-encoded, repeated names repeated.</summary>
    /// <param name="query">Name → values.</param>
    /// <returns>For example <c>limit=5&amp;status=ACTIVE&amp;status=ERROR</c>.</returns>
    public static string BuildQuery(IReadOnlyDictionary<string, string[]> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return string.Join('&', query.SelectMany(p => p.Value.Select(v => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(v)}")));
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();
}
