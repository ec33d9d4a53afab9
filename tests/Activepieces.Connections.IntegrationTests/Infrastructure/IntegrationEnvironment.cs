using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Activepieces.Emulator;
using Activepieces.Emulator.Inspection;

namespace Activepieces.Connections.IntegrationTests.Infrastructure;

/// <summary>
/// A running emulator serving every piece the test connection types use, and a real <see cref="ActivepiecesClient"/>
/// pointed at it.
/// </summary>
internal sealed class IntegrationEnvironment : IAsyncDisposable
{
    private static readonly string[] PlainPieces =
    [
        "@activepieces/piece-gelato",
        "@activepieces/piece-openai",
        "@activepieces/piece-jira-cloud",
        "@activepieces/piece-postgres",
        "@activepieces/piece-http",
        "@acme/piece-crm",
        "@acme/piece-okta-directory",
    ];

    private static readonly string[] OAuth2Pieces =
    [
        "@activepieces/piece-google-sheets",
        "@activepieces/piece-slack",
        "@activepieces/piece-hubspot",
    ];

    private readonly HttpClient _workerHttp;

    private IntegrationEnvironment(ActivepiecesEmulator emulator)
    {
        Emulator = emulator;
        Client = new ActivepiecesClient(new ActivepiecesOptions { InstanceUrl = emulator.BaseUrl, ApiKey = emulator.ApiKey });
        _workerHttp = new HttpClient { BaseAddress = emulator.BaseUrl };
        _workerHttp.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", emulator.ApiKey);
    }

    /// <summary>The emulator.</summary>
    public ActivepiecesEmulator Emulator { get; }

    /// <summary>The client under test.</summary>
    public ActivepiecesClient Client { get; }

    /// <summary>Starts the emulator with the pieces (version 0.4.2 for Jira, which the Jira type pins).</summary>
    public static async Task<IntegrationEnvironment> StartAsync(CancellationToken cancellationToken)
    {
        var options = new ActivepiecesEmulatorOptions();
        foreach (string piece in PlainPieces)
        {
            options.AddPiece(piece, piece.EndsWith("jira-cloud", StringComparison.Ordinal) ? "0.4.2" : "0.1.0");
        }

        foreach (string piece in OAuth2Pieces)
        {
            options.AddPieceJson(new JsonObject
            {
                ["name"] = piece,
                ["version"] = "0.1.0",
                ["displayName"] = piece,
                ["auth"] = new JsonObject
                {
                    ["type"] = "OAUTH2",
                    ["displayName"] = "Connection",
                    ["required"] = true,
                    ["authUrl"] = "https://oauth.example.test/authorize",
                    ["tokenUrl"] = "https://oauth.example.test/token",
                    ["scope"] = new JsonArray("read"),
                },
            }.ToJsonString());
        }

        return new IntegrationEnvironment(await ActivepiecesEmulator.StartAsync(options, cancellationToken));
    }

    /// <summary>The emulator id of the project whose external id is <paramref name="externalProjectId"/>.</summary>
    public string ProjectIdOf(string externalProjectId) =>
        Emulator.Projects.Single(project => project.ExternalId == externalProjectId).Id;

    /// <summary>
    /// The piece-side view: <c>GET /api/v1/worker/app-connections/{externalId}?projectId=</c>, the value a piece
    /// running in the project receives from <c>context.connections.get(externalId)</c>; null on 404.
    /// </summary>
    public async Task<JsonNode?> GetPieceSideValueAsync(string connectionExternalId, string projectId, CancellationToken cancellationToken)
    {
        using HttpResponseMessage response = await _workerHttp.GetAsync(
            $"api/v1/worker/app-connections/{Uri.EscapeDataString(connectionExternalId)}?projectId={Uri.EscapeDataString(projectId)}",
            cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
    }

    /// <summary>The logged upsert requests (<c>POST /api/v1/global-connections</c> or <c>/api/v1/app-connections</c>).</summary>
    public IReadOnlyList<RecordedRequest> Upserts() =>
        [.. Emulator.RequestLog.Where(request => request.Method == "POST"
            && request.Path is "/api/v1/global-connections" or "/api/v1/app-connections")];

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        _workerHttp.Dispose();
        Client.Dispose();
        await Emulator.DisposeAsync();
    }
}
