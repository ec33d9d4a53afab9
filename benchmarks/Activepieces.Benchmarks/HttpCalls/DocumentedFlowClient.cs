using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Activepieces.Benchmarks.RequestBodies;

namespace Activepieces.Benchmarks.HttpCalls;

/// <summary>
/// The documented predefined-connection snippet (<c>docs/embedding/predefined-connection.mdx</c>) ported line by line to
/// C# with a plain <see cref="HttpClient"/>: find the project by external id (create it when missing), then upsert the
/// global connection with a <c>JSON.stringify</c>-style body. No caching: every token mint repeats both calls.
/// </summary>
public sealed class DocumentedFlowClient : IDisposable
{
    private readonly HttpClient _http;

    /// <summary>Creates the client.</summary>
    /// <param name="instanceUrl">The instance URL (without <c>/api</c>).</param>
    /// <param name="apiKey">The platform API key.</param>
    public DocumentedFlowClient(Uri instanceUrl, string apiKey)
    {
        _http = new HttpClient { BaseAddress = instanceUrl };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
    }

    /// <summary>Provisions the org's Gelato connection the documented way.</summary>
    /// <param name="org">The org id (project external id).</param>
    /// <param name="connection">The credentials.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>A task that completes when the connection is upserted.</returns>
    public async Task ProvisionAsync(string org, GelatoStoreConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var projectId = await FindOrCreateProjectAsync(org, cancellationToken).ConfigureAwait(false);
        var body = UpsertBodies.ReflectionString(UpsertBodies.AnonymousBody(org, projectId, connection));
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(new Uri("api/v1/global-connections", UriKind.Relative), content, cancellationToken)
            .ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    /// <inheritdoc/>
    public void Dispose() => _http.Dispose();

    private async Task<string> FindOrCreateProjectAsync(string org, CancellationToken cancellationToken)
    {
        using var page = JsonDocument.Parse(await _http.GetStringAsync(
            new Uri("api/v1/projects?externalId=" + Uri.EscapeDataString(org), UriKind.Relative), cancellationToken).ConfigureAwait(false));
        var data = page.RootElement.GetProperty("data");
        if (data.GetArrayLength() > 0)
        {
            return data[0].GetProperty("id").GetString()!;
        }

        using var created = await _http.PostAsJsonAsync(
            new Uri("api/v1/projects", UriKind.Relative), new { displayName = org, externalId = org }, cancellationToken).ConfigureAwait(false);
        created.EnsureSuccessStatusCode();
        using var project = JsonDocument.Parse(await created.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        return project.RootElement.GetProperty("id").GetString()!;
    }
}
