using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Activepieces.Emulator;

namespace Activepieces.Contract.Tests;

/// <summary>Plain HTTP access to a running <see cref="ActivepiecesEmulator"/> with its API key (the client under test is not used here).</summary>
internal sealed class EmulatorClient : IDisposable
{
    private readonly HttpClient _http;

    public EmulatorClient(ActivepiecesEmulator emulator)
    {
        _http = new HttpClient { BaseAddress = emulator.BaseUrl };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", emulator.ApiKey);
    }

    /// <summary>Sends a JSON body (the exact text given) and returns the status and the response body.</summary>
    public async Task<EmulatorResponse> PostAsync(string path, string json, CancellationToken cancellationToken)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(new Uri(path, UriKind.Relative), content, cancellationToken).ConfigureAwait(false);
        return await EmulatorResponse.ReadAsync(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a GET with the query built from name → values (each value URL-encoded, repeated names repeated).</summary>
    public async Task<EmulatorResponse> GetAsync(string path, IReadOnlyDictionary<string, string[]>? query, CancellationToken cancellationToken)
    {
        var queryString = query is null || query.Count == 0 ? string.Empty : "?" + QueryString.Build(query);
        using var response = await _http.GetAsync(new Uri(path + queryString, UriKind.Relative), cancellationToken).ConfigureAwait(false);
        return await EmulatorResponse.ReadAsync(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>POSTs and returns the <c>id</c> of the 2xx JSON answer; fails the test otherwise.</summary>
    public async Task<string> CreateAsync(string path, string json, CancellationToken cancellationToken)
    {
        var response = await PostAsync(path, json, cancellationToken).ConfigureAwait(false);
        Assert.True(response.StatusCode is >= 200 and < 300, $"POST {path} answered {response.StatusCode} {response.ErrorCode}");
        using var document = JsonDocument.Parse(response.Body);
        return document.RootElement.GetProperty("id").GetString()!;
    }

    public void Dispose() => _http.Dispose();
}
